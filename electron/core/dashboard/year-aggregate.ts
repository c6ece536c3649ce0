import type { ScopeTotals } from '../../../shared/domain/dashboard';
import type { WorkspaceDb } from '../db/connection';
import { IN_WINDOW, LOCATION_BASIS, SCOPE_SUMS, pickTotals, type YearWindow } from './rollup-sql';

/** Location-basis amount and distinct figure count. */
export interface Amount {
  co2eKg: number;
  figureCount: number;
}

export interface YearAggregate {
  totals: ScopeTotals;
  figureCount: number;
  byMonth: Map<string, ScopeTotals>;
  bySite: Map<string, ScopeTotals>;
  /** Keyed `source|importId`. */
  bySource: Map<string, ScopeTotals>;
  /** Keyed `scope|scope3Category` (0 for none). */
  byCategory: Map<string, ScopeTotals>;
  byActivity: Map<string, ScopeTotals>;
  estimated: Amount;
  proxy: Amount;
  spend: Amount;
  byFactorSet: Map<string, Amount>;
}

// A figure counts once in a window: in the month it starts, or in the window's first month when it
// began earlier and reaches into it.
const FIGURES = (firstMonthParam: string) => `coalesce(sum(CASE WHEN month = ${firstMonthParam} THEN figure_count ELSE starting_count END), 0)`;

/**
 * Every sum the dashboard shows for one reporting year, each a GROUP BY in SQLite over the year's
 * rollup rows (read straight from the WITHOUT ROWID primary key, in (run, month) order).
 */
export function aggregateYear(db: WorkspaceDb, runId: string, window: YearWindow): YearAggregate {
  const args = [runId, window.firstMonth, window.lastMonth];
  const grouped = (column: string, groupBy: string): Map<string, ScopeTotals> => {
    const rows = db.$client.prepare(`SELECT ${column} AS k, ${SCOPE_SUMS} FROM figure_rollups WHERE ${IN_WINDOW} GROUP BY ${groupBy}`).all(...args) as (ScopeTotals & { k: string })[];
    return new Map(rows.map(({ k, ...totals }) => [String(k), totals]));
  };
  const head = db.$client
    .prepare(
      `SELECT ${SCOPE_SUMS}, ${FIGURES('?')} AS figureCount,
         coalesce(sum(CASE WHEN estimated = 1 AND ${LOCATION_BASIS} THEN co2e_kg END), 0) AS estimatedKg,
         coalesce(sum(CASE WHEN estimated = 1 AND ${LOCATION_BASIS} THEN (CASE WHEN month = ? THEN figure_count ELSE starting_count END) END), 0) AS estimatedN,
         coalesce(sum(CASE WHEN data_quality = 'proxy' AND ${LOCATION_BASIS} THEN co2e_kg END), 0) AS proxyKg,
         coalesce(sum(CASE WHEN data_quality = 'proxy' AND ${LOCATION_BASIS} THEN (CASE WHEN month = ? THEN figure_count ELSE starting_count END) END), 0) AS proxyN,
         coalesce(sum(CASE WHEN data_quality = 'spend' AND ${LOCATION_BASIS} THEN co2e_kg END), 0) AS spendKg,
         coalesce(sum(CASE WHEN data_quality = 'spend' AND ${LOCATION_BASIS} THEN (CASE WHEN month = ? THEN figure_count ELSE starting_count END) END), 0) AS spendN
       FROM figure_rollups WHERE ${IN_WINDOW}`,
    )
    .get(window.firstMonth, window.firstMonth, window.firstMonth, window.firstMonth, ...args) as ScopeTotals & {
    figureCount: number; estimatedKg: number; estimatedN: number; proxyKg: number; proxyN: number; spendKg: number; spendN: number;
  };
  const sets = db.$client
    .prepare(
      `SELECT factor_set_id AS setId, sum(co2e_kg) AS co2eKg, ${FIGURES('?')} AS figureCount FROM figure_rollups
       WHERE ${IN_WINDOW} AND ${LOCATION_BASIS} AND factor_set_id != '' GROUP BY factor_set_id`,
    )
    .all(window.firstMonth, ...args) as (Amount & { setId: string })[];
  return {
    totals: pickTotals(head),
    figureCount: head.figureCount,
    byMonth: grouped('month', 'month'),
    bySite: grouped('site_id', 'site_id'),
    bySource: grouped(`source || '|' || import_id`, 'source, import_id'),
    byCategory: grouped(`scope || '|' || scope3_category`, 'scope, scope3_category'),
    byActivity: grouped('activity_id', 'activity_id'),
    estimated: { co2eKg: head.estimatedKg, figureCount: head.estimatedN },
    proxy: { co2eKg: head.proxyKg, figureCount: head.proxyN },
    spend: { co2eKg: head.spendKg, figureCount: head.spendN },
    byFactorSet: new Map(sets.map(({ setId, ...amount }) => [setId, amount])),
  };
}
