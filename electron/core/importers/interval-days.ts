import { isoUtc, ukDateOfInstant, ukDayBounds } from './profiles/uk-time';
import type { IntervalDraft } from './profiles/types';

// Interval readings collected straight into one bucket per meter and UK day (the unit they are
// stored and summed in), with a slot per interval: no object or string per reading, and a repeat
// of a meter's half-hour is simply a slot that is already filled.

export interface IntervalDay {
  siteId: string;
  meter: string;
  activityId: string;
  /** UK calendar day, YYYY-MM-DD. */
  day: string;
  dayStartMs: number;
  dayEndMs: number;
  intervalMinutes: number;
  /** kWh per slot; NaN where the file had no reading. */
  valuesKwh: Float64Array;
  /** The file row each slot came from (0 = none), to name the earlier row of a repeat. */
  rows: Int32Array;
  readings: number;
  energyKwh: number;
  /** The first row that gave a reading for this day: the row the day's record is reported under. */
  firstRow: number;
}

export interface IntervalReading {
  siteId: string;
  activityId: string;
  meter: string;
  minutes: number;
  energyKwh: number;
}

export type AddResult = { ok: true } | { ok: false; reason: string };

const ADDED: AddResult = { ok: true };

interface MeterDays {
  name: string;
  last: IntervalDay | null;
  byStart: Map<number, IntervalDay>;
}

// Days' slots are cut from shared slabs: a year of 57 meters is 20,000 days, and two typed arrays
// of their own each would be 40,000 small buffers allocated and later swept one by one.
const SLAB_SLOTS = 65_536;

export class IntervalDays {
  private readonly meters = new Map<string, MeterDays>();
  private readonly ordered: IntervalDay[] = [];
  private total = 0;
  /** The meter of the previous reading: a file runs a meter at a time, so usually this one's too. */
  private lastMeter: MeterDays | null = null;
  private valuesSlab = new Float64Array(0);
  private rowsSlab = new Int32Array(0);
  private slabUsed = 0;

  /** Number of readings accepted. */
  get size(): number {
    return this.total;
  }

  days(): readonly IntervalDay[] {
    return this.ordered;
  }

  add(rowNumber: number, reading: IntervalReading, startMs: number): AddResult {
    let meter = this.lastMeter !== null && this.lastMeter.name === reading.meter ? this.lastMeter : this.meters.get(reading.meter);
    if (!meter) {
      // A copy of the name (exact for any string): a cell is a slice of the text it was parsed
      // from, and a day kept for the whole import would keep that piece of the file alive with it.
      meter = { name: JSON.parse(JSON.stringify(reading.meter)) as string, last: null, byStart: new Map() };
      this.meters.set(meter.name, meter);
    }
    this.lastMeter = meter;
    // Files run in time order, so the day of the previous reading almost always holds this one.
    let day = meter.last;
    if (!day || startMs < day.dayStartMs || startMs >= day.dayEndMs) {
      day = this.dayOf(meter, reading, startMs);
      meter.last = day;
    }
    if (day.siteId !== reading.siteId || day.activityId !== reading.activityId) {
      return { ok: false, reason: `meter ${reading.meter} is already given for another site or fuel on row ${day.firstRow}; one meter measures one supply` };
    }
    if (day.intervalMinutes !== reading.minutes) {
      return { ok: false, reason: `a ${reading.minutes}-minute reading where meter ${reading.meter}'s other readings on ${day.day} are ${day.intervalMinutes}-minute` };
    }
    const intervalMs = reading.minutes * 60_000;
    const offsetMs = startMs - day.dayStartMs;
    const slot = offsetMs / intervalMs;
    if (!Number.isInteger(slot)) return { ok: false, reason: `${isoUtc(startMs)} (UTC) does not start on a ${reading.minutes}-minute boundary` };
    const earlier = day.rows[slot] ?? 0;
    if (earlier !== 0) {
      return { ok: false, reason: `a second reading for meter ${reading.meter} at ${isoUtc(startMs)} (UTC), already given on row ${earlier}: it is not counted twice` };
    }
    day.rows[slot] = rowNumber;
    day.valuesKwh[slot] = reading.energyKwh;
    day.readings++;
    day.energyKwh += reading.energyKwh;
    if (day.readings === 1) day.firstRow = rowNumber;
    this.total++;
    return ADDED;
  }

  private dayOf(meter: MeterDays, reading: IntervalReading, startMs: number): IntervalDay {
    const date = ukDateOfInstant(startMs);
    const bounds = ukDayBounds(date);
    const known = meter.byStart.get(bounds.startMs);
    if (known) return known;
    const slots = Math.max(1, Math.round((bounds.endMs - bounds.startMs) / (reading.minutes * 60_000)));
    if (this.slabUsed + slots > this.valuesSlab.length) {
      this.valuesSlab = new Float64Array(Math.max(SLAB_SLOTS, slots)).fill(Number.NaN);
      this.rowsSlab = new Int32Array(this.valuesSlab.length);
      this.slabUsed = 0;
    }
    const at = this.slabUsed;
    this.slabUsed += slots;
    const day: IntervalDay = {
      siteId: reading.siteId, meter: meter.name, activityId: reading.activityId, day: date, dayStartMs: bounds.startMs, dayEndMs: bounds.endMs,
      intervalMinutes: reading.minutes, valuesKwh: this.valuesSlab.subarray(at, at + slots), rows: this.rowsSlab.subarray(at, at + slots), readings: 0, energyKwh: 0, firstRow: 0,
    };
    meter.byStart.set(bounds.startMs, day);
    this.ordered.push(day);
    return day;
  }

  /** Every reading as its own interval, in file order (rows, then time): for tests and previews, not the hot path. */
  readings(): IntervalDraft[] {
    const out: IntervalDraft[] = [];
    for (const day of this.ordered) {
      day.rows.forEach((rowNumber, slot) => {
        if (rowNumber === 0) return;
        out.push({
          rowNumber, siteId: day.siteId, activityId: day.activityId, meter: day.meter,
          startUtc: isoUtc(day.dayStartMs + slot * day.intervalMinutes * 60_000), minutes: day.intervalMinutes, energyKwh: day.valuesKwh[slot] ?? 0,
        });
      });
    }
    return out.sort((a, b) => a.rowNumber - b.rowNumber || (a.startUtc < b.startUtc ? -1 : a.startUtc > b.startUtc ? 1 : 0));
  }
}
