import { createHash } from 'node:crypto';
import type { WorkspaceDb } from '../db/connection';
import { findActivity } from '../emissions/catalogue';
import { lastDayOf, nextMonth } from '../dashboard/months';
import type { YearWindow } from '../dashboard/rollup-sql';

// The report queries over emission_figures that the monthly rollups cannot answer (they keep no
// factor row, role or market step): each a GROUP BY in SQLite over one reporting year's figures,
// never one JavaScript object per figure. A bill that straddles the window counts for the days
// inside it: share = overlap days ÷ period days (julianday differences of midnight dates are whole
// numbers), applied to quantity and CO2e before summing, so quantity × factor = CO2e still holds.
// The columns provenance_json and notes_json are never read here.

/**
 * One reporting year's figures summed by everything a report separates them by: site, activity,
 * part, scope, category, method, market step, factor row, and the month the figure starts in.
 * A few thousand rows however many figures there are.
 */
export interface FigureGroup {
  siteId: string;
  siteName: string;
  activityId: string;
  activityLabel: string;
  activityCategory: string;
  activityFamily: string | null;
  role: string;
  scope: number;
  scope3Category: number | null;
  method: string;
  marketStep: string | null;
  marketSourceId: string | null;
  quantityUnit: string;
  factorSetId: string | null;
  factorId: number | null;
  factorRowNumber: number | null;
  factorExternalId: string | null;
  factorValue: number;
  factorUnit: string;
  factorYear: number | null;
  /** 'YYYY-MM' of the figures' period start (which can be before the window for straddling bills). */
  month: string;
  /** Earliest period start in the group, for ordering rows as the figures run. */
  firstPeriodStart: string;
  quantity: number;
  co2eKg: number;
  figureCount: number;
}

/** The window's bounds as SQL parameters; `lowerBound` is the earliest start of a figure reaching into it. */
export interface FigureWindow {
  runId: string;
  start: string;
  end: string;
  lowerBound: string;
}

// The filter stays on the (run_id, period_start) index, named because the planner otherwise picks
// the (run_id, scope) index and reads the whole run; the lower bound comes from the rollups.
const FIGURES = 'emission_figures INDEXED BY emission_figures_run_period_idx';
const IN_WINDOW = 'run_id = @runId AND period_start BETWEEN @lowerBound AND @end AND period_end >= @start';
const SHARE = `(CASE WHEN period_start >= @start AND period_end <= @end THEN 1.0
  ELSE (julianday(min(period_end, @end)) - julianday(max(period_start, @start)) + 1) / (julianday(period_end) - julianday(period_start) + 1) END)`;

/** The window of a reporting year, or null when the run has no figure in it. */
export function figureWindow(db: WorkspaceDb, runId: string, year: YearWindow): FigureWindow | null {
  const row = db.$client.prepare('SELECT min(min_period_start) AS lowerBound FROM figure_rollups WHERE run_id = ? AND month BETWEEN ? AND ?').get(runId, year.firstMonth, year.lastMonth) as
    | { lowerBound: string | null }
    | undefined;
  return row?.lowerBound ? { runId, start: year.start, end: year.end, lowerBound: row.lowerBound } : null;
}

// SQLite groups by sorting every figure, and the sort's cost is in comparing keys, so the key holds
// only what tells groups apart; scope, category, factor unit and factor year follow from the
// activity, part, method and factor row and are read from any figure of the group.
const GROUP_KEY = `site_id, activity_id, role, method, market_step, market_source_id, factor_set_id, factor_id, factor_row_number, factor_value, quantity_unit`;

const GROUPS_SQL = (where: string | undefined) => `SELECT site_id AS siteId, activity_id AS activityId, role, scope, scope3_category AS scope3Category, method,
    market_step AS marketStep, market_source_id AS marketSourceId, quantity_unit AS quantityUnit, factor_set_id AS factorSetId, factor_id AS factorId,
    factor_row_number AS factorRowNumber, factor_value AS factorValue, factor_unit AS factorUnit, factor_year AS factorYear,
    substr(period_start, 1, 7) AS month, min(period_start) AS firstPeriodStart,
    sum(quantity * ${SHARE}) AS quantity, sum(co2e_kg * ${SHARE}) AS co2eKg, count(*) AS figureCount
  FROM ${FIGURES} WHERE ${IN_WINDOW} AND period_start BETWEEN @from AND @to${where ? ` AND (${where})` : ''}
  GROUP BY ${GROUP_KEY} ORDER BY ${GROUP_KEY}`;

type GroupRow = Omit<FigureGroup, 'siteName' | 'activityLabel' | 'activityCategory' | 'activityFamily' | 'factorExternalId'>;

/** Optional SQL condition on the figures (with its named parameters), e.g. only energy figures. */
export interface FigureFilter {
  where?: string;
  args?: Record<string, unknown>;
}

// The groups of the windows read last, per workspace connection, keyed by the digest of the
// window's figure ids: figures are immutable and ids never reused, so the same ids are the same
// figures and the same groups. Previewing, exporting and publishing a year then sort its figures once.
const GROUP_CACHE_SIZE = 4;
const groupCache = new WeakMap<WorkspaceDb, Map<string, GroupRow[]>>();

function groupRowsOf(db: WorkspaceDb, window: FigureWindow, filter: FigureFilter, idsDigest: string): GroupRow[] {
  const key = `${window.runId}|${window.start}|${window.end}|${filter.where ?? ''}|${JSON.stringify(filter.args ?? {})}|${idsDigest}`;
  const cache = groupCache.get(db) ?? new Map<string, GroupRow[]>();
  groupCache.set(db, cache);
  const cached = cache.get(key);
  if (cached) return cached;
  // One query per month of period start (the groups' month): twelve small sorts take about a
  // quarter less time than one of the whole year, and no group spans two queries.
  const statement = db.$client.prepare(GROUPS_SQL(filter.where));
  const rows: GroupRow[] = [];
  for (let month = window.lowerBound.slice(0, 7); month <= window.end.slice(0, 7); month = nextMonth(month)) {
    for (const row of statement.all({ ...filter.args, ...window, from: `${month}-01`, to: lastDayOf(month) }) as GroupRow[]) rows.push(row);
  }
  cache.set(key, rows);
  if (cache.size > GROUP_CACHE_SIZE) cache.delete(cache.keys().next().value ?? key);
  return rows;
}

/**
 * The window's figures summed per site, activity, part, method, factor row and month of period
 * start, optionally only those matching `filter`. `idsDigest` is windowIdsDigest of the window.
 */
export function loadFigureGroups(db: WorkspaceDb, window: FigureWindow, siteNames: ReadonlyMap<string, string>, filter: FigureFilter, idsDigest: string): FigureGroup[] {
  const rows = groupRowsOf(db, window, filter, idsDigest);
  const externalIds = factorExternalIds(db, rows);
  return rows.map((row) => {
    const activity = findActivity(row.activityId);
    return {
      ...row,
      siteName: siteNames.get(row.siteId) ?? 'Deleted site',
      activityLabel: activity?.label ?? row.activityId,
      activityCategory: activity?.category ?? 'Other',
      activityFamily: activity?.family ?? null,
      factorExternalId: row.factorId === null ? null : (externalIds.get(row.factorId) ?? null),
    };
  });
}

function factorExternalIds(db: WorkspaceDb, rows: readonly { factorId: number | null }[]): Map<number, string | null> {
  const ids = [...new Set(rows.map((r) => r.factorId).filter((id): id is number => id !== null))];
  const found = db.$client.prepare('SELECT id, external_id AS externalId FROM factors WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: number; externalId: string | null }[];
  return new Map(found.map((r) => [r.id, r.externalId]));
}

/** The key of one factor in the provenance appendix: set (or market source), row, value and units. */
export function factorKeyOf(f: { factorSetId: string | null; marketStep: string | null; marketSourceId: string | null; factorRowNumber: number | null; factorValue: number; factorUnit: string; quantityUnit: string }): string {
  const setId = f.factorSetId ?? `${f.marketStep ?? 'contract'}:${f.marketSourceId ?? ''}`;
  return `${setId}|${f.factorRowNumber ?? ''}|${f.factorValue}|${f.factorUnit}|${f.quantityUnit}`;
}

/**
 * SHA-256 of the ids of the window's figures, in (period start, id) order: the order of the index,
 * so SQLite concatenates them without sorting. Figures are only ever inserted or deleted and ids
 * are never reused, so the digest changes whenever the window's figures do.
 */
export function windowIdsDigest(db: WorkspaceDb, window: FigureWindow): string {
  const ids = db.$client
    .prepare(`SELECT group_concat(id) FROM (SELECT id FROM ${FIGURES} WHERE ${IN_WINDOW} ORDER BY period_start, id)`)
    .pluck()
    .get(window) as string | null;
  return createHash('sha256').update(ids ?? '').digest('hex');
}

/** One figure of a small year (at most the data table's row limit), apportioned to the window. */
export interface FigureRow {
  figureId: number;
  activityRecordId: string;
  siteId: string;
  activityId: string;
  periodStart: string;
  periodEnd: string;
  role: string;
  scope: number;
  scope3Category: number | null;
  method: string;
  marketStep: string | null;
  marketSourceId: string | null;
  share: number;
  quantity: number;
  quantityUnit: string;
  factorValue: number;
  factorUnit: string;
  co2eKg: number;
  factorSetId: string | null;
  factorId: number | null;
  factorRowNumber: number | null;
  factorExternalId: string | null;
  factorYear: number | null;
}

/** Every figure of the window, for the per-figure data table of a small year. */
export function loadFigureRows(db: WorkspaceDb, window: FigureWindow): FigureRow[] {
  return db.$client
    .prepare(
      `SELECT f.id AS figureId, f.activity_record_id AS activityRecordId, f.site_id AS siteId, f.activity_id AS activityId, f.period_start AS periodStart,
         f.period_end AS periodEnd, f.role AS role, f.scope AS scope, f.scope3_category AS scope3Category, f.method AS method, f.market_step AS marketStep,
         f.market_source_id AS marketSourceId, f.share AS share, f.quantity * f.share AS quantity, f.quantity_unit AS quantityUnit, f.factor_value AS factorValue,
         f.factor_unit AS factorUnit, f.co2e_kg * f.share AS co2eKg, f.factor_set_id AS factorSetId, f.factor_id AS factorId,
         f.factor_row_number AS factorRowNumber, x.external_id AS factorExternalId, f.factor_year AS factorYear
       FROM (SELECT id, activity_record_id, site_id, activity_id, period_start, period_end, role, scope, scope3_category, method, market_step, market_source_id,
               quantity, quantity_unit, factor_value, factor_unit, co2e_kg, factor_set_id, factor_id, factor_row_number, factor_year, ${SHARE} AS share
             FROM ${FIGURES} WHERE ${IN_WINDOW}) f
       LEFT JOIN factors x ON x.id = f.factor_id
       ORDER BY f.period_start, f.activity_record_id, f.id`,
    )
    .all(window) as FigureRow[];
}
