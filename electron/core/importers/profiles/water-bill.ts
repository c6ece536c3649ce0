import { parseUnit, unitInfo } from '../../emissions/units';
import type { CsvTable, TableRow } from '../csv-table';
import { findColumn, hasColumns, RowReader } from './columns';
import { estimatedFlag } from './energy-bill';
import { emptyResult, findHeader } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult, RecordDraft } from './types';

// Water retailer bills (Castle Water, Wave, Water Plus, Business Stream…) or a bill spreadsheet:
// the billing period with the volume supplied and, where billed, the volume returned to sewer
// (wastewater treatment). DESNZ has a factor for each: water supply (Scope 3 category 1) and
// water treatment (category 5). Either as two volume columns, or one volume with a service column
// saying which. A bill that gives only the supply is recorded as supply only: sewerage is often
// charged as a share of supply, and that share is on the bill, not in the export.

const COLUMNS = {
  start: ['period_start', 'start_date', 'from', 'from_date', 'bill_from', 'billing_period_start', 'period_from', 'date_from', 'start'],
  end: ['period_end', 'end_date', 'to', 'to_date', 'bill_to', 'billing_period_end', 'period_to', 'date_to', 'end'],
  volume: ['consumption', 'volume', 'usage', 'quantity', 'units', 'amount_used'],
  service: ['service', 'charge_type', 'service_type', 'supply_type', 'charge', 'tariff'],
  unit: ['unit', 'uom', 'unit_of_measure'],
  meter: ['meter', 'meter_serial', 'meter_number', 'meter_id', 'spid', 'supply_point', 'supply_point_id'],
  readType: ['read_type', 'reading_type', 'estimated', 'estimated_actual', 'actual_estimated', 'read'],
  bill: ['bill_number', 'invoice_number', 'invoice', 'bill_reference', 'bill_ref', 'invoice_no', 'reference'],
  site: ['site', 'site_name', 'property', 'supply_address'],
} as const;

const SUPPLY = (raw: string) => /(water supply|clean water|fresh water|supply volume|^supply|potable)/.test(raw) && !/sewer|waste/.test(raw);
const TREATMENT = (raw: string) => /(waste ?water|sewer|sewage|foul|used water|treatment|trade effluent|return to sewer)/.test(raw) && !/surface|highway|property drainage/.test(raw);

function volumeUnit(text: string): string | null {
  const inParens = text.match(/\(([^)]+)\)/)?.[1];
  return parseUnit(inParens ?? '') ?? (/m3|m³|cubic/.test(text.toLowerCase()) ? 'm3' : /megalitre|\bml\b/i.test(text) ? 'megalitre' : /litre/i.test(text) ? 'litre' : null);
}

function mapWater(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const header = table.header;
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  const supplyColumn = findHeader(header, SUPPLY);
  const treatmentColumn = findHeader(header, TREATMENT);
  const split = supplyColumn >= 0 || treatmentColumn >= 0;
  const read = new RowReader(table, context, result.rejects, result.warnings);
  let supplyOnly = 0;

  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const start = read.date(row, col.start, 'period start');
    const end = read.date(row, col.end, 'period end');
    if (start && end && end.date < start.date) read.fail(row, col.end, 'period end is before period start');
    const flagText = read.text(row, col.readType);
    const estimated = estimatedFlag(flagText);
    if (estimated === null) read.fail(row, col.readType, `"${flagText}" does not say estimated or actual`);
    const volumes: { activityId: string; column: number; value: number; unit: string }[] = [];
    const take = (activityId: string, column: number, r: TableRow) => {
      const text = read.text(r, column);
      if (text === '') return;
      const value = read.number(r, column, header[column] ?? 'volume');
      const unitText = read.text(r, col.unit);
      const unit = unitText ? parseUnit(unitText) : (volumeUnit(header[column] ?? '') ?? 'm3');
      if (!unit || unitInfo(unit).kind !== 'volume') read.fail(r, col.unit, `"${unitText}" is not a volume (m³, litres, megalitres)`);
      else if (value !== null && value < 0) read.fail(r, column, `${header[column] ?? 'volume'} is negative: for a correction, import the corrected bill instead`);
      else if (value !== null) volumes.push({ activityId, column, value, unit });
    };
    if (split) {
      if (supplyColumn >= 0) take('water-supply', supplyColumn, row);
      if (treatmentColumn >= 0) take('water-treatment', treatmentColumn, row);
    } else {
      const service = read.text(row, col.service).toLowerCase();
      const activityId = !service || SUPPLY(service) || /^water$/.test(service) ? 'water-supply' : TREATMENT(service) ? 'water-treatment' : null;
      if (!activityId) read.fail(row, col.service, `"${read.text(row, col.service)}" is not water supply or wastewater (surface water and highway drainage charges have no volume to count)`);
      else take(activityId, col.volume, row);
    }
    if (result.rejects.length === before && volumes.length === 0) read.fail(row, split ? supplyColumn : col.volume, 'no water volume on this row');
    if (result.rejects.length > before || !siteId || !start || !end || estimated === null) continue;
    if (split && treatmentColumn < 0) supplyOnly++;
    const bill = read.text(row, col.bill);
    for (const v of volumes) {
      const draft: RecordDraft = {
        rowNumber: row.rowNumber,
        siteId,
        activityId: v.activityId,
        periodStart: start.date,
        periodEnd: end.date,
        quantity: v.value,
        unit: v.unit,
        options: null,
        description: `${v.activityId === 'water-supply' ? 'Water supply' : 'Wastewater'} bill${bill ? ` no. ${bill}` : ''}`,
        dataQuality: estimated ? 'estimate' : 'invoice',
        meter: read.text(row, col.meter) || null,
        sourceRef: bill || null,
        estimated,
      };
      result.records.push(draft);
    }
  }
  if (supplyOnly > 0) result.warnings.push('The bills give water supplied but no wastewater volume, so only supply was recorded. If sewerage is charged as a share of supply (e.g. 95%), add a wastewater column with that volume.');
  return result;
}

export const waterBillProfile: ImportProfile = {
  id: 'water-bill',
  label: 'Water bills',
  description:
    'Business water bills, one row per bill: billing period, water supplied (m³) and, where charged, wastewater returned to sewer (m³). From your water retailer’s bill export or your own bill spreadsheet.',
  match(header) {
    if (!hasColumns(header, COLUMNS.start, COLUMNS.end)) return 0;
    if (findHeader(header, SUPPLY) >= 0 || findHeader(header, TREATMENT) >= 0) return 86;
    // One volume column in m³ with a service column, and nothing that says energy (gas bills in m³ name a fuel or MPRN).
    const volume = header.findIndex((h) => findColumn([h], COLUMNS.volume) === 0 && volumeUnit(h) !== null);
    const energy = hasColumns(header, ['fuel', 'fuel_type', 'utility', 'commodity', 'energy_type', 'mprn', 'mpan']) || header.some((h) => /kwh|therm/i.test(h));
    return volume >= 0 && hasColumns(header, COLUMNS.service) && !energy ? 89 : 0;
  },
  map: mapWater,
};
