import type { WorkspaceDb } from '../db/connection';
import type { IntervalDay } from './interval-days';
import { isoUtc } from './profiles/uk-time';

// Interval readings are stored as UTC intervals packed per meter and UK day (interval_days); the
// activity records made of them are per meter and month (interval-records.ts).

/**
 * Bulk path, in the caller's transaction: only the days being written (a day skipped as a
 * duplicate or by the user's choice keeps its earlier readings). On "replace" the meter's stored
 * day (packed or from before packing) gives way; otherwise a stored day is kept and the file's
 * readings of that day are not stored twice. Returns how many readings were stored.
 */
export function insertIntervalDays(db: WorkspaceDb, days: readonly IntervalDay[], writtenDays: ReadonlySet<IntervalDay>, importId: string, replace: boolean): number {
  const removeDay = db.$client.prepare('DELETE FROM interval_days WHERE meter = ? AND day = ?');
  const removeLegacy = db.$client.prepare('DELETE FROM interval_readings WHERE meter = ? AND start_utc >= ? AND start_utc < ?');
  const insert = db.$client.prepare(
    `INSERT INTO interval_days (import_id, site_id, meter, activity_id, day, start_utc, interval_minutes, slots, readings, energy_kwh, values_kwh)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meter, day) DO NOTHING`,
  );
  let stored = 0;
  for (const d of days) {
    if (d.readings === 0 || !writtenDays.has(d)) continue;
    const startUtc = isoUtc(d.dayStartMs);
    if (replace) {
      removeDay.run(d.meter, d.day);
      removeLegacy.run(d.meter, startUtc, isoUtc(d.dayEndMs));
    }
    const values = Buffer.from(d.valuesKwh.buffer, d.valuesKwh.byteOffset, d.valuesKwh.byteLength);
    const changes = insert.run(importId, d.siteId, d.meter, d.activityId, d.day, startUtc, d.intervalMinutes, d.valuesKwh.length, d.readings, d.energyKwh, values).changes;
    if (changes > 0) stored += d.readings;
  }
  return stored;
}
