import { useId } from 'react';
import type { FactorSet } from '../../../../shared/domain/factors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatKg, formatPct, formatPeriod, formatSignedKg, methodLabel, scopeWords } from '../../lib/emissions-words';
import { useRunDiff } from './queries';
import { factorSetName } from './RunsTable';

export interface RunDiffViewProps {
  id: string;
  fromRunId: string;
  toRunId: string;
  fromNumber: number;
  toNumber: number;
  factorSets: readonly FactorSet[] | undefined;
}

function SetList({ ids, factorSets }: { ids: readonly string[]; factorSets: readonly FactorSet[] | undefined }) {
  if (ids.length === 0) return <>none</>;
  return <>{ids.map((id) => factorSetName(id, factorSets)).join(', ')}</>;
}

/** What one restatement changed: by scope, Scope 3 category, site and method, and in the base year. */
export function RunDiffView({ id, fromRunId, toRunId, fromNumber, toNumber, factorSets }: RunDiffViewProps) {
  const diff = useRunDiff(fromRunId, toRunId);
  const titleId = useId();
  return (
    <section id={id} className="card run-diff" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId}>
        Changes from run {fromNumber} to run {toNumber}
      </h3>
      {diff.isPending ? <Loading label="Working out the changes…" /> : null}
      {diff.isError ? <ErrorBanner title="The changes could not be loaded" error={diff.error} onRetry={() => void diff.refetch()} /> : null}
      {diff.data ? (
        <>
          <dl className="diff-facts">
            <div>
              <dt>Factor sets added</dt>
              <dd>
                <SetList ids={diff.data.factorSetsAdded} factorSets={factorSets} />
              </dd>
            </div>
            <div>
              <dt>Factor sets removed</dt>
              <dd>
                <SetList ids={diff.data.factorSetsRemoved} factorSets={factorSets} />
              </dd>
            </div>
            <div>
              <dt>Base year {diff.data.baseYear.year}</dt>
              <dd>
                {formatPeriod(diff.data.baseYear.start, diff.data.baseYear.end)}: {formatKg(diff.data.baseYear.beforeCo2eKg)} kg CO2e before,{' '}
                {formatKg(diff.data.baseYear.afterCo2eKg)} kg CO2e after ({formatPct(diff.data.baseYear.changePct)}){' '}
                <span className="cell-detail">Base-year totals count electricity location-based.</span>
              </dd>
            </div>
          </dl>
          {diff.data.rows.length === 0 ? (
            <p>Neither run has any figures, so nothing changed.</p>
          ) : (
            <div className="table-wrap">
              <table className="table diff-rows-table">
                <caption className="visually-hidden">
                  Changes from run {fromNumber} to run {toNumber} by scope, site and method, in kg CO2e
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Scope</th>
                    <th scope="col">Site</th>
                    <th scope="col">Method</th>
                    <th scope="col" className="numeric">
                      Before (kg CO2e)
                    </th>
                    <th scope="col" className="numeric">
                      After (kg CO2e)
                    </th>
                    <th scope="col" className="numeric">
                      Change (kg CO2e)
                    </th>
                    <th scope="col" className="numeric">
                      Change (%)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {diff.data.rows.map((row) => (
                    <tr key={`${row.scope}|${row.scope3Category ?? ''}|${row.siteId}|${row.method}`} className={row.changeCo2eKg === 0 ? 'diff-row-same' : 'diff-row-changed'}>
                      <th scope="row">{scopeWords(row.scope, row.scope3Category)}</th>
                      <td>{row.siteName}</td>
                      <td>{methodLabel(row.method)}</td>
                      <td className="numeric">{formatKg(row.beforeCo2eKg)}</td>
                      <td className="numeric">{formatKg(row.afterCo2eKg)}</td>
                      <td className="numeric">{formatSignedKg(row.changeCo2eKg)}</td>
                      <td className="numeric">{row.changePct !== null ? formatPct(row.changePct) : row.afterCo2eKg !== 0 ? 'new' : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
