import { useState } from 'react';
import type { Site } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useDeleteSite } from '../sites/mutations';
import { useSites } from '../sites/queries';
import { SiteEditor } from './SiteEditor';
import { SitesTable } from './SitesTable';

type Editing = { mode: 'add' } | { mode: 'edit'; site: Site } | null;

const ADD_BUTTON = '[data-action="add-site"]';

export function SitesSection() {
  const sites = useSites();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Site | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useDeleteSite();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLElement>();

  // Only one form at a time, so every label on the page stays unique.
  function startEditing(next: Editing) {
    setNotice(null);
    setEditing(next);
  }

  function finishEditing(saved: Site | null) {
    const returnTo = editing?.mode === 'edit' ? `[data-edit-site="${editing.site.id}"]` : ADD_BUTTON;
    setEditing(null);
    if (saved) setNotice(`Saved ${saved.name}`);
    focusAfterRender(returnTo, ADD_BUTTON);
  }

  function askToDelete(site: Site) {
    remove.reset();
    setNotice(null);
    setDeleting(site);
  }

  function confirmDelete() {
    if (!deleting || remove.isPending) return;
    const site = deleting;
    remove.mutate(site.id, {
      onSuccess: () => {
        setDeleting(null);
        if (editing?.mode === 'edit' && editing.site.id === site.id) setEditing(null);
        setNotice(`Deleted ${site.name}`);
        focusAfterRender(ADD_BUTTON);
      },
    });
  }

  return (
    <section ref={containerRef} className="card settings-section" aria-labelledby="settings-sites">
      <div className="section-header">
        <h2 id="settings-sites">Sites</h2>
        <Button data-action="add-site" disabled={editing?.mode === 'add'} onClick={() => startEditing({ mode: 'add' })}>
          Add site
        </Button>
      </div>
      <p className="section-intro">
        The buildings your organisation uses. Each energy bill or meter will belong to one of them.
      </p>
      <SavedNote show={notice !== null} text={notice ?? undefined} />
      {sites.isPending ? <Loading label="Loading your sites…" /> : null}
      {sites.isError ? <ErrorBanner title="Your sites could not be loaded" error={sites.error} onRetry={() => void sites.refetch()} /> : null}
      {sites.data ? (
        <SitesTable
          sites={sites.data}
          editingId={editing?.mode === 'edit' ? editing.site.id : null}
          onEdit={(site) => startEditing({ mode: 'edit', site })}
          onDelete={askToDelete}
        />
      ) : null}
      {editing ? (
        <SiteEditor
          key={editing.mode === 'edit' ? editing.site.id : 'new'}
          site={editing.mode === 'edit' ? editing.site : undefined}
          onSaved={(site) => finishEditing(site)}
          onCancel={() => finishEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          confirmLabel="Delete site"
          busy={remove.isPending}
          error={remove.error}
          errorTitle="The site was not deleted"
          onConfirm={confirmDelete}
          onCancel={() => {
            setDeleting(null);
            focusAfterRender(`[data-delete-site="${deleting.id}"]`, ADD_BUTTON);
          }}
        >
          <p>
            The site is removed from this workspace. The change is kept in the audit log, but the site cannot be restored
            from there.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
