import type { UseQueryResult } from '@tanstack/react-query';
import { shortHash } from '../../../../shared/domain/report-format';
import type { PublishedReportSummary } from '../../../../shared/domain/reports';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/dates';

export interface PublishedReportsListProps {
  reports: UseQueryResult<PublishedReportSummary[]>;
  openedId: string | null;
  onOpen: (id: string) => void;
}

export function PublishedReportsList({ reports, openedId, onOpen }: PublishedReportsListProps) {
  return (
    <section aria-labelledby="reports-published">
      <h3 id="reports-published">Published reports</h3>
      {reports.isPending ? <Loading label="Loading published reports…" /> : null}
      {reports.isError ? <ErrorBanner title="Published reports could not be loaded" error={reports.error} onRetry={() => void reports.refetch()} /> : null}
      {reports.data && reports.data.length === 0 ? <p>Nothing has been published yet. Check the preview below, then choose Publish.</p> : null}
      {reports.data && reports.data.length > 0 ? (
        <table className="reports-table">
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">Inputs fingerprint</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reports.data.map((r) => (
              <tr key={r.id}>
                <td>{r.title}</td>
                <td>{formatDateTime(r.publishedAt)}</td>
                <td>{r.publishedBy}</td>
                <td>
                  <code title={r.inputsSha256}>{shortHash(r.inputsSha256)}</code>
                </td>
                <td>
                  <Button disabled={openedId === r.id} aria-label={`Open ${r.title}, published ${formatDateTime(r.publishedAt)}`} onClick={() => onOpen(r.id)}>
                    {openedId === r.id ? 'Open now' : 'Open'}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
