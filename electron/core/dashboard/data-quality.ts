import type { DashboardSummary } from '../../../shared/domain/dashboard';
import type { WorkspaceDb } from '../db/connection';
import { findActivity } from '../emissions/catalogue';
import { IN_WINDOW, type YearWindow } from './rollup-sql';
import type { YearAggregate } from './year-aggregate';

type DataQuality = DashboardSummary['dataQuality'];

/**
 * What the year's figures are made of, shown rather than hidden: estimated readings, proxies and
 * spend-based figures, factor sets nobody has verified, and months with no data for a meter or a
 * regular source. `currentMonth` ('YYYY-MM') keeps months still to come from counting as missing.
 */
export function dataQualityOf(db: WorkspaceDb, runId: string, window: YearWindow, agg: YearAggregate, siteNames: ReadonlyMap<string, string>, currentMonth: string): DataQuality {
  const unverified = db.$client.prepare('SELECT id, title FROM factor_sets WHERE verified = 0').all() as { id: string; title: string }[];
  const unverifiedFactorSets = unverified
    .flatMap((set) => {
      const amount = agg.byFactorSet.get(set.id);
      return amount ? [{ setId: set.id, title: set.title, ...amount }] : [];
    })
    .sort((a, b) => b.co2eKg - a.co2eKg);
  return {
    estimated: agg.estimated,
    proxy: agg.proxy,
    spend: agg.spend,
    unverifiedFactorSets,
    missingMonths: missingMonthsOf(db, runId, window, siteNames, currentMonth),
  };
}

/**
 * A series is a meter (or, without one, a site's activity). Only meters and series seen in at least
 * two months are checked: a one-off flight or purchase is not a gap in anything. SQLite lists each
 * series' months and sources, so only the series come back, not one row per meter-month.
 */
function missingMonthsOf(db: WorkspaceDb, runId: string, window: YearWindow, siteNames: ReadonlyMap<string, string>, currentMonth: string): DataQuality['missingMonths'] {
  const rows = db.$client
    .prepare(
      `SELECT site_id, activity_id, meter, group_concat(DISTINCT month) AS months, group_concat(DISTINCT source) AS sources
       FROM meter_months WHERE ${IN_WINDOW} GROUP BY site_id, activity_id, meter`,
    )
    .raw()
    .all(runId, window.firstMonth, window.lastMonth) as [string, string, string, string, string][];
  const expected = window.months.filter((m) => m <= currentMonth);
  const result: DataQuality['missingMonths'] = [];
  for (const [siteId, activityId, meter, monthList, sourceList] of rows) {
    const months = new Set(monthList.split(','));
    if (meter === '' && months.size < 2) continue;
    const missing = expected.filter((m) => !months.has(m));
    if (missing.length === 0) continue;
    result.push({
      siteId,
      siteName: siteNames.get(siteId) ?? 'A deleted site',
      activityId,
      activityLabel: findActivity(activityId)?.label ?? activityId,
      meter: meter || null,
      sources: sourceList.split(',').filter((s) => s !== '').sort(),
      missing,
    });
  }
  return result.sort((a, b) => b.missing.length - a.missing.length || a.siteName.localeCompare(b.siteName) || a.activityLabel.localeCompare(b.activityLabel));
}
