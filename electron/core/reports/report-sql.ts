import type { WorkspaceDb } from '../db/connection';
import { findActivity } from '../emissions/catalogue';
import type { YearWindow } from '../dashboard/rollup-sql';

// What reports read beyond the dashboard's totals. The groups come from factor_rollups, kept per
// calendar month on every write of figures (electron/core/dashboard/rollups.ts) with bills that span
// months apportioned by days, so a reporting year (always whole months) is a range of a few thousand
// rows and no figure is read. Only a small year's per-figure data table reads emission_figures, and
// there a bill that straddles the window counts for the days inside it: share = overlap days ÷
// period days, applied to quantity and CO2e, so quantity × factor = CO2e still holds.
// The columns provenance_json and notes_json are never read here.

/**
 * One reporting year's figures summed by everything a report separates them by: site, activity,
 * part, scope, category, method, market step, factor row, and calendar month.
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
  /** Calendar month 'YYYY-MM' inside the window: quantity and CO2e are the figures' days in it. */
  month: string;
  /** Earliest period start of the group's figures (can be before the window), for ordering rows as the figures run. */
  firstPeriodStart: string;
  quantity: number;
  co2eKg: number;
  /**
   * Figures counted once over the window: those starting in this month, plus, in the window's first
   * month, those that started before it. Summed over a key's months it gives its distinct figures.
   */
  figureCount: number;
}

/** The window's bounds as SQL parameters; `lowerBound` is the earliest start of a figure reaching into it. */
export interface FigureWindow {
  runId: string;
  start: string;
  end: string;
  lowerBound: string;
}

// Used only for a small year's per-figure rows. The filter stays on the (run_id, period_start)
// index, named because the planner otherwise picks the (run_id, scope) index and reads the whole
// run; the lower bound comes from the rollups.
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

// In primary-key order (the table's own order, so no sort), which the inputs hash relies on.
// The rollup's key columns hold '' / 0 / -1 for "none" (see db/schema/rollups.ts): back to NULL here.
const GROUPS_SQL = (where: string | undefined) => `SELECT site_id AS siteId, activity_id AS activityId, role, scope, nullif(scope3_category, 0) AS scope3Category,
    method, nullif(market_step, '') AS marketStep, nullif(market_source_id, '') AS marketSourceId, quantity_unit AS quantityUnit,
    nullif(factor_set_id, '') AS factorSetId, nullif(factor_id, -1) AS factorId, nullif(factor_row_number, -1) AS factorRowNumber, factor_value AS factorValue,
    factor_unit AS factorUnit, nullif(factor_year, -1) AS factorYear, month, min_period_start AS firstPeriodStart, quantity, co2e_kg AS co2eKg,
    starting_count + CASE WHEN month = @firstMonth THEN figure_count - starting_count ELSE 0 END AS figureCount
  FROM factor_rollups WHERE run_id = @runId AND month BETWEEN @firstMonth AND @lastMonth${where ? ` AND (${where})` : ''}
  ORDER BY month, site_id, activity_id, scope, scope3_category, role, method, market_step, market_source_id, factor_set_id, factor_id, factor_row_number,
    factor_value, factor_unit, factor_year, quantity_unit`;

type GroupRow = Omit<FigureGroup, 'siteName' | 'activityLabel' | 'activityCategory' | 'activityFamily' | 'factorExternalId'>;

/** Optional SQL condition on the rollup's columns (with its named parameters), e.g. only energy figures. */
export interface FigureFilter {
  where?: string;
  args?: Record<string, unknown>;
}

/** The first and last 'YYYY-MM' of a window (reporting years are whole months). */
function monthsOf(window: { start: string; end: string }): { firstMonth: string; lastMonth: string } {
  return { firstMonth: window.start.slice(0, 7), lastMonth: window.end.slice(0, 7) };
}

/**
 * The window's figures summed per site, activity, part, method, factor row and calendar month,
 * optionally only those matching `filter`, read from factor_rollups in primary-key order.
 */
export function loadFigureGroups(db: WorkspaceDb, window: FigureWindow, siteNames: ReadonlyMap<string, string>, filter: FigureFilter = {}): FigureGroup[] {
  const rows = db.$client.prepare(GROUPS_SQL(filter.where)).all({ ...filter.args, runId: window.runId, ...monthsOf(window) }) as GroupRow[];
  const externalIds = factorExternalIds(db, rows);
  return rows.map((row) => ({ ...withNames(row, siteNames), factorExternalId: row.factorId === null ? null : (externalIds.get(row.factorId) ?? null) }));
}

/** A row with its site's name and its activity's words, as the report tables show them. */
export function withNames<T extends { siteId: string; activityId: string }>(
  row: T,
  siteNames: ReadonlyMap<string, string>,
): T & { siteName: string; activityLabel: string; activityCategory: string; activityFamily: string | null } {
  const activity = findActivity(row.activityId);
  return {
    ...row,
    siteName: siteNames.get(row.siteId) ?? 'Deleted site',
    activityLabel: activity?.label ?? row.activityId,
    activityCategory: activity?.category ?? 'Other',
    activityFamily: activity?.family ?? null,
  };
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
 * Stands for the set of the window's figures in the inputs hash, without reading them: the number
 * of figure parts in the window's rollup cells and the largest figure id ever added to them.
 * Figures are only ever inserted or deleted and ids (AUTOINCREMENT) are never reused, so any insert
 * touching the window raises the largest id and any delete alone lowers the count.
 */
export function windowFiguresStamp(db: WorkspaceDb, window: FigureWindow): string {
  const row = db.$client
    .prepare('SELECT coalesce(sum(figure_count), 0) AS parts, coalesce(max(max_figure_id), 0) AS maxId FROM factor_rollups WHERE run_id = @runId AND month BETWEEN @firstMonth AND @lastMonth')
    .get({ runId: window.runId, ...monthsOf(window) }) as { parts: number; maxId: number };
  return `${row.parts}:${row.maxId}`;
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
