import type { ImportOutcomeView } from '../../../../shared/domain/imports';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatQuantity } from '../../lib/emissions-words';
import { downloadText, rejectsCsv, rejectsFileName } from './downloads';
import { useFetchDownload } from './mutations';

const SHOWN = 100;

export interface RejectsTableProps {
  rejects: ImportOutcomeView['rejects'];
  fileName: string;
  /** The import that stored the rejects (the CSV then comes from the backend), or null when nothing was written. */
  importId: string | null;
}

/** Every rejected row with its column and reason, and the same list as a CSV to fix the file with. */
export function RejectsTable({ rejects, fileName, importId }: RejectsTableProps) {
  const fetch = useFetchDownload();
  if (rejects.length === 0) return null;

  function download() {
    if (!importId) {
      downloadText(rejectsFileName(fileName), rejectsCsv(rejects));
      return;
    }
    fetch.mutate({ kind: 'rejects', importId }, { onSuccess: (file) => downloadText(file.fileName, file.csv) });
  }

  return (
    <section className="import-rejects" aria-labelledby="import-rejects-title">
      <div className="section-header">
        <h4 id="import-rejects-title">Rejected rows</h4>
        <Button busy={fetch.isPending} onClick={download}>
          Download rejected rows (CSV)
        </Button>
      </div>
      {fetch.isError ? <ErrorBanner title="The rejected rows could not be downloaded" error={fetch.error} /> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Rejected rows with the column and the reason</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {rejects.slice(0, SHOWN).map((r, i) => (
              <tr key={`${r.rowNumber}-${i}`}>
                <th scope="row" className="numeric">
                  {r.rowNumber}
                </th>
                <td>{r.column ?? '—'}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejects.length > SHOWN ? (
        <p className="import-note">
          The first {SHOWN} of {formatQuantity(rejects.length)} problems are shown; the download has them all.
        </p>
      ) : null}
    </section>
  );
}
