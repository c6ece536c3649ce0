import { useId, useState, type FormEvent } from 'react';
import type { DashboardSummary, IntensityMetrics } from '../../../../shared/domain/dashboard';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { SavedNote } from '../../components/SavedNote';
import { formatKg, formatTonnes } from '../../lib/emissions-words';
import { useUpdateIntensityMetrics } from './mutations';

const numberText = (value: number | null) => (value === null ? '' : String(value));

function parse(text: string): number | null | 'invalid' {
  const cleaned = text.replace(/[£,\s]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : 'invalid';
}

/** Intensity ratios (per £1m turnover, per employee, per m²) with their inputs editable in place. */
export function IntensitySection({ summary }: { summary: DashboardSummary }) {
  const headingId = useId();
  const { intensity } = summary;
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <h2 id={headingId}>Intensity ratios</h2>
      <p className="section-intro">Emissions for each £1 million of turnover, each full-time employee and each square metre of floor space, so years and sites of different sizes can be compared.</p>
      <dl className="intensity-list">
        <Ratio label="Per £1 million turnover" ratio={intensity.perMillionGbp} tonnes missing="Enter your turnover below." />
        <Ratio label="Per full-time employee" ratio={intensity.perFte} tonnes missing="Enter your number of employees below." />
        <Ratio label="Per m² of floor area" ratio={intensity.perM2} tonnes={false} missing="Enter a floor area below, or add floor areas to your sites in Settings." />
      </dl>
      <MetricsForm key={summary.year} metrics={intensity.metrics} />
    </section>
  );
}

function Ratio({ label, ratio, tonnes, missing }: { label: string; ratio: { locationCo2eKg: number; marketCo2eKg: number } | null; tonnes: boolean; missing: string }) {
  const show = (kg: number) => (tonnes ? `${formatTonnes(kg)} tCO2e` : `${formatKg(kg)} kg CO2e`);
  return (
    <div className="card stat">
      <dt>{label}</dt>
      <dd>{ratio ? `${show(ratio.locationCo2eKg)} location-based · ${show(ratio.marketCo2eKg)} market-based` : `Not worked out yet. ${missing}`}</dd>
    </div>
  );
}

function MetricsForm({ metrics }: { metrics: IntensityMetrics }) {
  const update = useUpdateIntensityMetrics();
  const [turnover, setTurnover] = useState(numberText(metrics.turnoverGbp));
  const [employees, setEmployees] = useState(numberText(metrics.employeesFte));
  const [floorArea, setFloorArea] = useState(numberText(metrics.floorAreaM2));
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { turnoverGbp: parse(turnover), employeesFte: parse(employees), floorAreaM2: parse(floorArea) };
    if (Object.values(values).includes('invalid')) {
      setProblem('Write each figure as a number, e.g. 2500000 or 2,500,000, or leave it empty.');
      return;
    }
    setProblem(null);
    update.mutate({ year: metrics.year, ...(values as { turnoverGbp: number | null; employeesFte: number | null; floorAreaM2: number | null }) });
  };

  const sitesArea = metrics.sitesFloorAreaM2;
  return (
    <form className="metrics-form" onSubmit={submit} aria-label={`Turnover, employees and floor area for ${metrics.year}`}>
      {problem ? <ErrorBanner title="Those figures could not be saved" error={problem} /> : null}
      {update.isError ? <ErrorBanner title="Those figures could not be saved" error={update.error} /> : null}
      <div className="metrics-fields">
        <Field label="Turnover for the year (£)">{(control) => <input {...control} inputMode="decimal" value={turnover} onChange={(e) => setTurnover(e.target.value)} />}</Field>
        <Field label="Full-time equivalent employees">{(control) => <input {...control} inputMode="decimal" value={employees} onChange={(e) => setEmployees(e.target.value)} />}</Field>
        <Field
          label="Floor area (m²)"
          hint={sitesArea !== null ? `Leave empty to use your sites' total of ${formatKg(sitesArea)} m².` : 'Leave empty to use your sites’ floor areas (none entered yet).'}
        >
          {(control) => <input {...control} inputMode="decimal" value={floorArea} onChange={(e) => setFloorArea(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save figures for {metrics.year}
        </Button>
        <SavedNote show={update.isSuccess} />
      </div>
    </form>
  );
}
