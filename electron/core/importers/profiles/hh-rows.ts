import { tableBatches, type RowBatches } from '../csv-stream';
import type { TableRow } from '../csv-table';
import { DateOrderEvidence, isoTimeOfDay, readIsoStamp, type DateFormat, type IsoStamp, type ParsedDate } from '../dates';
import { dateOrderWarning, findColumn, hasColumns, RowReader } from './columns';
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
  type EnergyColumns,
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
  timestamp: [
    'timestamp', 'date_time', 'datetime', 'reading_time', 'read_time', 'reading_datetime', 'interval_start', 'period_start', 'start', 'start_date_time', 'reading_start', 'read_start',
    'interval_end', 'period_end', 'end', 'end_date_time', 'half_hour_ending_date_time', 'reading_end', 'read_end',
  ],
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

type Columns = Record<keyof typeof COLUMNS, number>;

/** What the header alone says about a file: its columns, and a problem that is the whole file's. */
interface Plan {
  col: Columns;
  energy: EnergyColumns;
  cv: number | null;
  valueColumn: number;
  whenColumn: number;
  /** The column whose dates decide the day/month order. */
  dateColumn: number;
  /** End-of-half-hour times, as the header says ("Half hour ending"). */
  endFromHeader: boolean;
  /** Whether the times themselves must be looked at to tell start from end labelling. */
  scanTimes: boolean;
  fileProblem: { column: number | null; reason: string } | null;
}

function planOf(header: readonly string[], context: ImportContext): Plan {
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(header, aliases)])) as Columns;
  const energy = findEnergyColumns(header);
  const cv = calorificValueOf(context);
  const valueColumn = energy.kwh >= 0 ? energy.kwh : energy.m3;
  const whenColumn = col.timestamp >= 0 ? col.timestamp : col.time >= 0 ? col.time : col.period;
  const whenHeader = (header[whenColumn] ?? '').toLowerCase();
  const endFromHeader = col.period < 0 && END_WORDS.test(whenHeader.replace(/[_.]/g, ' '));
  let fileProblem: Plan['fileProblem'] = null;
  if (valueColumn < 0) {
    const demand = energy.demand[0];
    fileProblem = { column: demand ?? null, reason: demand !== undefined ? `"${header[demand] ?? ''}" is demand (power in kW), not energy used: half-hourly kW are never added up as kWh. Export the kWh (consumption) readings instead` : 'no kWh column' };
  } else if (energy.kwh < 0 && cv === null) fileProblem = { column: energy.m3, reason: NEEDS_CALORIFIC_VALUE };
  return {
    col, energy, cv, valueColumn, whenColumn, dateColumn: col.timestamp >= 0 ? col.timestamp : col.date, endFromHeader,
    scanTimes: !endFromHeader && col.period < 0 && !/start|from|begin/.test(whenHeader), fileProblem,
  };
}

/**
 * What only the whole file can tell: the day/month order of its dates, whether its times end their
 * half-hours (24:00 anywhere, or a file running 00:30 … 00:00) and whether it runs newest first
 * (which decides the repeated autumn hour). Gathered batch by batch.
 */
class Evidence {
  readonly dates = new DateOrderEvidence();
  firstClock: number | undefined;
  lastClock: number | undefined;
  has2400 = false;
  readonly firstRows: TableRow[] = [];
  lastRows: TableRow[] = [];

  constructor(private readonly plan: Plan) {}

  add(rows: readonly TableRow[]): void {
    for (const row of rows) this.addRow(row);
    this.keepEnds(rows);
  }

  addRow(row: TableRow): void {
    const { dateColumn, scanTimes, col } = this.plan;
    this.dates.add(row.cells[dateColumn] ?? '');
    if (!scanTimes) return;
    const text = (row.cells[col.timestamp >= 0 ? col.timestamp : col.time] ?? '').trim();
    this.addClock(col.timestamp >= 0 ? clockOfTimestamp(text) : parseClock(text)?.minutes);
  }

  /** What addRow makes of a timestamp cell readIsoStamp has already read. */
  addIsoStamp(minutes: number): void {
    this.dates.addIso();
    if (this.plan.scanTimes) this.addClock(minutes);
  }

  private addClock(minutes: number | undefined): void {
    if (minutes === undefined) return;
    this.firstClock ??= minutes;
    this.lastClock = minutes;
    if (minutes === 1440) this.has2400 = true;
  }

  /** The first and last rows, for the order of the file. */
  keepEnds(rows: readonly TableRow[]): void {
    for (const row of rows.slice(0, 5 - this.firstRows.length)) this.firstRows.push(row);
    this.lastRows = [...this.lastRows, ...rows.slice(-5)].slice(-5);
  }
}

/** "Z" or "+01:00" at the end of a timestamp. */
const ZONE_SUFFIX = /(Z|[+-]\d{2}:?\d{2})$/i;
const clockOfStamp = new Map<string, number | undefined>();

/** The clock time in a timestamp cell ("2025-01-31T00:30:00Z" → 30), worked out once per distinct time. */
function clockOfTimestamp(text: string): number | undefined {
  // The common ISO forms are read in place; they give what the steps below would.
  const iso = isoTimeOfDay(text);
  if (iso) return iso.minutes;
  // One pass finds where the time starts (after the last space or "T") and any line break.
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 84) cut = i;
    // A line break inside the cell: the general expressions decide, as they always have.
    else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return parseClock(text.replace(/^.*[ T]/, '').replace(ZONE_SUFFIX, ''))?.minutes;
  }
  const tail = cut < 0 ? text : text.slice(cut + 1);
  if (clockOfStamp.has(tail)) return clockOfStamp.get(tail);
  const minutes = parseClock(tail.replace(ZONE_SUFFIX, ''))?.minutes;
  if (clockOfStamp.size > 10_000) clockOfStamp.clear();
  clockOfStamp.set(tail, minutes);
  return minutes;
}

interface Decisions {
  dateFormats: ReadonlyMap<number, DateFormat>;
  endLabelled: boolean;
  newestFirst: boolean;
}

/**
 * Decisions from the evidence. While the file is still being read (`soFar`) a file starting at
 * 00:30 is taken to be end-labelled until its last row says otherwise.
 */
function decide(plan: Plan, evidence: Evidence, context: ImportContext, soFar: boolean): Decisions {
  const dateFormats = new Map<number, DateFormat>(context.dateFormat ? [] : [[plan.dateColumn, evidence.dates.verdict().format]]);
  const fromTimes = plan.scanTimes && (evidence.has2400 || (evidence.firstClock === 30 && (soFar || evidence.lastClock === 0)));
  const peekReader = new RowReader({ header: [], rows: [] }, context, [], [], dateFormats);
  const first = peek(evidence.firstRows, whenWith(plan, peekReader));
  const last = peek([...evidence.lastRows].reverse(), whenWith(plan, peekReader));
  return { dateFormats, endLabelled: plan.endFromHeader || fromTimes, newestFirst: first !== null && last !== null && first > last };
}

interface Pass {
  result: ProfileResult;
  decisions: Decisions;
  evidence: Evidence;
  unnamed: Set<string>;
  /** A repeated autumn hour was resolved by the file's order. */
  orderMattered: boolean;
}

const whenWith = (plan: Plan, read: RowReader) => (row: TableRow): When | null => {
  const { col } = plan;
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
  const clock = parseClock(read.text(row, col.time));
  if (!clock) return read.fail(row, col.time, `time "${read.text(row, col.time)}" is not a clock time like 00:30`);
  return { kind: 'stamp', date: { date: d.date, minutes: clock.minutes, offsetMinutes: null } };
};

/**
 * One pass over the rows. Without `fixed` decisions, they are made from the first batch and the
 * evidence of every batch is kept, so the caller can check them against the whole file.
 */
function mapPass(rows: RowBatches, plan: Plan, context: ImportContext, fixed: Decisions | null): Pass {
  const result = emptyResult();
  const evidence = new Evidence(plan);
  const { col, energy, cv, valueColumn, whenColumn } = plan;
  const header = rows.header;
  const sink = new IntervalSink(result);
  const meterFuel = meterFuelOf(context);
  const meterIsMprn = (header[col.meter] ?? '').toLowerCase().includes('mprn');
  // Gas for every row (m³ readings, an MPRN column, or the user said so); else a fuel column may say.
  const gasFile = energy.kwh < 0 || meterIsMprn || meterFuel === 'gas';
  const unnamed = new Set<string>();
  // Set up once the first batch has been seen (its evidence decides, unless decisions are fixed).
  let state = null as { decisions: Decisions; read: RowReader; whenOf: (row: TableRow) => When | null; resolver: LocalTimeResolver; isoStamps: boolean } | null;
  // Reused for every row: IntervalDays copies what it keeps, and a million readings make no garbage.
  const stamp: IsoStamp = { utcMs: 0, minutes: 0 };
  const reading = { siteId: '', activityId: '', meter: '', minutes: 30, energyKwh: 0 };

  rows.forEachBatch((batch) => {
    // The first batch's evidence is gathered before its rows are read, as it decides how to read
    // them; after that, each row's evidence is taken as the row is read (one look at each cell).
    const inline = !fixed && state !== null;
    if (!fixed) {
      if (inline) evidence.keepEnds(batch);
      else evidence.add(batch);
    }
    if (!state) {
      const decisions = fixed ?? decide(plan, evidence, context, true);
      const reader = new RowReader({ header, rows: [] }, context, result.rejects, [], decisions.dateFormats);
      const format = col.timestamp >= 0 ? reader.dateFormatOf(col.timestamp) : null;
      const isoStamps = format !== null && format !== 'excel-1900' && format !== 'excel-1904';
      state = { decisions, read: reader, whenOf: whenWith(plan, reader), resolver: new LocalTimeResolver(decisions.newestFirst), isoStamps };
    }
    const { read, whenOf, resolver, isoStamps } = state;
    const endLabelled = state.decisions.endLabelled;
    for (const row of batch) {
      const before = result.rejects.length;
      const siteId = read.site(row, col.site);
      const value = read.number(row, valueColumn, 'reading');
      if (value !== null && value < 0) read.fail(row, valueColumn, 'reading is negative: exported (generated) energy is not consumption');
      // An ISO timestamp with its offset (the usual meter export) is read in place, as whenOf would.
      const fast = isoStamps && readIsoStamp(read.text(row, col.timestamp), stamp);
      if (inline) {
        if (fast) evidence.addIsoStamp(stamp.minutes);
        else evidence.addRow(row);
      }
      const when = fast ? null : whenOf(row);
      const gas = gasFile || (col.fuel >= 0 && /gas/.test(read.text(row, col.fuel).toLowerCase()));
      if (result.rejects.length > before || siteId === null || value === null || (!fast && !when)) continue;
      let meter = read.text(row, col.meter);
      if (!meter) {
        meter = unnamedMeter(siteName(context, siteId), gas ? 'gas' : 'electricity', 'half-hourly export');
        unnamed.add(meter);
      }
      // Plain numbers in the hot path: a million readings, no wrapper object each.
      let startMs: number;
      // (`when` is null here only for a stamp read in place.)
      if (fast || !when) startMs = endLabelled ? stamp.utcMs - HALF_HOUR_MS : stamp.utcMs;
      else if (when.kind === 'period') startMs = periodStartUtc(when.date, when.period);
      else {
        const { date, minutes, offsetMinutes } = when.date;
        const t = minutes ?? 0;
        let atMs: number;
        if (offsetMinutes !== null) atMs = offsetToUtc(date, t, offsetMinutes);
        else {
          const at: Resolved = resolver.resolve(meter, date, t);
          if (!at.ok) {
            read.fail(row, col.time >= 0 ? col.time : whenColumn, `${endLabelled ? 'half-hour ending' : 'half-hour starting'} ${at.reason}`);
            continue;
          }
          atMs = at.ms;
        }
        if (!endLabelled && t === 1440) {
          read.fail(row, col.time >= 0 ? col.time : whenColumn, `24:00 cannot start a half-hour (${formatClock(t)} is the end of ${date})`);
          continue;
        }
        startMs = endLabelled ? atMs - HALF_HOUR_MS : atMs;
      }
      const energyKwh = energy.kwh >= 0 ? value : gasM3ToKwh(value, cv ?? 0);
      reading.siteId = siteId;
      reading.activityId = gas ? 'natural-gas' : 'grid-electricity-uk';
      reading.meter = meter;
      reading.energyKwh = energyKwh;
      sink.add(row, header[whenColumn] ?? null, reading, startMs);
    }
  });
  return { result, decisions: state?.decisions ?? fixed ?? decide(plan, evidence, context, false), evidence, unnamed, orderMattered: state?.resolver.orderMattered ?? false };
}

function mapRows(rows: RowBatches, context: ImportContext): ProfileResult {
  const header = rows.header;
  const plan = planOf(header, context);
  if (plan.fileProblem) return rejectEveryRow(rows, emptyResult(), plan.fileProblem.column, plan.fileProblem.reason);
  let pass = mapPass(rows, plan, context, null);
  // The first batch decided; the whole file has the last word. When it disagrees in a way that
  // changes a reading, the rows are mapped again (rare: a file whose first rows could not tell).
  const final = decide(plan, pass.evidence, context, false);
  const used = pass.decisions;
  if (
    final.dateFormats.get(plan.dateColumn) !== used.dateFormats.get(plan.dateColumn) ||
    final.endLabelled !== used.endLabelled ||
    (final.newestFirst !== used.newestFirst && pass.orderMattered)
  ) {
    pass = { ...mapPass(rows, plan, context, final), evidence: pass.evidence };
  }
  const { result, evidence, unnamed } = pass;
  const dateWarning = context.dateFormat ? null : dateOrderWarning(header[plan.dateColumn] ?? `column ${plan.dateColumn + 1}`, evidence.dates.verdict());
  result.warnings.push(
    ...demandWarning(header, plan.energy),
    ...(final.endLabelled && !plan.endFromHeader ? ['The times run from 00:30 to 24:00, so each time is read as the end of its half-hour.'] : []),
    ...(dateWarning ? [dateWarning] : []),
  );
  if (unnamed.size > 0) result.warnings.push(`The file does not say which meter it is: readings are stored as meter ${[...unnamed].map((m) => `"${m}"`).join(', ')}.`);
  if (plan.energy.kwh < 0) result.warnings.push(`Gas converted from m³ to kWh with a calorific value of ${plan.cv} MJ/m³ and the volume correction 1.02264.`);
  result.warnings.push(...new IntervalSink(result).incompleteDays());
  return result;
}

/** Sort key of the first of these rows that reads cleanly. */
function peek(rows: readonly TableRow[], whenOf: (row: TableRow) => When | null): string | null {
  const key = (w: When) => (w.kind === 'period' ? `${w.date} ${String(w.period).padStart(2, '0')}` : `${w.date.date} ${String(w.date.minutes ?? 0).padStart(4, '0')}`);
  for (const row of rows.slice(0, 5)) {
    const w = whenOf(row);
    if (w) return key(w);
  }
  return null;
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
  map: (table, context) => mapRows(tableBatches(table), context),
  mapStream: mapRows,
};
