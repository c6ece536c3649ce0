import { useId, useState } from 'react';
import type { DashboardSummary } from '../../../../shared/domain/dashboard';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { RadioGroup } from '../../components/RadioGroup';
import { reportingYearFor } from '../../lib/dates';
import { formatPeriod } from '../../lib/emissions-words';
import { hrefFor } from '../../lib/router';
import { usePreferences } from '../settings/queries';
import { breakdownRows, breakdownWords, monthLabel, type Basis, type BreakdownKind, type DrillTarget } from './dashboard-words';
import { DataQualitySection } from './DataQualitySection';
import { DrillDownDialog } from './DrillDownDialog';
import { IntensitySection } from './IntensitySection';
import { useDashboardRefresh, useDashboardSummary } from './queries';
import { ScopeChart, type EmissionsUnit } from './ScopeChart';
import { TotalsSection } from './TotalsSection';
import './dashboard.css';

export function DashboardPage({ workspace }: { workspace: WorkspaceSummary }) {
  const { organisation, sites } = workspace;
  const [today] = useState(() => new Date());
  const reportingYear = reportingYearFor(organisation.reportingYearStartMonth, today);
  const currentYear = reportingYear.start.getUTCFullYear();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  // Opening on a year without figures while others have some: show the latest year that has them.
  const opening = useDashboardSummary(currentYear);
  const available = opening.data?.availableYears ?? [];
  const latest = available[available.length - 1];
  const year = chosenYear ?? (latest !== undefined && !available.includes(currentYear) ? latest : currentYear);
  const summary = useDashboardSummary(year);
  const preferences = usePreferences();
  useDashboardRefresh();
  const unit: EmissionsUnit = preferences.data?.emissionsUnit ?? 'tCO2e';

  return (
    <>
      <PageHeader title="Dashboard" description="Your organisation's emissions at a glance." />
      <section aria-label="Workspace summary">
        <dl className="stats">
          <div className="card stat">
            <dt>Organisation</dt>
            <dd>{organisation.name}</dd>
          </div>
          <div className="card stat">
            <dt>Current reporting year</dt>
            <dd>{reportingYear.label}</dd>
          </div>
          <div className="card stat">
            <dt>Sites</dt>
            <dd>
              {sites.length} <a href={hrefFor('settings')}>Manage sites</a>
            </dd>
          </div>
          <div className="card stat">
            <dt>Base year</dt>
            <dd>{organisation.baseYear}</dd>
          </div>
        </dl>
      </section>
      {summary.isPending ? <Loading label="Adding up your emissions…" /> : null}
      {summary.isError ? <ErrorBanner title="The dashboard could not be loaded" error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.data && summary.data.availableYears.length === 0 ? <NoDataYet /> : null}
      {summary.data && summary.data.availableYears.length > 0 ? <Dashboard summary={summary.data} currentYear={currentYear} unit={unit} onYear={setChosenYear} /> : null}
    </>
  );
}

/** A reporting year as people read it: "1 Apr 2024 – 31 Mar 2025". */
function yearLabel(year: number, startMonth: number): string {
  const start = new Date(Date.UTC(year, startMonth - 1, 1)).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(year + 1, startMonth - 1, 0)).toISOString().slice(0, 10);
  return formatPeriod(start, end);
}

function NoDataYet() {
  return (
    <EmptyState
      title="No emissions data yet"
      actions={
        <a className="button button-primary" href={hrefFor('data-sources')}>
          Go to Data sources
        </a>
      }
    >
      <p>
        Your carbon footprint will appear here once the app has activity data: the electricity, gas and fuel your sites use, and the miles your
        vehicles travel.
      </p>
      <p>
        <strong>What to do next:</strong> add a data source. You will be able to connect your energy supplier&apos;s account, or import the bills you
        download from your supplier as CSV files.
      </p>
    </EmptyState>
  );
}

function Dashboard({ summary, currentYear, unit, onYear }: { summary: DashboardSummary; currentYear: number; unit: EmissionsUnit; onYear: (year: number) => void }) {
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [basis, setBasis] = useState<Basis>('location');
  const [breakdown, setBreakdown] = useState<BreakdownKind>('site');
  const yearId = useId();
  const trendId = useId();
  const breakdownId = useId();
  const years = [...new Set([...summary.availableYears, currentYear])].sort((a, b) => b - a);
  const monthly = summary.monthly.map((m) => ({ id: m.month, label: monthLabel(m.month), totals: m, filter: { month: m.month } }));

  return (
    <div className="dashboard">
      <div className="dashboard-year">
        <label htmlFor={yearId} className="field-label">
          Reporting year
        </label>
        <select id={yearId} value={summary.year} onChange={(e) => onYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {yearLabel(y, summary.startMonth)}
            </option>
          ))}
        </select>
        <p className="field-hint">
          {formatPeriod(summary.window.start, summary.window.end)}
          {summary.run ? ` · calculation run ${summary.run.number}` : ''} · {summary.figureCount} {summary.figureCount === 1 ? 'figure' : 'figures'}
        </p>
      </div>
      {summary.figureCount === 0 ? (
        <p role="note" className="dashboard-note">
          There are no emissions in this reporting year. Choose another year above, or import data for it on the Import files page.
        </p>
      ) : null}
      <TotalsSection summary={summary} unit={unit} onDrill={setDrill} />
      <section aria-labelledby={trendId} className="dashboard-section">
        <h2 id={trendId}>Month by month</h2>
        <RadioGroup
          legend="Scope 2 in the charts"
          name="dashboard-basis"
          value={basis}
          onChange={setBasis}
          options={[
            { value: 'location', label: 'Location-based (grid average)' },
            { value: 'market', label: 'Market-based (what you buy)' },
          ]}
        />
        <ScopeChart title="Emissions by month" rowHeading="Month" rows={monthly} basis={basis} unit={unit} onDrill={setDrill} />
      </section>
      <section aria-labelledby={breakdownId} className="dashboard-section">
        <h2 id={breakdownId}>Where the emissions come from</h2>
        <RadioGroup
          legend="Break down by"
          name="dashboard-breakdown"
          value={breakdown}
          onChange={setBreakdown}
          options={(Object.keys(breakdownWords) as BreakdownKind[]).map((kind) => ({ value: kind, label: breakdownWords[kind] }))}
        />
        <ScopeChart
          title={`Emissions by ${breakdownWords[breakdown].toLowerCase()}`}
          rowHeading={breakdownWords[breakdown]}
          rows={breakdownRows(summary, breakdown)}
          basis={basis}
          unit={unit}
          horizontal
          onDrill={setDrill}
        />
      </section>
      <IntensitySection summary={summary} />
      <DataQualitySection summary={summary} unit={unit} onDrill={setDrill} />
      {drill ? <DrillDownDialog year={summary.year} target={drill} unit={unit} onClose={() => setDrill(null)} /> : null}
    </div>
  );
}
