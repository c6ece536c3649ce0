import type { CsvTable, TableRow } from '../csv-table';
import { parseNumber } from '../numbers';
import { findColumn, hasColumns, RowReader } from './columns';
import { calorificValueOf, gasM3ToKwh, IntervalSink, meterFuelOf, NEEDS_CALORIFIC_VALUE, unnamedMeter } from './interval-kit';
import { emptyResult, siteName } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult } from './types';
import { formatClock, halfHoursInUkDay, periodStartUtc, ukLocalToUtc } from './uk-time';

// Half-hourly data with one row per meter per day and a column per half-hour, the layout data
// collectors and many supplier portals send. Columns are numbered (HH1…HH48, plus HH49/HH50 for
// the autumn long day; P1…, Period 1…) or clock times (00:00…23:30 for starts, 00:30…24:00 for
// ends). A day must have exactly as many values as it had half-hours (46, 48 or 50): anything
// else is a broken day, and it is refused whole rather than stored as a wrong daily total.

const HALF_HOUR_MS = 30 * 60_000;
const COLUMNS = {
  date: ['date', 'reading_date', 'read_date', 'day', 'settlement_date', 'consumption_date'],
  meter: ['mpan', 'mprn', 'mpan_core', 'meter', 'meter_id', 'meter_serial', 'msn', 'serial_number', 'meter_point', 'supply_number'],
  site: ['site', 'site_name'],
  unit: ['unit', 'units', 'uom', 'measurement', 'measure_type', 'data_type'],
} as const;

interface Slot {
  column: number;
  /** 1-based settlement period for numbered columns. */
  period: number | null;
  /** Clock minutes for time columns (may be 1440). */
  clock: number | null;
}

interface Layout {
  kind: 'numbered' | 'clock';
  endLabelled: boolean;
  slots: Slot[];
}

const NUMBERED = /^(?:hh|p|period|sp|settlement period|half hour|half-hour)\s*0*(\d{1,2})$/i;
const CLOCK = /^(\d{1,2}):(\d{2})(?::00)?(?:\s*[-–]\s*\d{1,2}:\d{2}(?::00)?)?$/;

export function detectLayout(header: readonly string[]): Layout | null {
  const numbered: Slot[] = [];
  const clocks: Slot[] = [];
  let ranged = false;
  header.forEach((raw, column) => {
    const h = raw.trim();
    const n = h.match(NUMBERED);
    if (n && Number(n[1]) >= 1 && Number(n[1]) <= 50) numbered.push({ column, period: Number(n[1]), clock: null });
    const c = h.match(CLOCK);
    if (c && Number(c[1]) * 60 + Number(c[2]) <= 1440) {
      clocks.push({ column, period: null, clock: Number(c[1]) * 60 + Number(c[2]) });
      ranged ||= /[-–]/.test(h);
    }
  });
  const periods = new Set(numbered.map((s) => s.period));
  if (Array.from({ length: 48 }, (_, i) => i + 1).every((p) => periods.has(p))) return { kind: 'numbered', endLabelled: false, slots: numbered };
  if (clocks.length >= 48) {
    const endLabelled = !ranged && (clocks.some((s) => s.clock === 1440) || clocks[0]?.clock === 30);
    return { kind: 'clock', endLabelled, slots: clocks };
  }
  return null;
}

const columnName = (table: CsvTable, column: number) => table.header[column] ?? `column ${column + 1}`;

/** Instants for the filled cells of one day, or the reason the day is refused. */
function placeDay(date: string, layout: Layout, filled: ReadonlySet<number>, table: CsvTable): { ok: true; at: Map<number, number> } | { ok: false; column: number | null; reason: string } {
  const expected = halfHoursInUkDay(date);
  const why = expected === 46 ? ' (the clocks went forward)' : expected === 50 ? ' (the clocks went back)' : '';
  const at = new Map<number, number>();
  if (layout.kind === 'numbered') {
    const byPeriod = new Map(layout.slots.map((s) => [s.period ?? 0, s.column]));
    if (expected === 50 && !byPeriod.has(49)) return { ok: false, column: null, reason: `${date} had 50 half-hours${why}, but the file has no HH49/HH50 columns for the repeated hour` };
    const elapsed = Array.from({ length: expected }, (_, i) => i + 1);
    if (filled.size === expected && elapsed.every((p) => filled.has(byPeriod.get(p) ?? -1))) {
      for (const p of elapsed) at.set(byPeriod.get(p) ?? -1, periodStartUtc(date, p));
      return { ok: true, at };
    }
    // Spring days are also written against the usual 48 clock slots, leaving the skipped hour blank.
    if (expected < 48) {
      const skipped = Array.from({ length: 48 }, (_, i) => i + 1).filter((p) => ukLocalToUtc(date, (p - 1) * 30).length === 0);
      const wall = Array.from({ length: 48 }, (_, i) => i + 1).filter((p) => !skipped.includes(p));
      if (filled.size === expected && wall.every((p) => filled.has(byPeriod.get(p) ?? -1))) {
        for (const p of wall) at.set(byPeriod.get(p) ?? -1, ukLocalToUtc(date, (p - 1) * 30)[0] ?? 0);
        return { ok: true, at };
      }
    }
    const blank = elapsed.map((p) => byPeriod.get(p) ?? -1).filter((c) => !filled.has(c));
    if (filled.size !== expected) {
      const detail = blank.length > 0 && filled.size < expected ? ` (${blank.slice(0, 4).map((c) => columnName(table, c)).join(', ')}${blank.length > 4 ? '…' : ''} blank)` : '';
      return { ok: false, column: null, reason: `${date} had ${expected} half-hours${why}, but this row has ${filled.size} values${detail}` };
    }
    return { ok: false, column: blank[0] ?? null, reason: `${date} had ${expected} half-hours${why}; this row has ${filled.size} values but not in periods 1–${expected}${expected < 48 ? ' or in the clock slots that existed' : ''}` };
  }
  if (expected === 50) {
    return { ok: false, column: null, reason: `${date} had 50 half-hours${why}, but this layout has one column per clock time, so the repeated hour cannot be told apart: export numbered periods (HH1–HH50) instead` };
  }
  for (const slot of layout.slots) {
    const clock = slot.clock ?? 0;
    const instants = ukLocalToUtc(date, clock);
    const has = filled.has(slot.column);
    if (instants.length === 0 && has) return { ok: false, column: slot.column, reason: `has a value for ${formatClock(clock)}, a time that did not happen on ${date}${why}` };
    const ms = instants[0];
    if (ms === undefined) continue;
    if (!has) return { ok: false, column: slot.column, reason: `${date} had ${expected} half-hours${why}, but the ${formatClock(clock)} value is blank` };
    at.set(slot.column, layout.endLabelled ? ms - HALF_HOUR_MS : ms);
  }
  return { ok: true, at };
}

function mapWide(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const layout = detectLayout(table.header);
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(table.header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  if (!layout) return result;
  if (layout.endLabelled) result.warnings.push('The period columns run 00:30 … 24:00, so each is read as the end of its half-hour.');
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const sink = new IntervalSink(result);
  const cv = calorificValueOf(context);
  const meterIsMprn = (table.header[col.meter] ?? '').toLowerCase().includes('mprn');
  const days = new Map<string, number>();
  const unnamed = new Set<string>();

  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const date = read.date(row, col.date, 'date');
    const unit = read.text(row, col.unit).toLowerCase().replace(/\s+/g, '');
    if (/^(kw|kva|mw)$/.test(unit)) read.fail(row, col.unit, `the values are ${read.text(row, col.unit)} (demand, a rate of power), not energy used: they are never added up as kWh`);
    else if (/kvarh|kvar/.test(unit)) read.fail(row, col.unit, 'the values are reactive energy (kVArh), not energy used');
    else if (/m3|m³/.test(unit) && cv === null) read.fail(row, col.unit, NEEDS_CALORIFIC_VALUE);
    else if (unit !== '' && !/^(kwh|m3|m³)$/.test(unit)) read.fail(row, col.unit, `unit "${read.text(row, col.unit)}" is not kWh or m³`);
    const values = readValues(row, layout, table, context, read);
    if (result.rejects.length > before || !siteId || !date || !values) continue;
    const isGas = meterIsMprn || meterFuelOf(context) === 'gas' || unit.startsWith('m');
    let meter = read.text(row, col.meter);
    if (!meter) {
      meter = unnamedMeter(siteName(context, siteId), isGas ? 'gas' : 'electricity', 'half-hourly export');
      unnamed.add(meter);
    }
    const dayKey = `${meter}|${date.date}`;
    const earlier = days.get(dayKey);
    if (earlier !== undefined) {
      read.fail(row, col.date, `meter ${meter} already has a row for ${date.date} (row ${earlier}): a day is not counted twice`);
      continue;
    }
    days.set(dayKey, row.rowNumber);
    const placed = placeDay(date.date, layout, new Set(values.keys()), table);
    if (!placed.ok) {
      read.fail(row, placed.column ?? -1, placed.reason);
      continue;
    }
    for (const [column, ms] of placed.at) {
      const value = values.get(column) ?? 0;
      const energyKwh = unit.startsWith('m') && cv !== null ? gasM3ToKwh(value, cv) : value;
      sink.add(row, columnName(table, column), { siteId, activityId: isGas ? 'natural-gas' : 'grid-electricity-uk', meter, minutes: 30, energyKwh }, ms);
    }
  }
  if (unnamed.size > 0) result.warnings.push(`The file does not say which meter it is: readings are stored as meter ${[...unnamed].map((m) => `"${m}"`).join(', ')}.`);
  return result;
}

/** The non-blank period cells of a row, by column; null (with a reject) when one cannot be read. */
function readValues(row: TableRow, layout: Layout, table: CsvTable, context: ImportContext, read: RowReader): Map<number, number> | null {
  const values = new Map<number, number>();
  for (const slot of layout.slots) {
    const text = read.text(row, slot.column);
    if (text === '') continue;
    const parsed = parseNumber(text, context.decimalMark);
    if (!parsed.ok) return read.fail(row, slot.column, `${columnName(table, slot.column)} ${parsed.reason}`);
    if (parsed.value < 0) return read.fail(row, slot.column, `${columnName(table, slot.column)} is negative: exported (generated) energy is not consumption`);
    values.set(slot.column, parsed.value);
  }
  return values;
}

export const hhWideProfile: ImportProfile = {
  id: 'hh-wide',
  label: 'Half-hourly meter data (one row per day)',
  description:
    'Half-hourly data with one row per meter per day and 48 half-hour columns (HH1–HH48, with HH49/HH50 for the day the clocks go back, or 00:00–23:30 / 00:30–24:00). Sent by half-hourly data collectors and many supplier portals.',
  match(header) {
    return hasColumns(header, COLUMNS.date) && detectLayout(header) ? 95 : 0;
  },
  map: mapWide,
};
