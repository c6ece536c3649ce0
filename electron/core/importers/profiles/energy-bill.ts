import { findActivity } from '../../emissions/catalogue';
import { parseUnit, unitInfo } from '../../emissions/units';
import type { CsvTable } from '../csv-table';
import { findColumn, hasColumns, RowReader } from './columns';
import { emptyResult, findHeader } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult, RecordDraft } from './types';
import { addDays } from './uk-time';

// Supplier bill exports and bill spreadsheets: one row per bill (or per meter on a bill) with the
// billing period, the energy used, and which supply it was (a fuel column, or an MPAN for
// electricity / MPRN for gas). Estimated bills are flagged so a later actual-read bill can
// supersede them (overlaps.ts). Gas billed in m³ keeps its volume; a calorific-value column goes
// with it into the calculation (units.ts converts with the bill formula).

const COLUMNS = {
  start: ['period_start', 'start_date', 'from', 'from_date', 'bill_from', 'billing_period_start', 'billing_start', 'period_from', 'date_from', 'start'],
  end: ['period_end', 'end_date', 'to', 'to_date', 'bill_to', 'billing_period_end', 'billing_end', 'period_to', 'date_to', 'end'],
  quantity: ['consumption', 'usage', 'units', 'units_used', 'quantity', 'energy', 'kwh', 'kwh_used', 'total_kwh', 'volume', 'amount_used'],
  unit: ['unit', 'uom', 'units_of_measure', 'unit_of_measure'],
  fuel: ['fuel', 'fuel_type', 'utility', 'supply_type', 'commodity', 'service', 'energy_type', 'product'],
  mpan: ['mpan', 'mpan_core', 'supply_number', 'electricity_meter_point'],
  mprn: ['mprn', 'meter_point_reference', 'gas_meter_point'],
  meter: ['meter', 'meter_point', 'meter_id', 'meter_serial', 'msn', 'meter_number'],
  cost: ['cost', 'total_cost', 'amount', 'charge', 'net_amount', 'total', 'bill_amount', 'net_charge', 'cost_exc_vat', 'total_exc_vat'],
  readType: ['read_type', 'reading_type', 'estimated', 'estimated_actual', 'actual_estimated', 'read', 'bill_type', 'reading_basis', 'estimate'],
  calorific: ['calorific_value', 'cv', 'calorific_value_mj_m3'],
  bill: ['bill_number', 'invoice_number', 'invoice', 'bill_reference', 'bill_ref', 'invoice_no', 'reference', 'document_number'],
  site: ['site', 'site_name', 'property', 'supply_address'],
} as const;

const FUELS: readonly [RegExp, string][] = [
  [/^(e|elec|electric|electricity|power)$/, 'grid-electricity-uk'],
  [/^(g|gas|natural gas|mains gas)$/, 'natural-gas'],
  [/^(oil|heating oil|kerosene|burning oil)$/, 'heating-oil'],
  [/^(lpg|propane|bulk lpg)$/, 'lpg'],
];

/** "E"/"A"/"C" read codes and words: estimated (E, Est, Estimated, Yes) vs actual (A, C customer, Actual, No). */
export function estimatedFlag(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === '') return false;
  if (/^(e|est|estimate|estimated|yes|y|true|1)$/.test(t)) return true;
  if (/^(a|act|actual|c|customer|customer read|smart|smart read|no|n|false|0|r|read)$/.test(t)) return false;
  return null;
}

function mapBills(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const header = table.header;
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  // A quantity column may be named only by its unit ("kWh", "Consumption (kWh)", "m³").
  const quantity = col.quantity >= 0 ? col.quantity : findHeader(header, (raw) => /kwh|m3|m³|therm/.test(raw));
  const headerUnit = parseUnit((header[quantity] ?? '').match(/\(([^)]+)\)/)?.[1] ?? header[quantity] ?? '');
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const drafts: RecordDraft[] = [];
  let defaultCv = 0;

  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const start = read.date(row, col.start, 'period start');
    const end = read.date(row, col.end, 'period end');
    if (start && end && end.date < start.date) read.fail(row, col.end, 'period end is before period start');
    const amount = read.number(row, quantity, 'consumption');
    if (amount !== null && amount < 0) read.fail(row, quantity, 'consumption is negative: for a correction, import the corrected bill instead');
    const mpan = read.text(row, col.mpan);
    const mprn = read.text(row, col.mprn);
    const fuelText = read.text(row, col.fuel).toLowerCase();
    let activityId = FUELS.find(([re]) => re.test(fuelText))?.[1] ?? null;
    if (fuelText && !activityId) read.fail(row, col.fuel, `"${read.text(row, col.fuel)}" is not electricity, gas, heating oil or LPG`);
    else if (!fuelText) activityId = mprn ? 'natural-gas' : mpan ? 'grid-electricity-uk' : null;
    const unitText = read.text(row, col.unit);
    const unit = unitText ? parseUnit(unitText) : (headerUnit ?? (activityId === 'heating-oil' || activityId === 'lpg' ? 'litre' : 'kWh'));
    const activity = activityId ? findActivity(activityId) : undefined;
    if (!fuelText && !activityId) read.fail(row, col.fuel, 'the row does not say whether it is electricity or gas (no fuel, MPAN or MPRN)');
    if (!unit) read.fail(row, col.unit, `"${unitText}" is not a unit the app knows`);
    else if (activity && !activity.acceptedUnits.includes(unit)) read.fail(row, col.unit >= 0 ? col.unit : quantity, `${activity.label} is measured in ${activity.acceptedUnits.map((u) => unitInfo(u).label).join(', ')}, not ${unitInfo(unit).label}`);
    const flagText = read.text(row, col.readType);
    const estimated = estimatedFlag(flagText);
    if (estimated === null) read.fail(row, col.readType, `"${flagText}" does not say estimated or actual`);
    const cvText = read.text(row, col.calorific);
    const cv = cvText ? read.number(row, col.calorific, 'calorific value') : null;
    if (cv !== null && !(cv > 30 && cv < 50)) read.fail(row, col.calorific, `calorific value ${cv} MJ/m³ is outside the range UK gas bills show (about 37–42)`);
    if (result.rejects.length > before || !siteId || !start || !end || amount === null || !activity || !unit || estimated === null) continue;
    const volume = unitInfo(unit).kind === 'volume' && activity.gasVolume;
    if (volume && cv === null) defaultCv++;
    const cost = read.text(row, col.cost);
    const bill = read.text(row, col.bill);
    drafts.push({
      rowNumber: row.rowNumber,
      siteId,
      activityId: activity.id,
      periodStart: start.date,
      periodEnd: end.date,
      quantity: amount,
      unit,
      options: volume && cv !== null ? { gasCalorificValueMjPerM3: cv } : null,
      description: [`${activity.label} bill`, bill ? `no. ${bill}` : '', cost ? `cost ${cost}` : ''].filter(Boolean).join(', '),
      dataQuality: estimated ? 'estimate' : 'invoice',
      meter: mpan || mprn || read.text(row, col.meter) || null,
      sourceRef: bill || null,
      estimated,
    });
  }
  if (defaultCv > 0) result.warnings.push(`${defaultCv} gas bill(s) in m³ have no calorific value: the typical 39.5 MJ/m³ will be used. Your bill prints the actual value; add a "Calorific value" column to use it.`);
  result.records = endsAsExclusive(drafts, result.warnings);
  return result;
}

/**
 * Bills that each start on the day the previous one ended ("01/01–01/02, 01/02–01/03") give the
 * end as the first day of the next period. Records use inclusive ends, so every end moves back a
 * day, otherwise each bill would overlap the next by a day.
 */
function endsAsExclusive(drafts: RecordDraft[], warnings: string[]): RecordDraft[] {
  const byMeter = new Map<string, RecordDraft[]>();
  for (const d of drafts) byMeter.set(`${d.siteId}|${d.activityId}|${d.meter ?? ''}`, [...(byMeter.get(`${d.siteId}|${d.activityId}|${d.meter ?? ''}`) ?? []), d]);
  let pairs = 0;
  let touching = 0;
  for (const list of byMeter.values()) {
    const sorted = [...list].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
    for (let i = 1; i < sorted.length; i++) {
      pairs++;
      if (sorted[i]?.periodStart === sorted[i - 1]?.periodEnd) touching++;
    }
  }
  if (pairs === 0 || touching !== pairs) return drafts;
  warnings.push('Each bill starts on the day the previous one ends, so end dates were read as the first day of the next bill and moved back one day.');
  return drafts.map((d) => (d.periodEnd > d.periodStart ? { ...d, periodEnd: addDays(d.periodEnd, -1) } : d));
}

export const energyBillProfile: ImportProfile = {
  id: 'energy-bill',
  label: 'Energy bills',
  description:
    'Electricity and gas bills, one row per bill: billing period start and end, kWh (or m³ for gas), and the fuel or the MPAN/MPRN; optionally cost, bill number and whether the read was estimated. From a supplier’s bill export or your own bill spreadsheet.',
  match(header) {
    const quantity = hasColumns(header, COLUMNS.quantity) || findHeader(header, (raw) => /kwh|m3|m³|therm/.test(raw)) >= 0;
    if (!hasColumns(header, COLUMNS.start, COLUMNS.end) || !quantity) return 0;
    return hasColumns(header, COLUMNS.fuel) || hasColumns(header, COLUMNS.mpan) || hasColumns(header, COLUMNS.mprn) ? 88 : 60;
  },
  map: mapBills,
};
