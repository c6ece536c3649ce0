import { findActivity, listActivities } from '../../emissions/catalogue';
import type { CsvTable } from '../csv-table';
import { findColumn, hasColumns, RowReader } from './columns';
import { combineLines, emptyResult, findHeader, monthLabel, monthOf, rowList, type Line } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult } from './types';

// F-gas records (the log kept for air-conditioning, heat pumps, chillers and cold rooms under
// the F-gas Regulation): date, equipment, refrigerant and the kg added. Gas topped up replaces
// gas that leaked, which is the Scope 1 emission DESNZ's refrigerant factors measure. Gas
// recovered from a system, or the first charge of new equipment, is not a leak and is refused by
// name rather than counted.

const COLUMNS = {
  date: ['date', 'service_date', 'date_of_service', 'top_up_date', 'date_of_top_up', 'visit_date', 'event_date', 'date_of_work'],
  gas: ['refrigerant', 'refrigerant_type', 'gas', 'gas_type', 'f_gas', 'fgas', 'refrigerant_gas', 'substance'],
  quantity: ['amount_added', 'quantity_added', 'top_up', 'topped_up', 'added', 'charge_added', 'refrigerant_added', 'quantity', 'amount', 'kg_added', 'kg'],
  unit: ['unit', 'units', 'uom'],
  action: ['action', 'activity', 'event', 'event_type', 'operation', 'work_type', 'reason', 'type_of_work'],
  equipment: ['equipment', 'equipment_id', 'asset', 'asset_id', 'asset_number', 'system', 'plant', 'appliance', 'equipment_name'],
  reference: ['job_number', 'job', 'job_ref', 'work_order', 'certificate', 'certificate_number', 'report_number', 'reference', 'ref'],
  site: ['site', 'site_name'],
} as const;

/** "R-410A", "r410a", "HFC-134a", "FM-200", "CO2" → the catalogue's refrigerant activity id. */
export function refrigerantActivity(text: string): string | null {
  let key = text.trim().toUpperCase().replace(/[\s\-_()]/g, '');
  const aliases: Record<string, string> = { CO2: 'R744', CARBONDIOXIDE: 'R744', PROPANE: 'R290', ISOBUTANE: 'R600A', FM200: 'R227EA', SF6: 'SF6', SULPHURHEXAFLUORIDE: 'SF6' };
  key = aliases[key] ?? key.replace(/^(HFC|HFO|HC)(?=\d)/, 'R');
  key = key.replace(/^R1234ZEE$/, 'R1234ZE');
  for (const activity of listActivities()) {
    if (activity.family !== 'refrigerant') continue;
    const gas = activity.id.replace(/^refrigerant-/, '').split('-')[0]?.toUpperCase();
    if (gas === key) return activity.id;
  }
  return null;
}

function knownGases(): string {
  return listActivities()
    .filter((a) => a.family === 'refrigerant')
    .map((a) => a.id.replace(/^refrigerant-/, '').split('-')[0]?.toUpperCase())
    .join(', ');
}

function mapRefrigerants(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const header = table.header;
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  // In F-gas logs "Unit" is as often the air-conditioning unit as the unit of measure: decide by its values.
  if (col.unit >= 0) {
    const values = table.rows.map((r) => (r.cells[col.unit] ?? '').trim()).filter(Boolean);
    if (values.filter((v) => /^(kg|kgs|kilograms?|g|grams?)$/i.test(v)).length * 2 < values.length) {
      if (col.equipment < 0) col.equipment = col.unit;
      col.unit = -1;
    }
  }
  const quantityColumn = col.quantity >= 0 ? col.quantity : findHeader(header, (raw) => /\bkg\b/.test(raw));
  const headerText = (header[quantityColumn] ?? '').toLowerCase();
  const headerUnit = /\bkg\b|kilogram/.test(headerText) ? 'kg' : /\(g\)|\bgrams?\b/.test(headerText) ? 'g' : null;
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const lines: Line[] = [];
  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const date = read.date(row, col.date, 'date');
    const gasText = read.text(row, col.gas);
    const activityId = refrigerantActivity(gasText);
    if (!activityId) read.fail(row, col.gas, gasText ? `"${gasText}" is not a refrigerant with a DESNZ factor in the catalogue (${knownGases()})` : 'the refrigerant is empty');
    const action = read.text(row, col.action).toLowerCase();
    if (/recover|reclaim|remov|decommission|dispos|evacuat/.test(action)) read.fail(row, col.action, 'gas recovered from a system is not a leak: only gas added to replace losses is counted');
    else if (/initial|install|commission|new (system|unit|equipment)|first charge/.test(action)) read.fail(row, col.action, 'the first charge of new equipment is not a leak: only top-ups are counted');
    const amount = read.number(row, quantityColumn, 'amount added');
    if (amount !== null && amount <= 0) read.fail(row, quantityColumn, amount === 0 ? 'no gas was added' : 'the amount added is negative: record recovered gas as a recovery, not a negative top-up');
    const unitText = read.text(row, col.unit).toLowerCase();
    const unit = unitText ? (/^(kg|kgs|kilograms?)$/.test(unitText) ? 'kg' : /^(g|grams?)$/.test(unitText) ? 'g' : null) : (headerUnit ?? 'kg');
    if (!unit) read.fail(row, col.unit, `"${read.text(row, col.unit)}" is not kg or grams`);
    if (result.rejects.length > before || !siteId || !date || !activityId || amount === null || !unit) continue;
    const reference = read.text(row, col.reference);
    lines.push({
      draft: {
        rowNumber: row.rowNumber,
        siteId,
        activityId,
        periodStart: date.date,
        periodEnd: date.date,
        // Grams are not a catalogue unit; F-gas logs use both, so grams become kg here.
        quantity: unit === 'g' ? amount / 1000 : amount,
        unit: 'kg',
        options: null,
        description: '',
        dataQuality: 'invoice',
        meter: read.text(row, col.equipment) || null,
        sourceRef: reference || null,
        estimated: false,
      },
      group: monthOf(date.date),
      quantityColumn: header[quantityColumn] ?? null,
      reference: reference || null,
    });
  }
  result.records = combineLines(lines, result, {
    prefix: '',
    groupLabel: (d) => `${d.meter ?? 'equipment'} in ${monthLabel(monthOf(d.periodStart))}`,
    describe: (drafts) => {
      const first = drafts[0];
      return `${findActivity(first?.activityId ?? '')?.label ?? ''}: top-ups${first?.meter ? ` of ${first.meter}` : ''} (${rowList(drafts.map((d) => d.rowNumber))})`;
    },
  });
  return result;
}

export const refrigerantLogProfile: ImportProfile = {
  id: 'refrigerant-log',
  label: 'Refrigerant (F-gas) log',
  description:
    'Your F-gas log or your air-conditioning contractor’s service records: date, equipment, refrigerant (e.g. R410A, R32) and kg added. Top-ups count as leaks (Scope 1); recovered gas and first charges are listed as not counted.',
  match(header) {
    const quantity = hasColumns(header, COLUMNS.quantity) || findHeader(header, (raw) => /\bkg\b/.test(raw)) >= 0;
    if (!hasColumns(header, COLUMNS.date, COLUMNS.gas) || !quantity) return 0;
    return hasColumns(header, ['refrigerant', 'refrigerant_type', 'f_gas', 'fgas', 'refrigerant_gas']) ? 86 : 70;
  },
  map: mapRefrigerants,
};
