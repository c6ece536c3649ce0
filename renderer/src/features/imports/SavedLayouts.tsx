import { useId, useState } from 'react';
import type { z } from 'zod';
import type { savedMappingSchema } from '../../../../shared/domain/imports';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { formatDateTime } from '../../lib/dates';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useDeleteLayout } from './mutations';
import { useSavedLayouts } from './queries';

type SavedLayout = z.infer<typeof savedMappingSchema>;

/** The columns a saved layout recognises, as stored in its header signature. */
export function layoutColumns(layout: SavedLayout): string {
  return layout.headerSignature.split('|').join(', ');
}

/** Layouts saved from the mapping wizard: files with the same columns are recognised by them. */
export function SavedLayouts() {
  const titleId = useId();
  const layouts = useSavedLayouts();
  const remove = useDeleteLayout();
  const [deleting, setDeleting] = useState<SavedLayout | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLElement>();

  return (
    <section className="card settings-section import-layouts" aria-labelledby={titleId} ref={containerRef}>
      <h2 id={titleId} tabIndex={-1} data-layouts-title>
        Saved layouts
      </h2>
      <p className="section-intro">Column mappings saved from the mapping wizard. A file with exactly these columns is read with its layout, with no questions.</p>
      <SavedNote show={notice !== null} text={notice ?? undefined} />
      {layouts.isPending ? <Loading label="Loading the saved layouts…" /> : null}
      {layouts.isError ? <ErrorBanner title="The saved layouts could not be loaded" error={layouts.error} onRetry={() => void layouts.refetch()} /> : null}
      {layouts.data && layouts.data.length === 0 ? (
        <p className="import-empty">None yet. When you map the columns of a file, give the layout a name to save it.</p>
      ) : null}
      {layouts.data && layouts.data.length > 0 ? (
        <ul className="import-layout-list">
          {layouts.data.map((layout) => (
            <li key={layout.id}>
              <div>
                <p className="import-layout-name">{layout.name}</p>
                <p className="import-detail">
                  Columns: {layoutColumns(layout)}. Saved {formatDateTime(layout.createdAt)}.
                </p>
              </div>
              <Button
                variant="quiet"
                className="button-quiet-danger"
                data-delete-layout={layout.id}
                onClick={() => {
                  remove.reset();
                  setNotice(null);
                  setDeleting(layout);
                }}
              >
                Delete <VisuallyHidden>layout {layout.name}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete the layout “${deleting.name}”?`}
          confirmLabel="Delete layout"
          busy={remove.isPending}
          error={remove.error}
          errorTitle="The layout was not deleted"
          onConfirm={() => {
            if (remove.isPending) return;
            const layout = deleting;
            remove.mutate(layout.id, {
              onSuccess: () => {
                setDeleting(null);
                setNotice(`Deleted the layout “${layout.name}”.`);
                focusAfterRender('[data-layouts-title]');
              },
            });
          }}
          onCancel={() => {
            const id = deleting.id;
            setDeleting(null);
            focusAfterRender(`[data-delete-layout="${id}"]`);
          }}
        >
          <p>Files with these columns will need the mapping wizard again. Imports already made with this layout stay as they are.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
