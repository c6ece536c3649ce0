import { findActivity } from '../../emissions/catalogue';
import { parseUnit, unitInfo } from '../../emissions/units';
import type { CsvTable } from '../csv-table';
import { findColumn, hasColumns, RowReader } from './columns';
import type { DataQuality, ImportContext, ImportProfile, ProfileResult, RecordDraft } from './types';

// The app's own layout, documented in the README with a downloadable template:
//   date | period_start,period_end ; activity ; quantity ; unit ; [site] [meter] [description]
//   [evidence] [data_quality]

export const GENERIC_COLUMNS = {
  date: ['date'],
  periodStart: ['period_start', 'start_date', 'from'],
  periodEnd: ['period_end', 'end_date', 'to'],
  activity: ['activity', 'activity_id'],
  quantity: ['quantity', 'amount'],
  unit: ['unit', 'units', 'uom'],
  site: ['site', 'site_name'],
  meter: ['meter', 'meter_id', 'mpan', 'mprn'],
  description: ['description', 'notes'],
  evidence: ['evidence', 'reference', 'ref'],
  dataQuality: ['data_quality', 'quality'],
} as const;

export const GENERIC_TEMPLATE_CSV =
  'date,period_start,period_end,activity,quantity,unit,site,meter,description,evidence,data_quality\n' +
  ',2025-04-01,2025-04-30,grid-electricity-uk,1234.5,kWh,Head office,1200012345678,April electricity bill,INV-1001,invoice\n' +
  '2025-04-14,,,vehicle-fuel-diesel,52.3,litres,Head office,,Van fuel,RCPT-77,invoice\n';

const QUALITIES: readonly DataQuality[] = ['metered', 'invoice', 'estimate', 'spend', 'proxy'];

function mapRows(table: CsvTable, context: ImportContext): ProfileResult {
  const result: ProfileResult = { records: [], intervals: [], rejects: [], warnings: [] };
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const col = Object.fromEntries(Object.entries(GENERIC_COLUMNS).map(([key, aliases]) => [key, findColumn(table.header, aliases)])) as Record<keyof typeof GENERIC_COLUMNS, number>;
  for (const row of table.rows) {
    const before = result.rejects.length;
    const activityId = read.text(row, col.activity);
    const activity = findActivity(activityId);
    if (!activity) read.fail(row, col.activity, activityId ? `"${activityId}" is not an activity id (see \`carbonrecycling activities\`)` : 'activity is empty');
    const unitText = read.text(row, col.unit);
    const unit = parseUnit(unitText);
    if (activity && !unit) read.fail(row, col.unit, `"${unitText}" is not a unit the app knows`);
    else if (activity && unit && !activity.acceptedUnits.includes(unit)) {
      read.fail(row, col.unit, `${activity.label} is measured in ${activity.acceptedUnits.map((u) => unitInfo(u).label).join(', ')}, not ${unitText}`);
    }
    const quantity = read.number(row, col.quantity, 'quantity');
    if (quantity !== null && quantity < 0) read.fail(row, col.quantity, 'quantity is negative: enter credits as a correction of the original row instead');
    const single = col.date >= 0 && read.text(row, col.date) !== '';
    const start = single ? read.date(row, col.date, 'date') : read.date(row, col.periodStart, 'period start');
    const end = single ? start : read.date(row, col.periodEnd, 'period end');
    if (start && end && end.date < start.date) read.fail(row, col.periodEnd, 'period end is before period start');
    const siteId = read.site(row, col.site);
    const qualityText = read.text(row, col.dataQuality).toLowerCase();
    if (qualityText && !QUALITIES.includes(qualityText as DataQuality)) read.fail(row, col.dataQuality, `data quality must be one of ${QUALITIES.join(', ')}`);
    if (result.rejects.length > before || !activity || !unit || quantity === null || !start || !end || !siteId) continue;
    const record: RecordDraft = {
      rowNumber: row.rowNumber,
      siteId,
      activityId: activity.id,
      periodStart: start.date,
      periodEnd: end.date,
      quantity,
      unit,
      options: null,
      description: read.text(row, col.description) || null,
      dataQuality: (qualityText as DataQuality) || 'invoice',
      meter: read.text(row, col.meter) || null,
      sourceRef: read.text(row, col.evidence) || null,
      estimated: qualityText === 'estimate',
    };
    result.records.push(record);
  }
  return result;
}

export const genericActivityProfile: ImportProfile = {
  id: 'generic-activity',
  label: 'CarbonRecycling activity CSV',
  description: 'The app’s own layout: one row per activity with an activity id from the catalogue, a quantity and a unit. Download the template to start.',
  match(header) {
    const dated = hasColumns(header, GENERIC_COLUMNS.date) || hasColumns(header, GENERIC_COLUMNS.periodStart, GENERIC_COLUMNS.periodEnd);
    return dated && hasColumns(header, GENERIC_COLUMNS.activity, GENERIC_COLUMNS.quantity, GENERIC_COLUMNS.unit) ? 90 : 0;
  },
  map: mapRows,
};
