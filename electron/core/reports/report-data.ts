import { createHash } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { ReportKind, ReportTable } from '../../../shared/domain/report-document';
import type { ReductionAction, ReportInputs } from '../../../shared/domain/reports';
import type { Organisation, Site } from '../../../shared/domain/organisation';
import { yearWindow } from '../dashboard/rollup-sql';
import { aggregateYear } from '../dashboard/year-aggregate';
import type { WorkspaceDb } from '../db/connection';
import { calculationRuns, factorSets, reportingYearMetrics, restatements } from '../db/schema';
import { AppFailure } from '../errors';
import { currentRun, type RunRow } from '../emissions/runs/run-repository';
import { getOrganisation, isSampleWorkspace, listSites } from '../workspaces/organisation-repository';
import { loadAppendix } from './appendix';
import { canonicalSha256 } from './canonical-json';
import { energyFigureFilter } from './energy';
import { listReductionActions, readReportInputs } from './inputs-service';
import { figureWindow, loadFigureGroups, windowFiguresStamp, type FigureGroup, type FigureRow } from './report-sql';

export { canonicalSha256, writeCanonicalJson } from './canonical-json';
export type { FigureGroup } from './report-sql';

/**
 * One emission figure as far as it falls in a report's window (per-figure data table of a small
 * year). A bill that straddles the window counts for the days inside it: `share` is that fraction,
 * and `quantity` and `co2eKg` are already multiplied by it, so quantity × factorValue = co2eKg.
 */
export interface ReportFigure extends FigureRow {
  siteName: string;
  activityLabel: string;
  activityCategory: string;
  activityFamily: string | null;
}

export type FactorSetRow = typeof factorSets.$inferSelect;
export type MetricsRow = typeof reportingYearMetrics.$inferSelect;
export type RestatementRow = typeof restatements.$inferSelect & { fromRunNumber: number; toRunNumber: number };

/**
 * A year's totals, summed from the rollups as the dashboard sums them (rollup-sql SCOPE_SUMS).
 * Totals count location-based Scope 2 (the UK SECR convention); market-based is reported beside it.
 */
export interface ScopeTotals {
  scope1Co2eKg: number;
  scope2LocationCo2eKg: number;
  scope2MarketCo2eKg: number;
  scope3Co2eKg: number;
  /** Only categories that have figures (a missing key means "no data", not zero). */
  scope3ByCategoryCo2eKg: Map<number, number>;
  /** Scope 3 with no category assigned (in the Scope 3 total only). */
  scope3UncategorisedCo2eKg: number;
}

/**
 * What a report reads of one reporting year. Totals come from the dashboard's monthly rollups;
 * `groups` (figures summed by site, activity, part, method and factor row in SQLite) are loaded
 * only where a report needs that detail, and are empty otherwise.
 */
export interface YearData {
  year: number;
  start: string;
  end: string;
  figureCount: number;
  totals: ScopeTotals;
  /** 'YYYY-MM' months of the window with at least one figure. */
  monthsWithData: string[];
  factorSetIds: string[];
  groups: FigureGroup[];
}

export interface ReportData {
  kind: ReportKind;
  organisation: Organisation;
  sites: Site[];
  run: RunRow;
  current: YearData;
  prior: YearData;
  base: YearData;
  factorSets: FactorSetRow[];
  /** Appendix A (factors used) and B (the figures) of the current year. */
  appendix: { provenance: ReportTable; data: ReportTable };
  inputs: ReportInputs;
  actions: ReductionAction[];
  metrics: MetricsRow | null;
  priorMetrics: MetricsRow | null;
  restatements: RestatementRow[];
  sample: boolean;
  inputsSha256: string;
}

export function sumCo2eKg<T extends { co2eKg: number }>(figures: readonly T[], keep: (f: T) => boolean): number {
  let total = 0;
  for (const f of figures) if (keep(f)) total += f.co2eKg;
  return total;
}

/** A year's totals, months and factor sets, from the rollups (the dashboard's own year aggregate). */
function yearFromRollups(db: WorkspaceDb, runId: string, year: number, startMonth: number): YearData {
  const window = yearWindow(year, startMonth);
  const agg = aggregateYear(db, runId, window);
  const byCategory = new Map<number, number>();
  for (const [key, t] of agg.byCategory) {
    const [scope, category] = key.split('|').map(Number);
    if (scope === 3 && category) byCategory.set(category, t.scope3Co2eKg);
  }
  const sets = db.$client
    .prepare(`SELECT DISTINCT factor_set_id FROM figure_rollups WHERE run_id = ? AND month BETWEEN ? AND ? AND factor_set_id != '' ORDER BY 1`)
    .pluck()
    .all(runId, window.firstMonth, window.lastMonth) as string[];
  return {
    year,
    start: window.start,
    end: window.end,
    figureCount: agg.figureCount,
    totals: { ...agg.totals, scope3ByCategoryCo2eKg: byCategory, scope3UncategorisedCo2eKg: agg.byCategory.get('3|0')?.scope3Co2eKg ?? 0 },
    monthsWithData: window.months.filter((m) => agg.byMonth.has(m)),
    factorSetIds: sets,
    groups: [],
  };
}

function metricsOf(db: WorkspaceDb, year: number): MetricsRow | null {
  return db.select().from(reportingYearMetrics).where(eq(reportingYearMetrics.year, year)).get() ?? null;
}

function restatementsUpTo(db: WorkspaceDb, run: RunRow): RestatementRow[] {
  const numbers = new Map(db.select({ id: calculationRuns.id, number: calculationRuns.number }).from(calculationRuns).all().map((r) => [r.id, r.number]));
  return db
    .select()
    .from(restatements)
    .orderBy(asc(restatements.createdAt))
    .all()
    .map((r) => ({ ...r, fromRunNumber: numbers.get(r.fromRunId) ?? 0, toRunNumber: numbers.get(r.toRunId) ?? 0 }))
    .filter((r) => r.toRunNumber <= run.number);
}

/** The aggregated values of a year, in a form canonical JSON can hash (Maps become sorted pairs). */
function hashableYear(y: YearData): unknown {
  // The groups are already in the figures hash, row by row.
  return { ...y, groups: y.groups.length, totals: { ...y.totals, scope3ByCategoryCo2eKg: [...y.totals.scope3ByCategoryCo2eKg.entries()].sort((a, b) => a[0] - b[0]) } };
}

/**
 * Everything a report is built from, read from the CURRENT calculation run (its figures are
 * immutable), plus a SHA-256 over it: a stamp of each window's figures (windowFiguresStamp: their
 * count and largest id, which change whenever the figures do), the grouped sums, and the canonical
 * JSON of the year totals and of the other inputs.
 */
export function loadReportData(db: WorkspaceDb, kind: ReportKind, year: number): ReportData {
  const run = currentRun(db);
  if (!run) throw new AppFailure('NOT_FOUND', 'There is nothing to report yet: add or import activity data first, then the report can be built.');
  const organisation = getOrganisation(db);
  const sites = listSites(db);
  const siteNames = new Map(sites.map((s) => [s.id, s.name]));
  const startMonth = organisation.reportingYearStartMonth;
  const current = yearFromRollups(db, run.id, year, startMonth);
  const currentWindow = figureWindow(db, run.id, yearWindow(year, startMonth));
  if (current.figureCount === 0 || !currentWindow) {
    throw new AppFailure('NOT_FOUND', `There is no activity data in reporting year ${year} (${current.start} to ${current.end}). Import or add data for that year first.`);
  }
  const figuresHash = createHash('sha256');
  current.groups = loadFigureGroups(db, currentWindow, siteNames);
  figuresHash.update(`current:${windowFiguresStamp(db, currentWindow)};`);
  const prior = yearFromRollups(db, run.id, year - 1, startMonth);
  // Only SECR compares with the prior year in detail (energy use and grey-fleet mileage).
  const priorWindow = kind === 'secr' ? figureWindow(db, run.id, yearWindow(year - 1, startMonth)) : null;
  if (priorWindow) {
    prior.groups = loadFigureGroups(db, priorWindow, siteNames, energyFigureFilter());
    figuresHash.update(`prior:${windowFiguresStamp(db, priorWindow)};`);
  }
  const base = organisation.baseYear === year ? current : yearFromRollups(db, run.id, organisation.baseYear, startMonth);
  // SECR shows no base year; the others show its totals, so its figures count in the hash.
  const baseWindow = kind !== 'secr' && base !== current ? figureWindow(db, run.id, yearWindow(organisation.baseYear, startMonth)) : null;
  if (baseWindow) figuresHash.update(`base:${windowFiguresStamp(db, baseWindow)};`);
  // A group's row has its columns in a fixed order, so plain JSON is canonical here.
  for (const y of [current, prior]) for (const g of y.groups) figuresHash.update(JSON.stringify(g));
  const appendix = loadAppendix(db, currentWindow, current, siteNames);
  const setIds = [...new Set([...current.factorSetIds, ...prior.factorSetIds, ...base.factorSetIds])];
  const sets = setIds.length ? db.select().from(factorSets).where(inArray(factorSets.id, setIds)).orderBy(asc(factorSets.dataset), asc(factorSets.year)).all() : [];
  const inputs = readReportInputs(db);
  const actions = listReductionActions(db);
  const metrics = metricsOf(db, year);
  const priorMetrics = metricsOf(db, year - 1);
  const sample = isSampleWorkspace(db);
  const inputsSha256 = canonicalSha256({
    kind, year, runId: run.id, organisation, sites, inputs, actions, metrics, priorMetrics, sample,
    figuresSha256: figuresHash.digest('hex'),
    years: [current, prior, base].map(hashableYear),
  });
  return { kind, organisation, sites, run, current, prior, base, factorSets: sets, appendix, inputs, actions, metrics, priorMetrics, restatements: restatementsUpTo(db, run), sample, inputsSha256 };
}
