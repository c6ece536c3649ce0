import type { CsvTable } from '../csv-table';
import { mapActivityRows } from '../mapping';
import { findColumn, hasColumns } from './columns';
import type { ImportContext, ImportProfile, ProfileResult } from './types';

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

function mapRows(table: CsvTable, context: ImportContext): ProfileResult {
  const col = Object.fromEntries(Object.entries(GENERIC_COLUMNS).map(([key, aliases]) => [key, findColumn(table.header, aliases)])) as Record<keyof typeof GENERIC_COLUMNS, number>;
  return mapActivityRows(table, context, { ...col, fixedActivityId: null, fixedUnit: null, fixedDataQuality: 'invoice' });
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
