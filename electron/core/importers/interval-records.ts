import type { WorkspaceDb } from '../db/connection';
import type { IntervalDay } from './interval-days';
import type { ExistingRecord } from './overlaps';
import type { RecordDraft } from './profiles/types';

// Interval readings become activity records per meter and UK calendar month: a year of
// half-hourly data for 57 meters is ~700 records (and ~3,500 emission figures) instead of 20,000
// daily ones, which an accountant can actually read down, and which the engine and reports
// (monthly and yearly) lose nothing by. The day stays the unit of everything else: the readings
// are stored per meter and day (interval_days), and a re-imported or overlapping export is
// compared day by day, so downloading "the last three months" again skips the days already
// there and adds only the new ones. A record covers consecutive days only, so its period never
// claims a day it does not hold.

/** One draft per meter and UK day with readings (what overlap checks compare, before grouping), with its day. */
export function dayDraftsOf(days: readonly IntervalDay[]): Map<RecordDraft, IntervalDay> {
  const drafts = new Map<RecordDraft, IntervalDay>();
  for (const d of days) if (d.readings > 0) drafts.set(dayDraft(d.siteId, d.activityId, d.meter, d.day, d.energyKwh, d.firstRow), d);
  return drafts;
}

function dayDraft(siteId: string, activityId: string, meter: string, day: string, energyKwh: number, rowNumber: number): RecordDraft {
  return {
    rowNumber, siteId, activityId, periodStart: day, periodEnd: day, quantity: energyKwh, unit: 'kWh', options: null,
    description: `Meter ${meter}: interval readings for ${day}`, dataQuality: 'metered', meter, sourceRef: null, estimated: false,
  };
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Days from start to end inclusive (YYYY-MM-DD). */
export function daysInPeriod(periodStart: string, periodEnd: string): number {
  return dayNumber(periodEnd) - dayNumber(periodStart) + 1;
}

/**
 * Day drafts being written → records: per site, fuel, meter and calendar month, one for each run
 * of consecutive days. Quantities are the days' totals added in date order.
 */
export function monthRecordsOf(dayDrafts: readonly RecordDraft[]): RecordDraft[] {
  const sorted = [...dayDrafts].sort(
    (a, b) => cmp(a.siteId, b.siteId) || cmp(a.activityId, b.activityId) || cmp(a.meter ?? '', b.meter ?? '') || cmp(a.periodStart, b.periodStart),
  );
  const records: RecordDraft[] = [];
  let run: RecordDraft[] = [];
  const close = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) return;
    const quantity = run.reduce((sum, d) => sum + d.quantity, 0);
    const rowNumber = run.reduce((min, d) => Math.min(min, d.rowNumber), first.rowNumber);
    const meter = first.meter ?? '';
    const description = run.length === 1 ? `Meter ${meter}: interval readings for ${first.periodStart}` : `Meter ${meter}: interval readings for ${first.periodStart} to ${last.periodEnd} (${run.length} days)`;
    records.push({ ...first, rowNumber, periodEnd: last.periodEnd, quantity, description });
    run = [];
  };
  for (const d of sorted) {
    const prev = run[run.length - 1];
    const continues =
      prev !== undefined && prev.siteId === d.siteId && prev.activityId === d.activityId && prev.meter === d.meter &&
      prev.periodStart.slice(0, 7) === d.periodStart.slice(0, 7) && dayNumber(d.periodStart) === dayNumber(prev.periodStart) + 1;
    if (!continues) close();
    run.push(d);
  }
  close();
  return records;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface StoredDay {
  day: string;
  energyKwh: number;
}

function storedDaysOf(db: WorkspaceDb) {
  const select = db.$client.prepare<[string, string, string, string, string, string], StoredDay>(
    `SELECT day, energy_kwh AS energyKwh FROM interval_days
     WHERE meter = ? AND day BETWEEN ? AND ? AND import_id = ? AND site_id = ? AND activity_id = ? ORDER BY day`,
  );
  return (r: ExistingRecord): StoredDay[] =>
    r.importId && r.meter ? select.all(r.meter, r.periodStart, r.periodEnd, r.importId, r.siteId, r.activityId) : [];
}

/**
 * Stored records as day drafts should see them: a record of imported interval readings becomes
 * its days (same id, each day's own kWh), so a day of a new file is a duplicate of the stored day
 * or a conflict with it, not with the whole month. A record its import's stored days do not
 * account for exactly (a bill, a manual entry, days kept by "keep both") stays whole.
 */
export function existingByDay(db: WorkspaceDb, existing: readonly ExistingRecord[]): ExistingRecord[] {
  const storedDays = storedDaysOf(db);
  return existing.flatMap((r) => {
    if (r.periodStart === r.periodEnd || r.unit !== 'kWh') return [r];
    const days = storedDays(r);
    if (days.length !== daysInPeriod(r.periodStart, r.periodEnd)) return [r];
    const totalKwh = days.reduce((sum, d) => sum + d.energyKwh, 0);
    if (Math.abs(totalKwh - r.quantity) > 1e-9 * Math.max(1, Math.abs(r.quantity))) return [r];
    return days.map((d) => ({ ...r, periodStart: d.day, periodEnd: d.day, quantity: d.energyKwh }));
  });
}

/**
 * After "replace" removed stored records and the new file's days took their readings' place: the
 * days of those records the file did not replace, as records again of the import they came from.
 * Call after the replaced days' readings were deleted.
 */
export function keptDaysOf(db: WorkspaceDb, removed: readonly ExistingRecord[]): { importId: string; records: RecordDraft[] }[] {
  const storedDays = storedDaysOf(db);
  return removed.flatMap((r) => {
    const days = storedDays(r);
    if (!r.importId || days.length === 0) return [];
    const drafts = days.map((d) => dayDraft(r.siteId, r.activityId, r.meter ?? '', d.day, d.energyKwh, 0));
    return [{ importId: r.importId, records: monthRecordsOf(drafts) }];
  });
}
