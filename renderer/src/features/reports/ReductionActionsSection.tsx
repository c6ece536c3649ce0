import { useState } from 'react';
import type { Site } from '../../../../shared/domain/organisation';
import type { ReductionAction } from '../../../../shared/domain/reports';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { formatReportDate } from '../../../../shared/domain/report-format';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useDeleteReductionAction } from './mutations';
import { useReductionActions } from './queries';
import { actionStatusLabels, ReductionActionForm } from './ReductionActionForm';

const ADD_BUTTON = '[data-action="add-reduction-action"]';

export function ReductionActionsSection({ sites }: { sites: Site[] }) {
  const actions = useReductionActions();
  const remove = useDeleteReductionAction();
  // null: no form; 'new': adding; otherwise the action being edited.
  const [editing, setEditing] = useState<ReductionAction | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ReductionAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLElement>();
  const siteName = (id: string | null) => (id ? (sites.find((s) => s.id === id)?.name ?? 'Deleted site') : 'Whole organisation');

  function done(saved: ReductionAction | null) {
    setEditing(null);
    if (saved) setNotice(`Saved “${saved.title}”`);
    focusAfterRender(ADD_BUTTON);
  }

  function confirmDelete() {
    if (!deleting || remove.isPending) return;
    const action = deleting;
    remove.mutate(action.id, {
      onSuccess: () => {
        setDeleting(null);
        setNotice(`Deleted “${action.title}”`);
        focusAfterRender(ADD_BUTTON);
      },
    });
  }

  return (
    <section ref={containerRef} className="card" aria-labelledby="reduction-actions">
      <div className="section-header">
        <h2 id="reduction-actions">Energy-saving actions</h2>
        <Button data-action="add-reduction-action" disabled={editing !== null} onClick={() => { setNotice(null); setEditing('new'); }}>
          Add an action
        </Button>
      </div>
      <p className="section-intro">
        What you have done or plan to do to use less energy and cut emissions. Completed and ongoing actions appear in the SECR report; all of them appear in the Carbon Reduction Plan.
      </p>
      <SavedNote show={notice !== null} text={notice ?? undefined} />
      {editing === 'new' ? <ReductionActionForm action={null} sites={sites} onDone={done} /> : null}
      {actions.isPending ? <Loading label="Loading energy-saving actions…" /> : null}
      {actions.isError ? <ErrorBanner title="Energy-saving actions could not be loaded" error={actions.error} onRetry={() => void actions.refetch()} /> : null}
      {actions.data && actions.data.length === 0 && editing === null ? (
        <EmptyState title="No energy-saving actions yet">
          <p>Add what you have done, such as new LED lighting, a heat pump or a switch to electric vans, with the date it was completed and the saving you expect.</p>
        </EmptyState>
      ) : null}
      {actions.data && actions.data.length > 0 ? (
        <table className="reports-table">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Status</th>
              <th scope="col">Site</th>
              <th scope="col">Completed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actions.data.map((a) =>
              editing !== 'new' && editing?.id === a.id ? (
                <tr key={a.id}>
                  <td colSpan={5}>
                    <ReductionActionForm action={a} sites={sites} onDone={done} />
                  </td>
                </tr>
              ) : (
                <tr key={a.id}>
                  <td>
                    <strong>{a.title}</strong>
                    {a.description ? <p>{a.description}</p> : null}
                  </td>
                  <td>{actionStatusLabels[a.status]}</td>
                  <td>{siteName(a.siteId)}</td>
                  <td>{a.completedOn ? formatReportDate(a.completedOn) : '—'}</td>
                  <td>
                    <Button disabled={editing !== null} aria-label={`Edit ${a.title}`} onClick={() => { setNotice(null); setEditing(a); }}>
                      Edit
                    </Button>{' '}
                    <Button variant="danger" disabled={editing !== null} aria-label={`Delete ${a.title}`} onClick={() => setDeleting(a)}>
                      Delete
                    </Button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {deleting ? (
        <ConfirmDialog title={`Delete “${deleting.title}”?`} confirmLabel="Delete action" busy={remove.isPending} error={remove.error} errorTitle="The action could not be deleted" onConfirm={confirmDelete} onCancel={() => setDeleting(null)}>
          <p>It will no longer appear in reports you build from now on. Reports already published keep it.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
