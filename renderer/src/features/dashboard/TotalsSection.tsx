import { useId } from 'react';
import type { DashboardSummary } from '../../../../shared/domain/dashboard';
import { formatEmissions, formatPct } from '../../lib/emissions-words';
import type { DrillTarget } from './dashboard-words';
import type { EmissionsUnit } from './ScopeChart';

interface Card {
  id: string;
  label: string;
  kg: number;
  changePct: number | null;
  target: DrillTarget;
}

/** The year's totals by scope, Scope 2 both ways side by side, each with its change on the year before; each opens its rows. */
export function TotalsSection({ summary, unit, onDrill }: { summary: DashboardSummary; unit: EmissionsUnit; onDrill: (target: DrillTarget) => void }) {
  const headingId = useId();
  const { totals: t, change: c, previous } = summary;
  const cards: Card[] = [
    { id: 's1', label: 'Scope 1', kg: t.scope1Co2eKg, changePct: c.scope1Pct, target: { title: 'Scope 1', filter: { scope: 1 } } },
    { id: 's2l', label: 'Scope 2 (location-based)', kg: t.scope2LocationCo2eKg, changePct: c.scope2LocationPct, target: { title: 'Scope 2 (location-based)', filter: { scope: 2, basis: 'location' } } },
    { id: 's2m', label: 'Scope 2 (market-based)', kg: t.scope2MarketCo2eKg, changePct: c.scope2MarketPct, target: { title: 'Scope 2 (market-based)', filter: { scope: 2, basis: 'market' } } },
    { id: 's3', label: 'Scope 3', kg: t.scope3Co2eKg, changePct: c.scope3Pct, target: { title: 'Scope 3', filter: { scope: 3 } } },
    {
      id: 'tl',
      label: 'Total (location-based)',
      kg: t.scope1Co2eKg + t.scope2LocationCo2eKg + t.scope3Co2eKg,
      changePct: c.totalLocationPct,
      target: { title: 'All scopes (location-based)', filter: { basis: 'location' } },
    },
    {
      id: 'tm',
      label: 'Total (market-based)',
      kg: t.scope1Co2eKg + t.scope2MarketCo2eKg + t.scope3Co2eKg,
      changePct: c.totalMarketPct,
      target: { title: 'All scopes (market-based)', filter: { basis: 'market' } },
    },
  ];
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <h2 id={headingId}>Emissions in the year</h2>
      <p className="section-intro">
        <strong>Scope 2</strong> is your electricity, counted two ways. <strong>Location-based</strong> uses the average for the UK grid.{' '}
        <strong>Market-based</strong> uses what you buy: a renewable tariff or certificates count as zero, otherwise your supplier&apos;s mix or
        the residual mix. UK reports show both.
      </p>
      <ul className="totals-grid">
        {cards.map((card) => (
          <li key={card.id} className="card totals-card">
            <button type="button" className="totals-button" onClick={() => onDrill(card.target)} aria-label={`${card.label}: ${formatEmissions(card.kg, unit)}. Show the rows behind it`}>
              <span className="totals-label">{card.label}</span>
              <span className="totals-value">{formatEmissions(card.kg, unit)}</span>
            </button>
            <span className="totals-change">
              {previous.figureCount === 0 ? `No data for ${previous.year} to compare with` : `${formatPct(card.changePct)} on ${previous.year}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
