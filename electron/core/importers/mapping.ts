import { findActivity } from '../emissions/catalogue';
import { parseUnit, unitInfo } from '../emissions/units';
import type { CsvTable } from './csv-table';
import type { DateFormat } from './dates';
import type { DecimalMark } from './numbers';
import { RowReader } from './profiles/columns';
import { emptyResult } from './profiles/profile-kit';
import type { DataQuality, ImportContext, ImportProfile, ProfileResult, RecordDraft } from './profiles/types';

/**
 * Which column holds what, by index (-1 for none), or a value fixed for the whole file. The app's
 * own CSV layout and every mapping a user makes in the wizard are read by this one function.
 */
export interface ColumnSpec {
  date: number;
  periodStart: number;
  periodEnd: number;
  activity: number;
  fixedActivityId: string | null;
  quantity: number;
  unit: number;
  fixedUnit: string | null;
  site: number;
  meter: number;
  description: number;
  evidence: number;
  dataQuality: number;
  fixedDataQuality: DataQuality;
}

export const DATA_QUALITIES: readonly DataQuality[] = ['metered', 'invoice', 'estimate', 'spend', 'proxy'];

export function mapActivityRows(table: CsvTable, context: ImportContext, spec: ColumnSpec): ProfileResult {
  const result: ProfileResult = emptyResult();
  const read = new RowReader(table, context, result.rejects, result.warnings);
  for (const row of table.rows) {
    const before = result.rejects.length;
    const activityId = spec.fixedActivityId ?? read.text(row, spec.activity);
    const activity = findActivity(activityId);
    if (!activity) read.fail(row, spec.activity, activityId ? `"${activityId}" is not an activity id (see \`carbonrecycling activities\`)` : 'activity is empty');
    const unitText = spec.fixedUnit ?? read.text(row, spec.unit);
    const unit = parseUnit(unitText);
    if (activity && !unit) read.fail(row, spec.unit, `"${unitText}" is not a unit the app knows`);
    else if (activity && unit && !activity.acceptedUnits.includes(unit)) {
      read.fail(row, spec.unit, `${activity.label} is measured in ${activity.acceptedUnits.map((u) => unitInfo(u).label).join(', ')}, not ${unitText}`);
    }
    const quantity = read.number(row, spec.quantity, 'quantity');
    if (quantity !== null && quantity < 0) read.fail(row, spec.quantity, 'quantity is negative: enter credits as a correction of the original row instead');
    const single = spec.date >= 0 && read.text(row, spec.date) !== '';
    const start = single ? read.date(row, spec.date, 'date') : read.date(row, spec.periodStart, 'period start');
    const end = single ? start : read.date(row, spec.periodEnd, 'period end');
    if (start && end && end.date < start.date) read.fail(row, spec.periodEnd, 'period end is before period start');
    const siteId = read.site(row, spec.site);
    const qualityText = read.text(row, spec.dataQuality).toLowerCase();
    if (qualityText && !DATA_QUALITIES.includes(qualityText as DataQuality)) read.fail(row, spec.dataQuality, `data quality must be one of ${DATA_QUALITIES.join(', ')}`);
    if (result.rejects.length > before || !activity || !unit || quantity === null || !start || !end || !siteId) continue;
    const dataQuality = (qualityText as DataQuality) || spec.fixedDataQuality;
    const record: RecordDraft = {
      rowNumber: row.rowNumber,
      siteId,
      activityId: activity.id,
      periodStart: start.date,
      periodEnd: end.date,
      quantity,
      unit,
      options: null,
      description: read.text(row, spec.description) || null,
      dataQuality,
      meter: read.text(row, spec.meter) || null,
      sourceRef: read.text(row, spec.evidence) || null,
      estimated: dataQuality === 'estimate',
    };
    result.records.push(record);
  }
  return result;
}

/** A mapping the user made in the wizard, by column name (names survive reordered columns). */
export interface ColumnMapping {
  dateColumn: string | null;
  periodStartColumn: string | null;
  periodEndColumn: string | null;
  quantityColumn: string;
  unitColumn: string | null;
  fixedUnit: string | null;
  activityColumn: string | null;
  fixedActivityId: string | null;
  siteColumn: string | null;
  meterColumn: string | null;
  descriptionColumn: string | null;
  dataQuality: DataQuality;
  decimalMark?: DecimalMark | undefined;
  dateFormat?: DateFormat | null | undefined;
}

/** The header a saved mapping recognises: names in order, compared without case or spacing. */
export function headerSignature(header: readonly string[]): string {
  return header.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('|');
}

function indexOf(table: CsvTable, name: string | null): number {
  if (!name) return -1;
  const index = table.header.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
  if (index < 0) throw new Error(`The file has no column "${name}"`);
  return index;
}

export function mappedProfile(mapping: ColumnMapping, meta: { id: string; label: string; signature: string | null }): ImportProfile {
  return {
    id: meta.id,
    label: meta.label,
    description: 'A column mapping saved from the mapping wizard.',
    match: (header) => (meta.signature !== null && headerSignature(header) === meta.signature ? 100 : 0),
    map: (table, context) =>
      mapActivityRows(table, { ...context, decimalMark: mapping.decimalMark ?? context.decimalMark, dateFormat: mapping.dateFormat ?? context.dateFormat }, {
        date: indexOf(table, mapping.dateColumn),
        periodStart: indexOf(table, mapping.periodStartColumn),
        periodEnd: indexOf(table, mapping.periodEndColumn),
        activity: indexOf(table, mapping.activityColumn),
        fixedActivityId: mapping.fixedActivityId,
        quantity: indexOf(table, mapping.quantityColumn),
        unit: indexOf(table, mapping.unitColumn),
        fixedUnit: mapping.fixedUnit,
        site: indexOf(table, mapping.siteColumn),
        meter: indexOf(table, mapping.meterColumn),
        description: indexOf(table, mapping.descriptionColumn),
        evidence: -1,
        dataQuality: -1,
        fixedDataQuality: mapping.dataQuality,
      }),
  };
}
