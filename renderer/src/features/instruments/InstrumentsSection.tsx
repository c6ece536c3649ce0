import { useState } from 'react';
import type { Site } from '../../../../shared/domain/organisation';
import type { Instrument } from '../../../../shared/domain/scope2';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { InstrumentEditor } from './InstrumentEditor';
import { InstrumentsTable } from './InstrumentsTable';
import { instrumentLongName, instrumentName } from './instrument-format';
import { useDeleteInstrument } from './mutations';
import { useInstruments } from './queries';

type Editing = { mode: 'add' } | { mode: 'edit'; instrument: Instrument } | null;

const ADD_BUTTON = '[data-action="add-instrument"]';

export interface InstrumentsSectionProps {
  sites: readonly Site[];
  /** False while another form on the page is open: one form at a time keeps every label unique. */
  active: boolean;
  onActivate: () => void;
}

export function InstrumentsSection({ sites, active, onActivate }: InstrumentsSectionProps) {
  const instruments = useInstruments();
  const [editingState, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Instrument | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useDeleteInstrument();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLElement>();
  const editing = active ? editingState : null;

  function startEditing(next: Editing) {
    setNotice(null);
    setEditing(next);
    onActivate();
  }

  function finishEditing(saved: Instrument | null) {
    const returnTo = editing?.mode === 'edit' ? `[data-edit-instrument="${editing.instrument.id}"]` : ADD_BUTTON;
    setEditing(null);
    if (saved) setNotice(`Saved ${instrumentName(saved)}`);
    focusAfterRender(returnTo, ADD_BUTTON);
  }

  function askToDelete(instrument: Instrument) {
    remove.reset();
    setNotice(null);
    setDeleting(instrument);
  }

  function confirmDelete() {
    if (!deleting || remove.isPending) return;
    const instrument = deleting;
    remove.mutate(instrument.id, {
      onSuccess: () => {
        setDeleting(null);
        if (editing?.mode === 'edit' && editing.instrument.id === instrument.id) setEditing(null);
        setNotice(`Deleted ${instrumentName(instrument)}`);
        focusAfterRender(ADD_BUTTON);
      },
    });
  }

  return (
    <section ref={containerRef} className="card settings-section" aria-labelledby="instruments-list">
      <div className="section-header">
        <h2 id="instruments-list">Your contracts and certificates</h2>
        <Button data-action="add-instrument" disabled={editing?.mode === 'add'} onClick={() => startEditing({ mode: 'add' })}>
          Add contract or certificate
        </Button>
      </div>
      <p className="section-intro">
        Green tariffs, REGO certificates, power purchase agreements, on-site generation, and your supplier&apos;s published
        fuel mix. Each one is used for the market-based figure of the sites and dates it covers.
      </p>
      <SavedNote show={notice !== null} text={notice ?? undefined} />
      {instruments.isPending ? <Loading label="Loading your contracts and certificates…" /> : null}
      {instruments.isError ? (
        <ErrorBanner
          title="Your contracts and certificates could not be loaded"
          error={instruments.error}
          onRetry={() => void instruments.refetch()}
        />
      ) : null}
      {instruments.data && instruments.data.length === 0 ? (
        <div className="empty-note">
          <h3>No contracts or certificates yet</h3>
          <p>
            Until you add one, your market-based figure uses the residual mix if you entered one below, otherwise the grid
            average, the same as the location-based figure. If you are on a green tariff, have bought REGOs or have solar
            panels, choose “Add contract or certificate”. Your bill or your supplier&apos;s website says which tariff you are
            on.
          </p>
        </div>
      ) : null}
      {instruments.data && instruments.data.length > 0 ? (
        <InstrumentsTable
          instruments={instruments.data}
          sites={sites}
          editingId={editing?.mode === 'edit' ? editing.instrument.id : null}
          onEdit={(instrument) => startEditing({ mode: 'edit', instrument })}
          onDelete={askToDelete}
        />
      ) : null}
      {editing ? (
        <InstrumentEditor
          key={editing.mode === 'edit' ? editing.instrument.id : 'new'}
          instrument={editing.mode === 'edit' ? editing.instrument : undefined}
          sites={sites}
          onSaved={(instrument) => finishEditing(instrument)}
          onCancel={() => finishEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete ${instrumentName(deleting)}?`}
          confirmLabel="Delete"
          busy={remove.isPending}
          error={remove.error}
          errorTitle="It was not deleted"
          onConfirm={confirmDelete}
          onCancel={() => {
            setDeleting(null);
            focusAfterRender(`[data-delete-instrument="${deleting.id}"]`, ADD_BUTTON);
          }}
        >
          <p>
            {instrumentLongName(deleting)} is removed from this workspace and from market-based figures calculated from now
            on. The change is kept in the audit log.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
