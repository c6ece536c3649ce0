// Shared by the half-hourly profiles: which columns hold energy (and which only look like it),
// gas volume → kWh, and a sink that refuses a second reading for the same meter and half hour
// (the database keeps one reading per meter and start, so a repeat would be summed into the
// day's total but stored once).

import { convert } from '../../emissions/units';
import type { TableRow } from '../csv-table';
import type { IntervalReading } from '../interval-days';
import { findHeader } from './profile-kit';
import type { ImportContext, ProfileResult } from './types';
import { formatClock, halfHoursInUkDay, ukLocalToUtc } from './uk-time';

/**
 * Options a caller may add to the import context (ImportContext itself has no room for them yet):
 * `gasCalorificValueMjPerM3` (printed on gas bills, about 38–40) converts smart gas meters that
 * count m³ into kWh; `meterFuel` says a kWh file is a gas meter's.
 */
export function calorificValueOf(context: ImportContext): number | null {
  const cv = context.gasCalorificValueMjPerM3;
  return typeof cv === 'number' && cv > 0 && cv < 100 ? cv : null;
}

export function meterFuelOf(context: ImportContext): 'electricity' | 'gas' | null {
  return context.meterFuel;
}

export const NEEDS_CALORIFIC_VALUE =
  'this meter counts gas in m³; half-hourly readings are stored in kWh, so give the calorific value (MJ/m³, printed on your gas bill, about 39) to convert them';

/** m³ × 1.02264 × CV ÷ 3.6, the formula on every UK gas bill (units.ts holds the constants). */
export function gasM3ToKwh(m3: number, calorificValue: number): number {
  return convert(m3, 'm3', 'kWh', { gasCalorificValueMjPerM3: calorificValue });
}

export interface EnergyColumns {
  kwh: number;
  m3: number;
  /** Power (kW, kVA): a rate, never energy; summing half-hourly kW as kWh doubles the total. */
  demand: number[];
  /** Reactive energy (kVArh): not consumption. */
  reactive: number[];
}

const isKwh = (raw: string) => /(^|[^a-z])kwh([^a-z]|$)/.test(raw) && !raw.includes('kvarh');
const isM3 = (raw: string) => /(^|[^a-z])(m3|m³|cubic met)/.test(raw);
const isDemand = (raw: string) => /(^|[^a-z])(kw|kva|mw)([^a-z]|$)/.test(raw) || /\bdemand\b/.test(raw);
const isReactive = (raw: string) => /kvarh|kvar\b|reactive/.test(raw);

export function findEnergyColumns(header: readonly string[]): EnergyColumns {
  const demand: number[] = [];
  const reactive: number[] = [];
  header.forEach((h, i) => {
    const raw = h.toLowerCase();
    if (isReactive(raw)) reactive.push(i);
    else if (!isKwh(raw) && isDemand(raw)) demand.push(i);
  });
  return { kwh: findHeader(header, (raw) => isKwh(raw)), m3: findHeader(header, (raw) => isM3(raw) && !isKwh(raw)), demand, reactive };
}

export function demandWarning(header: readonly string[], columns: EnergyColumns): string[] {
  const names = [...columns.demand, ...columns.reactive].map((i) => `"${header[i] ?? ''}"`);
  return names.length === 0 ? [] : [`Ignored ${names.join(', ')}: demand (kW, kVA) and reactive (kVArh) columns are not energy used, so they are never added up as kWh.`];
}

/** The meter name used when a file does not say which meter it is (kept per site: meters are unique across the workspace). */
export function unnamedMeter(siteLabel: string, fuel: 'electricity' | 'gas', source: string): string {
  return `${siteLabel} ${fuel} (${source})`;
}

/** Hands readings to the result's per-day collector and turns a refused reading into a row reject. */
export class IntervalSink {
  constructor(private readonly result: ProfileResult) {}

  add(row: TableRow, column: string | null, reading: IntervalReading, startMs: number): boolean {
    const added = this.result.intervals.add(row.rowNumber, reading, startMs);
    if (!added.ok) this.result.rejects.push({ rowNumber: row.rowNumber, column, reason: added.reason });
    return added.ok;
  }

  /** Days with fewer (or more) half-hours than the UK day had: usually the first and last day of an export, but worth saying. */
  incompleteDays(): string[] {
    const partial = this.result.intervals.days().filter((d) => d.intervalMinutes === 30 && d.readings !== halfHoursInUkDay(d.day));
    if (partial.length === 0) return [];
    const shown = partial.slice(0, 5).map((d) => `${d.day} (meter ${d.meter}): ${d.readings} of ${halfHoursInUkDay(d.day)}`);
    const more = partial.length > 5 ? `, and ${partial.length - 5} more day(s)` : '';
    return [`Some days do not have every half-hour, so their daily totals are partial: ${shown.join('; ')}${more}.`];
  }
}

export type Resolved = { ok: true; ms: number } | { ok: false; reason: string };

/**
 * UK wall-clock labels → instants. A label the autumn night repeats (01:00, 01:30) is resolved by
 * the order the readings come in: the first is BST, the second GMT (reversed for a newest-first
 * file); a label the spring night skipped is refused.
 */
export class LocalTimeResolver {
  private readonly occurrences = new Map<string, number>();
  /** Set once a repeated autumn label was resolved by the order of the readings. */
  orderMattered = false;

  constructor(private readonly newestFirst = false) {}

  resolve(meter: string, date: string, minutes: number): Resolved {
    const candidates = ukLocalToUtc(date, minutes);
    const label = `${date} ${formatClock(minutes)}`;
    if (candidates.length === 0) return { ok: false, reason: `${label} did not happen in the UK: the clocks went forward an hour that night` };
    if (candidates.length === 1) return { ok: true, ms: candidates[0] ?? 0 };
    this.orderMattered = true;
    const key = `${meter}|${date}|${minutes}`;
    const n = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, n + 1);
    const ordered = this.newestFirst ? [...candidates].reverse() : candidates;
    const ms = ordered[n];
    return ms === undefined ? { ok: false, reason: `${label} happened twice that night (the clocks went back), and this is a third reading for it` } : { ok: true, ms };
  }
}
