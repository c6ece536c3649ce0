import type { RunSummary } from '../../../../shared/domain/calculations';
import type { FactorSet } from '../../../../shared/domain/factors';
import { formatDateTime } from '../../lib/dates';
import { formatTonnes } from '../../lib/emissions-words';
import { setLabel } from '../factors/factor-labels';

export interface RunsTableProps {
  runs: readonly RunSummary[];
  /** The loaded factor sets, to name the ones a run used; ids are shown while they load. */
  factorSets: readonly FactorSet[] | undefined;
}

export function factorSetName(id: string, sets: readonly FactorSet[] | undefined): string {
  const set = sets?.find((s) => s.id === id);
  return set ? setLabel(set) : id;
}

/** Runs newest first: the first one is the current calculation. */
export function RunsTable({ runs, factorSets }: RunsTableProps) {
  const currentNumber = runs.reduce((max, r) => Math.max(max, r.number), 0);
  return (
    <div className="table-wrap">
      <table className="table runs-table">
        <caption className="visually-hidden">Calculation runs, newest first, with totals in tonnes CO2e</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Run
            </th>
            <th scope="col" rowSpan={2}>
              Date
            </th>
            <th scope="col" rowSpan={2}>
              Reason
            </th>
            <th scope="col" rowSpan={2}>
              Factor sets used
            </th>
            <th scope="colgroup" colSpan={4} className="runs-totals-group">
              Totals (tCO2e)
            </th>
          </tr>
          <tr>
            <th scope="col" className="numeric">
              Scope 1
            </th>
            <th scope="col" className="numeric">
              Scope 2 location-based
            </th>
            <th scope="col" className="numeric">
              Scope 2 market-based
            </th>
            <th scope="col" className="numeric">
              Scope 3
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} className={run.number === currentNumber ? 'run-current' : undefined}>
              <th scope="row" className="nowrap">
                Run {run.number}
                {run.number === currentNumber ? (
                  <>
                    {' '}
                    <span className="badge">Current</span>
                  </>
                ) : null}
              </th>
              <td className="nowrap">
                <time dateTime={run.createdAt}>{formatDateTime(run.createdAt)}</time>
              </td>
              <td className="run-reason">{run.reason}</td>
              <td>
                {run.factorSetIds.length === 0 ? (
                  'None yet'
                ) : (
                  <ul className="plain-list">
                    {run.factorSetIds.map((id) => (
                      <li key={id}>{factorSetName(id, factorSets)}</li>
                    ))}
                  </ul>
                )}{' '}
                <span className="cell-detail">
                  {run.pinnedFactorYear === null ? 'Government rule for each period' : `Pinned to ${run.pinnedFactorYear}`}
                </span>
              </td>
              <td className="numeric">{formatTonnes(run.totals.scope1Co2eKg)}</td>
              <td className="numeric">{formatTonnes(run.totals.scope2LocationCo2eKg)}</td>
              <td className="numeric">{formatTonnes(run.totals.scope2MarketCo2eKg)}</td>
              <td className="numeric">{formatTonnes(run.totals.scope3Co2eKg)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
