import type { DashboardSummary, DrillDownFilter, DrillDownRow, IntensityMetrics } from '../../../shared/domain/dashboard';
import { Failure, type FakeKit, type FakeWorkspace, type Handlers } from './fake-api';

type Names = 'dashboard.summary' | 'dashboard.drillDown' | 'dashboard.metrics.get' | 'dashboard.metrics.update' | 'evidence.download';

/**
 * The dashboard on a fake workspace. The fake does not add figures up (electron/core/dashboard is
 * tested against hand-computed sums): tests seed a summary per reporting year and the rows behind
 * it. What the fake does model is what the screens rely on: years without a seeded summary answer
 * an empty year, the drill-down filters and pages the seeded rows by period and fields like the
 * backend, intensity inputs are stored and flow into the summary, and evidence files download.
 */
export interface FakeDashboard {
  summaries: Record<number, DashboardSummary>;
  rows: DrillDownRow[];
  metrics?: Record<number, IntensityMetrics>;
  evidence?: Record<string, { fileName: string; content: string }>;
}

const ZERO = { scope1Co2eKg: 0, scope2LocationCo2eKg: 0, scope2MarketCo2eKg: 0, scope3Co2eKg: 0 };

function windowOf(year: number, startMonth: number): { start: string; end: string; months: string[] } {
  const start = new Date(Date.UTC(year, startMonth - 1, 1)).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(year + 1, startMonth - 1, 0)).toISOString().slice(0, 10);
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(year, startMonth - 1 + i, 1)).toISOString().slice(0, 7));
  return { start, end, months };
}

export function emptyMetrics(year: number): IntensityMetrics {
  return { year, turnoverGbp: null, employeesFte: null, floorAreaM2: null, sitesFloorAreaM2: null, updatedAt: null };
}

/** A year with nothing in it, as the backend answers for a workspace without figures. */
export function emptyDashboardSummary(year: number, startMonth: number, availableYears: number[] = []): DashboardSummary {
  const w = windowOf(year, startMonth);
  return {
    year, startMonth, window: { start: w.start, end: w.end }, availableYears, run: null, figureCount: 0, totals: ZERO,
    previous: { year: year - 1, figureCount: 0, totals: ZERO },
    change: { scope1Pct: null, scope2LocationPct: null, scope2MarketPct: null, scope3Pct: null, totalLocationPct: null, totalMarketPct: null },
    monthly: w.months.map((month) => ({ month, ...ZERO })), bySite: [], bySource: [], byCategory: [], byActivity: [],
    intensity: { metrics: emptyMetrics(year), floorAreaUsedM2: null, floorAreaFromSites: false, perMillionGbp: null, perFte: null, perM2: null },
    dataQuality: { estimated: { co2eKg: 0, figureCount: 0 }, proxy: { co2eKg: 0, figureCount: 0 }, spend: { co2eKg: 0, figureCount: 0 }, unverifiedFactorSets: [], missingMonths: [] },
  };
}

function matches(row: DrillDownRow, filter: DrillDownFilter, window: { start: string; end: string }): boolean {
  const f = row.figure;
  if (row.periodStart > window.end || row.periodEnd < window.start) return false;
  if (filter.scope !== undefined && f.scope !== filter.scope) return false;
  if (filter.basis === 'location' && f.scope === 2 && f.method !== 'location-based') return false;
  if (filter.basis === 'market' && f.scope === 2 && f.method !== 'market-based') return false;
  if (filter.scope3Category !== undefined && (f.scope3Category ?? null) !== filter.scope3Category) return false;
  if (filter.siteId !== undefined && row.siteId !== filter.siteId) return false;
  if (filter.activityId !== undefined && row.activityId !== filter.activityId) return false;
  if (filter.source !== undefined && row.record?.source !== filter.source) return false;
  if (filter.importId !== undefined && (row.evidence?.importId ?? null) !== filter.importId) return false;
  if (filter.dataQuality !== undefined && row.record?.dataQuality !== filter.dataQuality) return false;
  if (filter.estimated !== undefined && (row.record?.estimated ?? false) !== filter.estimated) return false;
  if (filter.factorSetId !== undefined && f.factorSetId !== filter.factorSetId) return false;
  return true;
}

function stateOf(ws: FakeWorkspace): FakeDashboard {
  return (ws.dashboard ??= { summaries: {}, rows: [] });
}

export function fakeDashboardHandlers(kit: FakeKit): Pick<Handlers, Names> {
  const metricsOf = (ws: FakeWorkspace, year: number): IntensityMetrics => stateOf(ws).metrics?.[year] ?? stateOf(ws).summaries[year]?.intensity.metrics ?? emptyMetrics(year);
  return {
    'dashboard.summary': ({ year }) => {
      const ws = kit.requireWorkspace();
      const state = stateOf(ws);
      const available = Object.keys(state.summaries).map(Number).sort((a, b) => a - b);
      const summary = state.summaries[year] ?? emptyDashboardSummary(year, ws.organisation.reportingYearStartMonth, available);
      return { ...summary, availableYears: available, intensity: { ...summary.intensity, metrics: metricsOf(ws, year) } };
    },
    'dashboard.drillDown': ({ year, filter, limit, offset }) => {
      const ws = kit.requireWorkspace();
      const w = windowOf(year, ws.organisation.reportingYearStartMonth);
      if (filter.month !== undefined && !w.months.includes(filter.month)) {
        throw new Failure({ code: 'VALIDATION', message: `${filter.month} is not in reporting year ${year} (${w.start} to ${w.end}).` });
      }
      const window = filter.month ? { start: `${filter.month}-01`, end: new Date(Date.UTC(Number(filter.month.slice(0, 4)), Number(filter.month.slice(5, 7)), 0)).toISOString().slice(0, 10) } : w;
      const rows = stateOf(ws).rows.filter((r) => matches(r, filter, window));
      return { window: { start: window.start, end: window.end }, total: rows.length, rows: rows.slice(offset, offset + limit) };
    },
    'dashboard.metrics.get': ({ year }) => metricsOf(kit.requireWorkspace(), year),
    'dashboard.metrics.update': (input) =>
      kit.write(['metrics'], (ws) => {
        const state = stateOf(ws);
        const before = metricsOf(ws, input.year);
        const after: IntensityMetrics = { ...before, ...input, updatedAt: kit.tick() };
        state.metrics = { ...state.metrics, [input.year]: after };
        kit.audit(ws, { action: 'update', entity: 'reporting-year-metrics', entityId: String(input.year), summary: `Updated turnover, employees and floor area for reporting year ${input.year}`, before, after });
        return after;
      }),
    'evidence.download': ({ importId }) => {
      const file = stateOf(kit.requireWorkspace()).evidence?.[importId];
      if (!file) throw new Failure({ code: 'NOT_FOUND', message: 'That import no longer exists, so its original file cannot be downloaded.' });
      const bytes = new TextEncoder().encode(file.content);
      return { fileName: file.fileName, contentBase64: btoa(String.fromCharCode(...bytes)), sizeBytes: bytes.length };
    },
  };
}
