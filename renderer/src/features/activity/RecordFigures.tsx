import { useId } from 'react';
import type { Activity } from '../../../../shared/domain/activities';
import type { FigureView } from '../../../../shared/domain/calculations';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { ProvenancePanel } from '../../components/ProvenancePanel';
import { dualTotals, formatKg, formatTonnes, marketStepLabel, methodLabel, scopeWords } from '../../lib/emissions-words';
import { hrefFor } from '../../lib/router';

const shortSteps: Readonly<Record<string, string>> = {
  instrument: 'your certificate/contract',
  'supplier-mix': "supplier's fuel mix",
  'residual-mix': 'residual mix',
  'grid-average': 'grid average',
};

const methodRank = (method: string) => (method === 'market-based' ? 1 : method === 'time-matched' ? 2 : 0);

/** Scope by scope; within Scope 2 the location-based figure sits just above its market-based ones. */
function inReadingOrder(figures: readonly FigureView[]): FigureView[] {
  return [...figures].sort(
    (a, b) => a.scope - b.scope || (a.scope3Category ?? 0) - (b.scope3Category ?? 0) || methodRank(a.method) - methodRank(b.method),
  );
}

function partLabel(figure: FigureView, activity: Activity | undefined): string {
  const label = activity?.components.find((c) => c.role === figure.role)?.label ?? figure.role.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  if (figure.method === 'location-based') return `${label} (location-based)`;
  if (figure.method === 'market-based') return `${label} (market-based${figure.marketStep ? `, ${shortSteps[figure.marketStep] ?? figure.marketStep}` : ''})`;
  if (figure.method === 'time-matched') return `${label} (time-matched)`;
  return label;
}

function FigureItem({ figure, activity }: { figure: FigureView; activity: Activity | undefined }) {
  const titleId = useId();
  return (
    <li>
      <article className="figure" aria-labelledby={titleId}>
        <div className="figure-head">
          <div>
            <h3 id={titleId} className="figure-title">
              {partLabel(figure, activity)}
            </h3>
            <p className="figure-meta">
              {scopeWords(figure.scope, figure.scope3Category)} · {methodLabel(figure.method)}
              {figure.marketStep ? <> · {marketStepLabel(figure.marketStep)}</> : null}
            </p>
          </div>
          <p className="figure-value">
            <strong>{formatKg(figure.co2eKg)} kg CO2e</strong>
          </p>
        </div>
        <ProvenancePanel figure={figure} />
      </article>
    </li>
  );
}

export interface RecordFiguresProps {
  figures: readonly FigureView[] | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  activity: Activity | undefined;
}

/** Every stored figure of one record in the current run, each with how it was worked out. */
export function RecordFigures({ figures, isPending, error, onRetry, activity }: RecordFiguresProps) {
  if (error) return <ErrorBanner title="The figures of this record could not be loaded" error={error} onRetry={onRetry} />;
  if (isPending || !figures) return <Loading label="Loading the figures…" />;
  if (figures.length === 0) {
    return (
      <p className="record-figures-empty">
        This record has no figures in the current calculation. Recalculate on the <a href={hrefFor('calculations')}>Calculations</a> page
        to calculate it.
      </p>
    );
  }
  const totals = dualTotals(figures);
  return (
    <div className="record-figures">
      <h2 className="record-figures-title">Figures in the current calculation</h2>
      <dl className="record-totals">
        <div>
          <dt>Total, location-based</dt>
          <dd>
            {formatKg(totals.locationKg)} kg CO2e <span className="cell-detail">({formatTonnes(totals.locationKg)} tCO2e)</span>
          </dd>
        </div>
        <div>
          <dt>Total, market-based</dt>
          <dd>
            {formatKg(totals.marketKg)} kg CO2e <span className="cell-detail">({formatTonnes(totals.marketKg)} tCO2e)</span>
          </dd>
        </div>
      </dl>
      <p className="record-totals-note">
        {figures.some((f) => f.scope === 2)
          ? 'Both totals include every part below. They differ only in how the electricity itself (Scope 2) is counted: by the grid average where it was used, or by your contracts and certificates.'
          : 'No electricity (Scope 2) here, so both totals are the same.'}
      </p>
      <ul className="figure-list">
        {inReadingOrder(figures).map((figure) => (
          <FigureItem key={figure.id} figure={figure} activity={activity} />
        ))}
      </ul>
    </div>
  );
}
