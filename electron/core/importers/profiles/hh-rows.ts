import type { CsvTable, TableRow } from '../csv-table';
import type { ParsedDate } from '../dates';
import { findColumn, hasColumns, RowReader } from './columns';
import {
  calorificValueOf,
  demandWarning,
  findEnergyColumns,
  gasM3ToKwh,
  IntervalSink,
  LocalTimeResolver,
  meterFuelOf,
  NEEDS_CALORIFIC_VALUE,
  unnamedMeter,
  type Resolved,
} from './interval-kit';
import { emptyResult, rejectEveryRow, siteName } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult } from './types';
import { formatClock, halfHoursInUkDay, offsetToUtc, periodStartUtc } from './uk-time';

// Half-hourly smart-meter exports with one row per reading (supplier portals, data collectors,
// building energy systems): a timestamp, or a date with a clock time or a settlement period
// number, and kWh, optionally per meter. Clock times are UK local time (reliability.md §3.5): a
// time the autumn night repeats is resolved by order (first BST, then GMT) unless the cell gives
// its offset, a time the spring night skipped is refused. Times are the start of each half-hour
// unless the header says "end"/"ending", or the data runs 00:30 … 24:00.

const HALF_HOUR_MS = 30 * 60_000;
const COLUMNS = {
  timestamp: ['timestamp', 'date_time', 'datetime', 'reading_time', 'read_time', 'reading_datetime', 'interval_start', 'period_start', 'start', 'start_date_time', 'interval_end', 'period_end', 'end', 'end_date_time', 'half_hour_ending_date_time'],
  date: ['date', 'reading_date', 'read_date', 'day', 'settlement_date', 'consumption_date'],
  time: ['time', 'start_time', 'time_start', 'from_time', 'half_hour_start', 'interval_start_time', 'end_time', 'time_end', 'to_time', 'half_hour_ending', 'half_hour_end', 'time_ending', 'interval_end_time', 'hh_ending'],
  period: ['period', 'settlement_period', 'sp', 'hh', 'half_hour', 'period_number', 'hh_period'],
  meter: ['mpan', 'mprn', 'mpan_core', 'meter', 'meter_id', 'meter_serial', 'msn', 'serial_number', 'meter_point', 'supply_number'],
  site: ['site', 'site_name'],
  fuel: ['fuel', 'utility', 'commodity', 'supply_type'],
} as const;

const END_WORDS = /(^|[^a-z])(end|ending|to)([^a-z]|$)/;

type When = { kind: 'stamp'; date: ParsedDate } | { kind: 'period'; date: string; period: number };

/** "00:30", "0:30:00", "24:00", "00:00-00:30" (a range: its start), or an Excel day fraction. */
export function parseClock(text: string): { minutes: number; isRange: boolean } | null {
  const range = text.match(/^(\d{1,2}):(\d{2})(?::\d{2})?\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?$/);
  const plain = text.match(/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/);
  const m = range ?? plain;
  if (m) {
    const minutes = Number(m[1]) * 60 + Number(m[2]);
    return minutes <= 1440 ? { minutes, isRange: !!range } : null;
  }
  if (/^0?\.\d+$|^1(\.0+)?$/.test(text)) return { minutes: Math.round(Number(text) * 1440), isRange: false };
  return null;
}

function mapRows(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const header = table.header;
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  const energy = findEnergyColumns(header);
  const cv = calorificValueOf(context);
  const valueColumn = energy.kwh >= 0 ? energy.kwh : energy.m3;
  if (valueColumn < 0) {
    const demand = energy.demand[0];
    return rejectEveryRow(table, result, demand ?? null, demand !== undefined ? `"${header[demand] ?? ''}" is demand (power in kW), not energy used: half-hourly kW are never added up as kWh. Export the kWh (consumption) readings instead` : 'no kWh column');
  }
  if (energy.kwh < 0 && cv === null) return rejectEveryRow(table, result, energy.m3, NEEDS_CALORIFIC_VALUE);
  result.warnings.push(...demandWarning(header, energy));

  const read = new RowReader(table, context, result.rejects, result.warnings);
  const whenColumn = col.timestamp >= 0 ? col.timestamp : col.time >= 0 ? col.time : col.period;
  const whenHeader = (header[whenColumn] ?? '').toLowerCase();
  const clockOf = (row: TableRow) => parseClock(read.text(row, col.time));
  // Labelling: the header says, else 24:00 anywhere, or a file running 00:30 … 00:00, means period ends.
  let endLabelled = col.period < 0 && END_WORDS.test(whenHeader.replace(/[_.]/g, ' '));
  if (!endLabelled && col.period < 0 && !/start|from|begin/.test(whenHeader)) {
    const times = table.rows.map((r) => (col.timestamp >= 0 ? parseClock(read.text(r, col.timestamp).replace(/^.*[ T]/, '').replace(/(Z|[+-]\d{2}:?\d{2})$/i, '')) : clockOf(r))?.minutes);
    const first = times.find((t) => t !== undefined);
    const last = times.findLast((t) => t !== undefined);
    endLabelled = times.includes(1440) || (first === 30 && last === 0);
    if (endLabelled) result.warnings.push('The times run from 00:30 to 24:00, so each time is read as the end of its half-hour.');
  }

  const whenWith = (read: RowReader) => (row: TableRow): When | null => {
    if (col.timestamp >= 0) {
      const d = read.date(row, col.timestamp, 'time');
      if (d && d.minutes === null) return read.fail(row, col.timestamp, 'time has no time of day');
      return d ? { kind: 'stamp', date: d } : null;
    }
    const d = read.date(row, col.date, 'date');
    if (!d) return null;
    if (col.period >= 0) {
      const text = read.text(row, col.period);
      const period = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
      const periods = halfHoursInUkDay(d.date);
      if (!(period >= 1 && period <= periods)) return read.fail(row, col.period, `settlement period "${text}" is not between 1 and ${periods}, the number of half-hours on ${d.date}`);
      return { kind: 'period', date: d.date, period };
    }
    if (col.time < 0) return d.minutes === null ? read.fail(row, col.date, 'date has no time of day, and there is no time column') : { kind: 'stamp', date: d };
    const clock = clockOf(row);
    if (!clock) return read.fail(row, col.time, `time "${read.text(row, col.time)}" is not a clock time like 00:30`);
    return { kind: 'stamp', date: { date: d.date, minutes: clock.minutes, offsetMinutes: null } };
  };

  const whenOf = whenWith(read);
  // Order matters for the repeated autumn hour; a newest-first file reverses it. The probe reads
  // with its own reader so its problems are not reported twice.
  const firstWhen = peek(table, whenWith(new RowReader(table, context, [], [])));
  const resolver = new LocalTimeResolver(firstWhen !== null && firstWhen.first > firstWhen.last);
  const sink = new IntervalSink(result);
  const meterFuel = meterFuelOf(context);
  const meterIsMprn = (header[col.meter] ?? '').toLowerCase().includes('mprn');
  const unnamed = new Set<string>();

  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const value = read.number(row, valueColumn, 'reading');
    if (value !== null && value < 0) read.fail(row, valueColumn, 'reading is negative: exported (generated) energy is not consumption');
    const when = whenOf(row);
    const fuelText = read.text(row, col.fuel).toLowerCase();
    const gas = energy.kwh < 0 || meterIsMprn || meterFuel === 'gas' || /gas/.test(fuelText);
    if (result.rejects.length > before || siteId === null || value === null || !when) continue;
    let meter = read.text(row, col.meter);
    if (!meter) {
      meter = unnamedMeter(siteName(context, siteId), gas ? 'gas' : 'electricity', 'half-hourly export');
      unnamed.add(meter);
    }
    let start: Resolved;
    if (when.kind === 'period') start = { ok: true, ms: periodStartUtc(when.date, when.period) };
    else {
      const { date, minutes, offsetMinutes } = when.date;
      const t = minutes ?? 0;
      const at: Resolved = offsetMinutes !== null ? { ok: true, ms: offsetToUtc(date, t, offsetMinutes) } : resolver.resolve(meter, date, t);
      if (!at.ok) {
        read.fail(row, col.time >= 0 ? col.time : whenColumn, `${endLabelled ? 'half-hour ending' : 'half-hour starting'} ${at.reason}`);
        continue;
      }
      if (!endLabelled && t === 1440) {
        read.fail(row, col.time >= 0 ? col.time : whenColumn, `24:00 cannot start a half-hour (${formatClock(t)} is the end of ${date})`);
        continue;
      }
      start = { ok: true, ms: endLabelled ? at.ms - HALF_HOUR_MS : at.ms };
    }
    const energyKwh = energy.kwh >= 0 ? value : gasM3ToKwh(value, cv ?? 0);
    sink.add(row, header[whenColumn] ?? null, { siteId, activityId: gas ? 'natural-gas' : 'grid-electricity-uk', meter, minutes: 30, energyKwh }, start.ms);
  }
  if (unnamed.size > 0) result.warnings.push(`The file does not say which meter it is: readings are stored as meter ${[...unnamed].map((m) => `"${m}"`).join(', ')}.`);
  if (energy.kwh < 0) result.warnings.push(`Gas converted from m³ to kWh with a calorific value of ${cv} MJ/m³ and the volume correction 1.02264.`);
  result.warnings.push(...sink.incompleteDays());
  return result;
}

/** Sort keys of the first and last rows that read cleanly. */
function peek(table: CsvTable, whenOf: (row: TableRow) => When | null): { first: string; last: string } | null {
  const key = (w: When) => (w.kind === 'period' ? `${w.date} ${String(w.period).padStart(2, '0')}` : `${w.date.date} ${String(w.date.minutes ?? 0).padStart(4, '0')}`);
  const probe = (rows: readonly TableRow[]) => {
    for (const row of rows.slice(0, 5)) {
      const w = whenOf(row);
      if (w) return key(w);
    }
    return null;
  };
  const first = probe(table.rows);
  const last = probe(table.rows.slice(-5).reverse());
  return first && last ? { first, last } : null;
}

export const hhRowsProfile: ImportProfile = {
  id: 'hh-rows',
  label: 'Half-hourly meter readings (one row per reading)',
  description:
    'Half-hourly smart or AMR meter data with one row per half-hour: a date and time (or settlement period) and kWh, optionally per MPAN. From your supplier’s online account, your data collector, or a building energy system.',
  match(header) {
    const when = hasColumns(header, COLUMNS.timestamp) || (hasColumns(header, COLUMNS.date) && (hasColumns(header, COLUMNS.time) || hasColumns(header, COLUMNS.period)));
    const energy = findEnergyColumns(header);
    if (!when || (energy.kwh < 0 && energy.m3 < 0 && energy.demand.length === 0)) return 0;
    return hasColumns(header, COLUMNS.meter) ? 75 : 70;
  },
  map: mapRows,
};
