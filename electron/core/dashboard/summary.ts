import type { DashboardSummary, ScopeTotals } from '../../../shared/domain/dashboard';
import type { WorkspaceDb } from '../db/connection';
import { findActivity } from '../emissions/catalogue';
import { currentRun } from '../emissions/runs/run-repository';
import { getOrganisation } from '../workspaces/organisation-repository';
import { dataQualityOf } from './data-quality';
import { getIntensityMetrics } from './metrics';
import { aggregateYear } from './year-aggregate';
import { IN_WINDOW, SCOPE_SUMS, locationTotal, marketTotal, pickTotals, reportingYearOfMonth, yearWindow, type YearWindow } from './rollup-sql';

const ZERO: ScopeTotals = { scope1Co2eKg: 0, scope2LocationCo2eKg: 0, scope2MarketCo2eKg: 0, scope3Co2eKg: 0 };

function changePct(current: number, previous: number): number | null {
  return previous === 0 ? null : ((current - previous) / Math.abs(previous)) * 100;
}

function ratio(totals: ScopeTotals, denominator: number | null): { locationCo2eKg: number; marketCo2eKg: number } | null {
  if (denominator === null || denominator <= 0) return null;
  return { locationCo2eKg: locationTotal(totals) / denominator, marketCo2eKg: marketTotal(totals) / denominator };
}

/** Reporting years from the earliest to the latest month the run has figures for. */
function availableYears(db: WorkspaceDb, runId: string, startMonth: number): number[] {
  // Two statements: SQLite answers a lone min() or max() from the index, but scans for both at once.
  const first = (db.$client.prepare('SELECT min(month) AS m FROM figure_rollups WHERE run_id = ?').get(runId) as { m: string | null }).m;
  const last = (db.$client.prepare('SELECT max(month) AS m FROM figure_rollups WHERE run_id = ?').get(runId) as { m: string | null }).m;
  if (!first || !last) return [];
  const years: number[] = [];
  for (let y = reportingYearOfMonth(first, startMonth); y <= reportingYearOfMonth(last, startMonth); y++) years.push(y);
  return years;
}

/** Totals of another year (the previous one, for the change): one SQL sum. */
function yearTotals(db: WorkspaceDb, runId: string, window: YearWindow): { totals: ScopeTotals; figureCount: number } {
  const row = db.$client
    .prepare(`SELECT ${SCOPE_SUMS}, coalesce(sum(CASE WHEN month = ? THEN figure_count ELSE starting_count END), 0) AS n FROM figure_rollups WHERE ${IN_WINDOW}`)
    .get(window.firstMonth, runId, window.firstMonth, window.lastMonth) as ScopeTotals & { n: number };
  return { totals: pickTotals(row), figureCount: row.n };
}

function entries<T>(map: Map<string, ScopeTotals>, label: (key: string) => T): (T & ScopeTotals)[] {
  return [...map].map(([key, totals]) => ({ ...label(key), ...totals }));
}

/**
 * Everything the dashboard shows for one reporting year of the current calculation run, summed in
 * SQLite from figure_rollups: totals by scope (Scope 2 both ways), the monthly trend, breakdowns,
 * the change on the previous year, intensity ratios and data quality.
 */
export function dashboardSummary(db: WorkspaceDb, year: number, now: Date): DashboardSummary {
  const { reportingYearStartMonth: startMonth } = getOrganisation(db);
  const window = yearWindow(year, startMonth);
  const run = currentRun(db);
  const metrics = getIntensityMetrics(db, year);
  const floorAreaUsedM2 = metrics.floorAreaM2 ?? metrics.sitesFloorAreaM2;
  const siteNames = new Map((db.$client.prepare('SELECT id, name FROM sites').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]));
  const base = { year, startMonth, window: { start: window.start, end: window.end } };
  if (!run) {
    const empty = window.months.map((month) => ({ month, ...ZERO }));
    return {
      ...base, availableYears: [], run: null, figureCount: 0, totals: ZERO, previous: { year: year - 1, figureCount: 0, totals: ZERO },
      change: { scope1Pct: null, scope2LocationPct: null, scope2MarketPct: null, scope3Pct: null, totalLocationPct: null, totalMarketPct: null },
      monthly: empty, bySite: [], bySource: [], byCategory: [], byActivity: [],
      intensity: { metrics, floorAreaUsedM2, floorAreaFromSites: metrics.floorAreaM2 === null && floorAreaUsedM2 !== null, perMillionGbp: null, perFte: null, perM2: null },
      dataQuality: { estimated: { co2eKg: 0, figureCount: 0 }, proxy: { co2eKg: 0, figureCount: 0 }, spend: { co2eKg: 0, figureCount: 0 }, unverifiedFactorSets: [], missingMonths: [] },
    };
  }
  const agg = aggregateYear(db, run.id, window);
  const monthly = window.months.map((month) => ({ month, ...pickTotals(agg.byMonth.get(month)) }));
  const previous = yearTotals(db, run.id, yearWindow(year - 1, startMonth));
  const totals = agg.totals;
  const p = previous.totals;
  const byTotal = (a: ScopeTotals, b: ScopeTotals) => locationTotal(b) - locationTotal(a);
  const files = new Map((db.$client.prepare('SELECT id, file_name AS fileName FROM import_files').all() as { id: string; fileName: string }[]).map((f) => [f.id, f.fileName]));

  return {
    ...base,
    availableYears: availableYears(db, run.id, startMonth),
    run: { id: run.id, number: run.number, createdAt: run.createdAt },
    figureCount: agg.figureCount,
    totals,
    previous: { year: year - 1, figureCount: previous.figureCount, totals: p },
    change: {
      scope1Pct: changePct(totals.scope1Co2eKg, p.scope1Co2eKg),
      scope2LocationPct: changePct(totals.scope2LocationCo2eKg, p.scope2LocationCo2eKg),
      scope2MarketPct: changePct(totals.scope2MarketCo2eKg, p.scope2MarketCo2eKg),
      scope3Pct: changePct(totals.scope3Co2eKg, p.scope3Co2eKg),
      totalLocationPct: changePct(locationTotal(totals), locationTotal(p)),
      totalMarketPct: changePct(marketTotal(totals), marketTotal(p)),
    },
    monthly,
    bySite: entries(agg.bySite, (siteId) => ({ siteId, siteName: siteNames.get(siteId) ?? 'A deleted site' })).sort(byTotal),
    bySource: entries(agg.bySource, (key) => {
      const [source = '', importId = ''] = key.split('|');
      return { source, importId: importId || null, fileName: importId ? (files.get(importId) ?? null) : null };
    }).sort(byTotal),
    byCategory: entries(agg.byCategory, (key) => {
      const [scope = 0, category = 0] = key.split('|').map(Number);
      return { scope, scope3Category: category || null };
    }).sort((a, b) => a.scope - b.scope || (a.scope3Category ?? 0) - (b.scope3Category ?? 0)),
    byActivity: entries(agg.byActivity, (activityId) => ({ activityId, label: findActivity(activityId)?.label ?? activityId })).sort(byTotal),
    intensity: {
      metrics,
      floorAreaUsedM2,
      floorAreaFromSites: metrics.floorAreaM2 === null && floorAreaUsedM2 !== null,
      perMillionGbp: ratio(totals, metrics.turnoverGbp === null ? null : metrics.turnoverGbp / 1_000_000),
      perFte: ratio(totals, metrics.employeesFte),
      perM2: ratio(totals, floorAreaUsedM2),
    },
    dataQuality: dataQualityOf(db, run.id, window, agg, siteNames, now.toISOString().slice(0, 7)),
  };
}
