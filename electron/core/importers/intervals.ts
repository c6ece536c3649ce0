import type { WorkspaceDb } from '../db/connection';
import type { IntervalDraft, RecordDraft } from './profiles/types';

// Interval readings are stored as UTC instants; each meter's day (in UK local time, so a
// clock-change day has 46 or 50 half-hours) also becomes one activity record, the unit the
// emissions engine and reports work in.

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const dateOfHour = new Map<string, string>();

/** The UK calendar date of a UTC instant (cached per UTC hour: offsets change on the hour). */
export function ukLocalDate(startUtc: string): string {
  const hour = startUtc.slice(0, 13);
  let date = dateOfHour.get(hour);
  if (!date) {
    if (dateOfHour.size > 200_000) dateOfHour.clear();
    date = londonDate.format(new Date(`${hour}:00:00Z`));
    dateOfHour.set(hour, date);
  }
  return date;
}

export function dailyRecordsFromIntervals(intervals: readonly IntervalDraft[]): RecordDraft[] {
  const days = new Map<string, RecordDraft>();
  for (const reading of intervals) {
    const day = ukLocalDate(reading.startUtc);
    const key = dayKeyOf(reading, day);
    const record = days.get(key);
    if (record) record.quantity += reading.energyKwh;
    else {
      days.set(key, {
        rowNumber: reading.rowNumber,
        siteId: reading.siteId,
        activityId: reading.activityId,
        periodStart: day,
        periodEnd: day,
        quantity: reading.energyKwh,
        unit: 'kWh',
        options: null,
        description: `Meter ${reading.meter}: interval readings for ${day}`,
        dataQuality: 'metered',
        meter: reading.meter,
        sourceRef: null,
        estimated: false,
      });
    }
  }
  return [...days.values()];
}

export function dayKeyOf(r: { siteId: string; meter: string | null; activityId: string }, day: string): string {
  return `${r.siteId}|${r.meter ?? ''}|${r.activityId}|${day}`;
}

/**
 * Bulk path, in the caller's transaction: only the readings of days being written (a day skipped
 * as a duplicate or by the user's choice keeps its earlier readings). Returns how many were stored.
 */
export function insertIntervals(db: WorkspaceDb, intervals: readonly IntervalDraft[], writtenDays: ReadonlySet<string>, importId: string, replace: boolean): number {
  const remove = db.$client.prepare('DELETE FROM interval_readings WHERE meter = ? AND start_utc = ?');
  const insert = db.$client.prepare(
    'INSERT INTO interval_readings (import_id, site_id, meter, start_utc, minutes, energy_kwh) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (meter, start_utc) DO NOTHING',
  );
  let stored = 0;
  for (const r of intervals) {
    if (!writtenDays.has(dayKeyOf(r, ukLocalDate(r.startUtc)))) continue;
    if (replace) remove.run(r.meter, r.startUtc);
    stored += insert.run(importId, r.siteId, r.meter, r.startUtc, r.minutes, r.energyKwh).changes;
  }
  return stored;
}
