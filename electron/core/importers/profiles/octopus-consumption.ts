import type { CsvTable } from '../csv-table';
import { tableBatches } from '../csv-stream';
import { findColumn, normaliseHeader, RowReader } from './columns';
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
import { offsetToUtc } from './uk-time';

// Octopus Energy's dashboard download ("Download your data"): `Consumption (kWh), Start, End`,
// written with a space after each comma (so " Start", " End"; the table reader trims headers and
// the row reader trims cells), newer files add `Estimated Cost Inc. Tax (p)` and
// `Standing Charge Inc. Tax (p)`. Times are ISO 8601 with the UK offset of the moment
// (`2025-10-26T01:00:00+01:00`, then `…01:00:00Z` for the repeated hour). SMETS2 gas meters count
// m³ (vendor-apis.md §1.3). The CSV layout is not in vendor-apis.md (it documents the API); it is
// taken from third-party parsers of these files, so the profile also accepts a meter column and
// times without an offset (read as UK local time, as the Octopus API does).

const START = ['start', 'interval_start', 'period_start'];
const END = ['end', 'interval_end', 'period_end'];
const METER = ['mpan', 'mprn', 'meter', 'meter_serial', 'serial_number', 'meter_point'];

const consumptionColumn = (header: readonly string[]) => header.findIndex((h) => normaliseHeader(h) === 'consumption');

function mapOctopus(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const header = table.header;
  const col = { consumption: consumptionColumn(header), start: findColumn(header, START), end: findColumn(header, END), meter: findColumn(header, METER) };
  const energy = findEnergyColumns(header);
  const isM3 = col.consumption === energy.m3 && energy.m3 >= 0;
  const fuel = isM3 ? 'gas' : (meterFuelOf(context) ?? 'electricity');
  const cv = calorificValueOf(context);
  if (isM3 && cv === null) return rejectEveryRow(tableBatches(table), result, col.consumption, NEEDS_CALORIFIC_VALUE);
  if (!isM3 && col.consumption !== energy.kwh) return rejectEveryRow(tableBatches(table), result, col.consumption, `"${header[col.consumption] ?? ''}" does not say kWh or m³, so the readings cannot be read as energy`);
  result.warnings.push(...demandWarning(header, energy));
  if (fuel === 'electricity' && !meterFuelOf(context)) {
    result.warnings.push('Readings in kWh were taken as electricity. Octopus also gives older (SMETS1) gas meters in kWh: choose gas if this file is your gas meter.');
  }
  if (isM3) result.warnings.push(`Gas converted from m³ to kWh with a calorific value of ${cv} MJ/m³ and the volume correction 1.02264.`);

  const read = new RowReader(table, context, result.rejects, result.warnings);
  const sink = new IntervalSink(result);
  const resolver = new LocalTimeResolver();
  const activityId = fuel === 'gas' ? 'natural-gas' : 'grid-electricity-uk';
  let namedMeterWarned = false;
  const instant = (meter: string, d: { date: string; minutes: number | null; offsetMinutes: number | null }): Resolved =>
    d.minutes === null ? { ok: false, reason: 'has no time of day' } : d.offsetMinutes !== null ? { ok: true, ms: offsetToUtc(d.date, d.minutes, d.offsetMinutes) } : resolver.resolve(meter, d.date, d.minutes);

  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, -1);
    const value = read.number(row, col.consumption, 'consumption');
    if (value !== null && value < 0) read.fail(row, col.consumption, 'consumption is negative: exported (generated) electricity is not consumption');
    const start = read.date(row, col.start, 'start');
    const end = read.date(row, col.end, 'end');
    if (result.rejects.length > before || siteId === null || value === null || !start || !end) continue;
    let meter = read.text(row, col.meter);
    if (!meter) {
      meter = unnamedMeter(siteName(context, siteId), fuel, 'Octopus export');
      if (!namedMeterWarned) result.warnings.push(`The file does not say which meter it is: readings are stored as meter "${meter}".`);
      namedMeterWarned = true;
    }
    const from = instant(meter, start);
    const to = instant(meter, end);
    if (!from.ok) read.fail(row, col.start, `start ${from.reason}`);
    if (!to.ok) read.fail(row, col.end, `end ${to.reason}`);
    if (!from.ok || !to.ok) continue;
    const minutes = (to.ms - from.ms) / 60_000;
    if (minutes <= 0 || minutes > 1500 || minutes % 30 !== 0) {
      read.fail(row, col.end, `the interval is ${minutes} minutes long; expected whole half-hours up to a day`);
      continue;
    }
    const energyKwh = isM3 && cv !== null ? gasM3ToKwh(value, cv) : value;
    sink.add(row, header[col.start] ?? null, { siteId, activityId, meter, minutes, energyKwh }, from.ms);
  }
  result.warnings.push(...sink.incompleteDays());
  return result;
}

export const octopusConsumptionProfile: ImportProfile = {
  id: 'octopus-consumption',
  label: 'Octopus Energy consumption download',
  description:
    'The half-hourly usage file from your Octopus Energy online account (Usage → Download your data). Electricity by default; a gas file in m³ needs the calorific value from your gas bill.',
  match(header) {
    const c = consumptionColumn(header);
    if (c < 0 || findColumn(header, ['start']) < 0 || findColumn(header, ['end']) < 0) return 0;
    const energy = findEnergyColumns(header);
    return c === energy.kwh || c === energy.m3 ? 100 : 0;
  },
  map: mapOctopus,
};
