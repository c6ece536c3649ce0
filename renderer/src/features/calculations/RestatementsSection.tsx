import type { z } from 'zod';
import type { restatementSchema } from '../../../../shared/domain/calculations';
import type { FactorSet } from '../../../../shared/domain/factors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { formatDateTime } from '../../lib/dates';
import { formatPct } from '../../lib/emissions-words';
import { useRestatements } from './queries';
import { RunDiffView } from './RunDiffView';

type Restatement = z.infer<typeof restatementSchema>;

const DIFF_ID = 'restatement-changes';

function Flag({ r }: { r: Restatement }) {
  if (r.baseYearRecalculationRequired) {
    return (
      <>
        <span className="badge badge-warning">Required</span> <span className="cell-detail">at or above the {r.thresholdPct} % threshold</span>
      </>
    );
  }
  return (
    <>
      Not required{' '}
      <span className="cell-detail">{r.baseYearChangePct === null ? 'no base-year figures to compare' : `below the ${r.thresholdPct} % threshold`}</span>
    </>
  );
}

export interface RestatementsSectionProps {
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  factorSets: readonly FactorSet[] | undefined;
}

export function RestatementsSection({ selectedId, onSelect, factorSets }: RestatementsSectionProps) {
  const restatements = useRestatements();
  const selected = restatements.data?.find((r) => r.id === selectedId);
  return (
    <section className="card settings-section" aria-labelledby="restatements-title">
      <h2 id="restatements-title">Restatements</h2>
      <p className="section-intro">
        A restatement is the difference between one run and the next, kept with the reason for recalculating. When your
        base-year total moves by your significance threshold or more, the base year needs recalculating.
      </p>
      {restatements.isPending ? <Loading label="Loading the restatements…" /> : null}
      {restatements.isError ? <ErrorBanner title="The restatements could not be loaded" error={restatements.error} onRetry={() => void restatements.refetch()} /> : null}
      {restatements.data && restatements.data.length === 0 ? (
        <p className="empty-note">No restatements yet. The first one is recorded when you recalculate after your first run.</p>
      ) : null}
      {restatements.data && restatements.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table restatements-table">
            <caption className="visually-hidden">Restatements, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Reason</th>
                <th scope="col">Date</th>
                <th scope="col" className="numeric">
                  Base-year change
                </th>
                <th scope="col">Base-year recalculation</th>
                <th scope="col">
                  <VisuallyHidden>Details</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {restatements.data.map((r) => {
                const open = r.id === selectedId;
                const name = `from run ${r.fromRunNumber} to run ${r.toRunNumber}`;
                return (
                  <tr key={r.id} className={open ? 'restatement-open' : undefined}>
                    <th scope="row" className="nowrap">
                      From run {r.fromRunNumber} to run {r.toRunNumber}
                    </th>
                    <td>{r.reason}</td>
                    <td className="nowrap">
                      <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                    </td>
                    <td className="numeric">{r.baseYearChangePct === null ? 'n/a' : formatPct(r.baseYearChangePct)}</td>
                    <td>
                      <Flag r={r} />
                    </td>
                    <td className="row-actions">
                      <Button variant="quiet" aria-expanded={open} aria-controls={open ? DIFF_ID : undefined} onClick={() => onSelect(open ? null : r.id)}>
                        {open ? 'Hide changes' : 'Show changes'} <VisuallyHidden>{name}</VisuallyHidden>
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {selected ? (
        <RunDiffView
          key={selected.id}
          id={DIFF_ID}
          fromRunId={selected.fromRunId}
          toRunId={selected.toRunId}
          fromNumber={selected.fromRunNumber}
          toNumber={selected.toRunNumber}
          factorSets={factorSets}
        />
      ) : null}
    </section>
  );
}
