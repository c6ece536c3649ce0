import { useId, useState } from 'react';
import type { z } from 'zod';
import type { importHistoryEntrySchema } from '../../../../shared/domain/imports';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { formatDateTime } from '../../lib/dates';
import { formatQuantity } from '../../lib/emissions-words';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { downloadText } from './downloads';
import { formatBytes, layoutName, plural } from './import-words';
import { useFetchDownload, useUndoImport } from './mutations';
import { useImportHistory, useImportProfiles, useSavedLayouts } from './queries';

export type HistoryEntry = z.infer<typeof importHistoryEntrySchema>;

function RejectsDownload({ entry }: { entry: HistoryEntry }) {
  const fetch = useFetchDownload();
  return (
    <>
      <Button
        variant="quiet"
        busy={fetch.isPending}
        onClick={() => fetch.mutate({ kind: 'rejects', importId: entry.id }, { onSuccess: (file) => downloadText(file.fileName, file.csv) })}
      >
        Rejected rows <VisuallyHidden>of {entry.fileName} (CSV)</VisuallyHidden>
      </Button>
      {fetch.isError ? <span className="field-error">{fetch.error.message}</span> : null}
    </>
  );
}

/** What undo removes, in the words of the confirmation. */
export function undoWords(entry: HistoryEntry): string {
  const readings = entry.intervalsImported > 0 ? ` and ${plural(entry.intervalsImported, 'interval reading')}` : '';
  return `This removes the ${plural(entry.rowsImported, 'activity record')}${readings} imported from ${entry.fileName}, with their emissions in the current calculation.`;
}

/** Every file imported into this workspace, newest first, with undo and its rejected rows. */
export function ImportHistory() {
  const titleId = useId();
  const history = useImportHistory();
  const profiles = useImportProfiles();
  const layouts = useSavedLayouts();
  const undo = useUndoImport();
  const [undoing, setUndoing] = useState<HistoryEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLElement>();

  function confirmUndo() {
    if (!undoing || undo.isPending) return;
    const entry = undoing;
    undo.mutate(entry.id, {
      onSuccess: () => {
        setUndoing(null);
        setNotice(`Undid the import of ${entry.fileName}: ${plural(entry.rowsImported, 'record')} removed.`);
        focusAfterRender('[data-history-title]');
      },
    });
  }

  return (
    <section className="card settings-section import-history" aria-labelledby={titleId} ref={containerRef}>
      <h2 id={titleId} tabIndex={-1} data-history-title>
        Import history
      </h2>
      <p className="section-intro">
        Every file imported into this workspace. Undo removes exactly the records one import added; the file stays listed, and both are kept
        in the audit log.
      </p>
      <SavedNote show={notice !== null} text={notice ?? undefined} />
      {history.isPending ? <Loading label="Loading the import history…" /> : null}
      {history.isError ? <ErrorBanner title="The import history could not be loaded" error={history.error} onRetry={() => void history.refetch()} /> : null}
      {history.data && history.data.length === 0 ? <p className="import-empty">No files have been imported yet.</p> : null}
      {history.data && history.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table import-history-table">
            <caption className="visually-hidden">Imported files, newest first</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Imported</th>
                <th scope="col">Layout</th>
                <th scope="col" className="numeric">
                  Records
                </th>
                <th scope="col" className="numeric">
                  Rejected
                </th>
                <th scope="col" className="numeric">
                  Duplicates
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((entry) => (
                <tr key={entry.id} className={entry.status === 'undone' ? 'import-undone' : undefined}>
                  <th scope="row">
                    {entry.fileName}
                    <span className="cell-detail">{formatBytes(entry.sizeBytes)}</span>
                  </th>
                  <td>{formatDateTime(entry.importedAt)}</td>
                  <td>{layoutName(entry.profileId, profiles.data, layouts.data)}</td>
                  <td className="numeric">
                    {formatQuantity(entry.rowsImported)}
                    {entry.intervalsImported > 0 ? <span className="cell-detail">{plural(entry.intervalsImported, 'reading')}</span> : null}
                  </td>
                  <td className="numeric">{formatQuantity(entry.rowsRejected)}</td>
                  <td className="numeric">{formatQuantity(entry.rowsDuplicate)}</td>
                  <td>
                    {entry.status === 'undone' ? (
                      <>
                        <span className="tag tag-delete">Undone</span>
                        {entry.undoneAt ? <span className="cell-detail">{formatDateTime(entry.undoneAt)}</span> : null}
                      </>
                    ) : (
                      <span className="tag tag-create">Imported</span>
                    )}
                  </td>
                  <td className="row-actions">
                    <div className="import-row-actions">
                      {entry.status === 'imported' ? (
                        <Button
                          variant="quiet"
                          className="button-quiet-danger"
                          data-undo-import={entry.id}
                          onClick={() => {
                            undo.reset();
                            setNotice(null);
                            setUndoing(entry);
                          }}
                        >
                          Undo <VisuallyHidden>import of {entry.fileName}</VisuallyHidden>
                        </Button>
                      ) : null}
                      {entry.rowsRejected > 0 ? <RejectsDownload entry={entry} /> : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {undoing ? (
        <ConfirmDialog
          title={`Undo the import of ${undoing.fileName}?`}
          confirmLabel="Undo import"
          busy={undo.isPending}
          error={undo.error}
          errorTitle="The import was not undone"
          onConfirm={confirmUndo}
          onCancel={() => {
            const id = undoing.id;
            setUndoing(null);
            focusAfterRender(`[data-undo-import="${id}"]`);
          }}
        >
          <p>{undoWords(undoing)}</p>
          <p>
            Records entered by hand or imported from other files are not touched, and records this import replaced are not brought back. The
            file stays in this history as undone, the undo is kept in the audit log, and you can import the file again afterwards.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
