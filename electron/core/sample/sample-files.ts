import { addDays, halfHoursInUkDay, londonOffsetMinutes, periodStartUtc } from '../importers/profiles/uk-time';
import { roundTo, type Prng } from './prng';

// The files the sample company "exported" from its data collector and its fuel card provider.
// They go through the real import pipeline, so the sample shows imports with their evidence (the
// file's bytes are kept) exactly as a real upload would.

const DAY_MS = 86_400_000;
const HALF_HOUR_MS = 1_800_000;

/** The meter id printed in the sample's half-hourly file: obviously not a real MPAN. */
export const SAMPLE_HH_METER = 'SAMPLE-WORKSHOP-01';

export interface HhShape {
  /** kWh per half-hour the workshop draws with everything off (compressor, fridges, security lights). */
  baseKwh: number;
  /** Extra kWh per half-hour while the machines run on a weekday. */
  workingKwh: number;
  /** From this date on the lighting uses less (the LED upgrade): the working load falls by `ledSavingFraction`. */
  ledFrom: string | null;
  ledSavingFraction: number;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Closed between Christmas Eve and New Year's Day, as a small joinery is. */
function isShutdown(date: string): boolean {
  const md = date.slice(5);
  return md >= '12-24' || md === '01-01';
}

/** Winter needs more light and the electric heaters in the finishing shop: up to +25 % in January. */
function seasonFactor(date: string): number {
  const month = Number(date.slice(5, 7));
  return 1 + 0.125 * (1 + Math.cos(((month - 1) / 12) * 2 * Math.PI));
}

/** Share of the working load in use at a local clock time on a working day (0 = shut, 1 = full). */
function workingShare(localMinutes: number, dayOfWeek: number): number {
  if (dayOfWeek === 0) return 0;
  if (dayOfWeek === 6) return localMinutes >= 8 * 60 && localMinutes < 12 * 60 ? 0.45 : 0;
  if (localMinutes < 7 * 60 || localMinutes >= 17 * 60) return 0;
  if (localMinutes < 7 * 60 + 30) return 0.5; // machines warming up, lights on
  if (localMinutes >= 12 * 60 && localMinutes < 12 * 60 + 30) return 0.35; // lunch
  if (localMinutes >= 16 * 60 + 30) return 0.4; // clearing up
  return dayOfWeek === 5 ? 0.8 : 1; // Friday afternoons are lighter
}

/**
 * A year of half-hourly readings in the common "settlement period" layout: one row per
 * half-hour, numbered from 1 each UK day, so the spring clock change has 46 periods and the
 * autumn one 50. The shape follows local time: busy weekdays 07:00–17:00, Saturday mornings,
 * quiet nights and Sundays, a Christmas shutdown, more load in winter.
 */
export function halfHourlyCsv(year: number, shape: HhShape, prng: Prng): string {
  const lines = ['Meter ID,Settlement Date,Settlement Period,Consumption (kWh)'];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    const periods = halfHoursInUkDay(date);
    const season = seasonFactor(date);
    const shut = isShutdown(date);
    const led = shape.ledFrom !== null && date >= shape.ledFrom ? 1 - shape.ledSavingFraction : 1;
    // One multiplier per day (orders, weather), so days differ but each day is smooth.
    const busy = prng.between(0.85, 1.12);
    const dayStartMs = periodStartUtc(date, 1);
    const dayOfWeek = new Date(`${date}T00:00:00Z`).getUTCDay();
    // The offset only changes within the two clock-change days: look it up per half-hour only there.
    const dayOffset = periods === 48 ? londonOffsetMinutes(dayStartMs) : null;
    for (let period = 1; period <= periods; period++) {
      const startMs = dayStartMs + (period - 1) * HALF_HOUR_MS;
      const localMs = startMs + (dayOffset ?? londonOffsetMinutes(startMs)) * 60_000;
      const localMinutes = Math.round((localMs % DAY_MS) / 60_000);
      const share = shut ? 0 : workingShare(localMinutes, dayOfWeek);
      const kwh = shape.baseKwh * prng.between(0.9, 1.1) + shape.workingKwh * share * season * busy * led * prng.between(0.93, 1.07);
      lines.push(`${SAMPLE_HH_METER},${date},${period},${roundTo(kwh, 3).toFixed(3)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface SampleVan {
  registration: string;
  /** Typical litres per working week. */
  litresPerWeek: number;
}

const STATIONS = ['Ring Road Services', 'Canal Street Garage', 'Moor Lane Filling Station', 'Motorway Services J27'];
const DIESEL_GBP_PER_LITRE_NET = 1.21;

/**
 * A year of fuel card transactions (one row per fill) in the layout UK fuel card providers export:
 * each van fills up roughly every week or so with what its week's driving used.
 */
export function fuelCardCsv(year: number, vans: readonly SampleVan[], prng: Prng): string {
  const lines = ['Transaction Date,Transaction Number,Registration,Site Name,Product,Quantity,Net Amount'];
  const fills: { ms: number; van: SampleVan; litres: number }[] = [];
  for (const van of vans) {
    let ms = Date.UTC(year, 0, 2) + prng.int(0, 4) * DAY_MS;
    while (new Date(ms).getUTCFullYear() === year) {
      const date = isoDate(ms);
      const weekday = new Date(ms).getUTCDay();
      if (!isShutdown(date) && weekday !== 0 && weekday !== 6) {
        fills.push({ ms, van, litres: roundTo(van.litresPerWeek * prng.between(0.8, 1.2), 2) });
      }
      ms += prng.int(6, 9) * DAY_MS;
    }
  }
  fills.sort((a, b) => a.ms - b.ms || a.van.registration.localeCompare(b.van.registration));
  fills.forEach((fill, i) => {
    const d = new Date(fill.ms);
    const ukDate = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${year}`;
    const reference = `SMP${year}${String(i + 1).padStart(5, '0')}`;
    const net = roundTo(fill.litres * DIESEL_GBP_PER_LITRE_NET, 2).toFixed(2);
    lines.push(`${ukDate},${reference},${fill.van.registration},${prng.pick(STATIONS)},Diesel,${fill.litres.toFixed(2)},${net}`);
  });
  return `${lines.join('\n')}\n`;
}
