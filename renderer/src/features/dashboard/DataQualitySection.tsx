import { useId } from 'react';
import type { DashboardSummary } from '../../../../shared/domain/dashboard';
import { formatEmissions, sourceLabels } from '../../lib/emissions-words';
import { monthLabel, type DrillTarget } from './dashboard-words';
import type { EmissionsUnit } from './ScopeChart';

/** What the figures are made of, shown rather than hidden: each amount opens the rows behind it. */
export function DataQualitySection({ summary, unit, onDrill }: { summary: DashboardSummary; unit: EmissionsUnit; onDrill: (target: DrillTarget) => void }) {
  const headingId = useId();
  const q = summary.dataQuality;
  const tiers: { id: string; label: string; explain: string; amount: { co2eKg: number; figureCount: number }; target: DrillTarget }[] = [
    { id: 'estimated', label: 'Estimated readings', explain: 'Bills based on an estimate rather than a meter reading.', amount: q.estimated, target: { title: 'Estimated readings', filter: { estimated: true, basis: 'location' } } },
    { id: 'proxy', label: 'Proxies', explain: 'Figures from an average or a similar site, not your own data.', amount: q.proxy, target: { title: 'Proxies', filter: { dataQuality: 'proxy', basis: 'location' } } },
    { id: 'spend', label: 'Spend-based figures', explain: 'Worked out from money spent: the roughest kind of figure.', amount: q.spend, target: { title: 'Spend-based figures', filter: { dataQuality: 'spend', basis: 'location' } } },
  ];
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <h2 id={headingId}>Data quality</h2>
      <p className="section-intro">How much of this year rests on estimates, proxies or spend, and where data is missing (location-based figures).</p>
      <ul className="quality-list">
        {tiers.map((tier) => (
          <li key={tier.id} className="card quality-item">
            <span className="quality-label">{tier.label}</span>
            {tier.amount.figureCount === 0 ? (
              <span className="quality-none">None</span>
            ) : (
              <button type="button" className="dashboard-link" onClick={() => onDrill(tier.target)} aria-label={`${tier.label}: ${formatEmissions(tier.amount.co2eKg, unit)}. Show the rows behind it`}>
                {formatEmissions(tier.amount.co2eKg, unit)} ({tier.amount.figureCount} {tier.amount.figureCount === 1 ? 'figure' : 'figures'})
              </button>
            )}
            <span className="quality-explain">{tier.explain}</span>
          </li>
        ))}
      </ul>
      {q.unverifiedFactorSets.length ? (
        <div className="quality-warning" role="note">
          <p className="quality-warning-title">Some figures use factors from a source nobody has verified yet</p>
          <ul>
            {q.unverifiedFactorSets.map((set) => (
              <li key={set.setId}>
                {set.title}:{' '}
                <button type="button" className="dashboard-link" onClick={() => onDrill({ title: `Figures using ${set.title}`, filter: { factorSetId: set.setId, basis: 'location' } })}>
                  {formatEmissions(set.co2eKg, unit)} in {set.figureCount} {set.figureCount === 1 ? 'figure' : 'figures'}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>Months with no data</h3>
      {q.missingMonths.length === 0 ? (
        <p>Every meter and regular source has data for each month of the year so far.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Meters and regular sources with months that have no data</caption>
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">Meter or activity</th>
                <th scope="col">Data from</th>
                <th scope="col">Months with no data</th>
              </tr>
            </thead>
            <tbody>
              {q.missingMonths.map((m) => (
                <tr key={`${m.siteId}|${m.activityId}|${m.meter ?? ''}`}>
                  <td>{m.siteName}</td>
                  <td>{m.meter ? `Meter ${m.meter} (${m.activityLabel})` : m.activityLabel}</td>
                  <td>{m.sources.map((s) => (sourceLabels as Record<string, string>)[s] ?? s).join(', ')}</td>
                  <td>
                    {m.missing.length} of the year&apos;s months: {m.missing.map((month) => monthLabel(month)).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
