import { findActivity } from '../../emissions/catalogue';
import type { CsvTable } from '../csv-table';
import { findColumn, hasColumns, RowReader } from './columns';
import { combineLines, emptyResult, findHeader, monthLabel, monthOf, rowList, type Line } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult } from './types';

// Mileage claims from an expenses system (Expensify, Pleo, Soldo, Xero Expenses, a claims
// spreadsheet): business journeys in employees' own cars, "grey fleet", which DESNZ and the GHG
// Protocol put in Scope 3 category 6 (business travel). Car size and fuel pick the DESNZ
// grey-fleet factor; when the claim does not say, the average car of unknown fuel is used and the
// user is told. Journeys are summed per employee, car type and month, since two equal legs on one
// day (out and back) are both real.

const COLUMNS = {
  date: ['date', 'journey_date', 'date_of_journey', 'claim_date', 'travel_date', 'trip_date', 'expense_date', 'date_of_travel'],
  employee: ['employee', 'employee_name', 'claimant', 'staff', 'staff_member', 'name', 'driver', 'user', 'submitted_by', 'person'],
  distance: ['distance', 'distance_travelled', 'journey_distance', 'quantity'],
  unit: ['unit', 'units', 'distance_unit'],
  fuel: ['fuel', 'fuel_type', 'engine_type', 'powertrain', 'vehicle_fuel'],
  size: ['car_size', 'vehicle_size', 'size', 'engine_size', 'engine_capacity', 'engine_cc', 'cc'],
  vehicle: ['vehicle', 'vehicle_type', 'mode', 'transport', 'type_of_vehicle', 'means_of_transport'],
  reference: ['claim_id', 'claim_number', 'claim_reference', 'expense_id', 'report_id', 'reference', 'ref'],
  purpose: ['purpose', 'description', 'reason', 'journey', 'from_to', 'details'],
  site: ['site', 'site_name', 'office'],
} as const;

const MILES = (raw: string) => /(^|[^a-z])(miles?|mileage)([^a-z]|$)/.test(raw);
const KM = (raw: string) => /(^|[^a-z])(km|kms|kilomet\w*)([^a-z]|$)/.test(raw);

type Fuel = 'diesel' | 'petrol' | 'hybrid' | 'phev' | 'bev' | 'lpg' | 'cng' | 'unknown-fuel';
type Size = 'small' | 'medium' | 'large' | 'average';

export function carFuel(text: string): Fuel | null {
  const t = text.trim().toLowerCase();
  if (t === '' || /^(unknown|not known|n\/a|other|-)$/.test(t)) return 'unknown-fuel';
  if (/plug|phev/.test(t)) return 'phev';
  if (/hybrid|\bhev\b|self.charging/.test(t)) return 'hybrid';
  if (/\b(bev|ev)\b|electric|battery/.test(t)) return 'bev';
  if (/diesel/.test(t)) return 'diesel';
  if (/petrol|gasoline|unleaded/.test(t)) return 'petrol';
  if (/\blpg\b|autogas/.test(t)) return 'lpg';
  if (/\bcng\b|natural gas/.test(t)) return 'cng';
  return null;
}

/** DESNZ car sizes: small up to 1.4 litres, medium 1.4–2.0 litres, large over 2.0 litres. */
export function carSize(text: string): Size | null {
  const t = text.trim().toLowerCase();
  if (t === '' || /^(unknown|average|not known|n\/a|-)$/.test(t)) return 'average';
  if (/small|mini|supermini|city/.test(t)) return 'small';
  if (/medium|lower medium|upper medium|family/.test(t)) return 'medium';
  if (/large|executive|luxury|suv|4x4|mpv/.test(t)) return 'large';
  const litres = t.match(/^(\d+(?:\.\d+)?)\s*(l|litres?|liters?|cc)?$/);
  if (!litres) return null;
  const value = Number(litres[1]) > 50 ? Number(litres[1]) / 1000 : Number(litres[1]);
  return value <= 1.4 ? 'small' : value <= 2.0 ? 'medium' : 'large';
}

function mapMileage(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const header = table.header;
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  const milesColumn = findHeader(header, MILES);
  const kmColumn = findHeader(header, KM);
  const distanceColumn = milesColumn >= 0 ? milesColumn : kmColumn >= 0 ? kmColumn : col.distance;
  const headerUnit = milesColumn >= 0 ? 'mile' : kmColumn >= 0 ? 'km' : null;
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const lines: Line[] = [];
  let guessed = 0;
  let averaged = 0;
  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const date = read.date(row, col.date, 'date');
    const employee = read.text(row, col.employee);
    const distance = read.number(row, distanceColumn, 'distance');
    if (distance !== null && distance <= 0) read.fail(row, distanceColumn, distance === 0 ? 'no distance on this claim' : 'distance is negative: correct the original claim instead');
    const unitText = read.text(row, col.unit).toLowerCase();
    const unit = headerUnit ?? (MILES(unitText) ? 'mile' : KM(unitText) ? 'km' : null);
    if (!unit) read.fail(row, col.unit, unitText ? `"${read.text(row, col.unit)}" is not miles or km` : 'the file does not say miles or km');
    const vehicle = read.text(row, col.vehicle).toLowerCase();
    if (/van|lorry|truck/.test(vehicle)) read.fail(row, col.vehicle, 'vans driven on business in an employee’s own vehicle have no grey-fleet factor in the catalogue: record them as company van distance if the van is the company’s');
    else if (/motor ?bike|motorcycle|moped|scooter/.test(vehicle)) read.fail(row, col.vehicle, 'motorbike mileage has no grey-fleet factor in the catalogue yet');
    else if (/bicycle|\bbike\b|cycle|walk|foot/.test(vehicle)) read.fail(row, col.vehicle, 'cycling and walking have no emissions to record');
    const fuelText = read.text(row, col.fuel);
    const fuel = carFuel(fuelText);
    if (!fuel) read.fail(row, col.fuel, `"${fuelText}" is not a car fuel (petrol, diesel, hybrid, plug-in hybrid, electric, LPG, CNG)`);
    const sizeText = read.text(row, col.size);
    const size = carSize(sizeText);
    if (!size) read.fail(row, col.size, `"${sizeText}" is not a car size (small, medium, large) or engine size (e.g. 1.6 or 1598cc)`);
    if (result.rejects.length > before || !siteId || !date || distance === null || !unit || !fuel || !size) continue;
    // DESNZ publishes some size/fuel pairs only as the average car (e.g. CNG, LPG have no small car).
    const exact = `grey-fleet-car-${size}-${fuel}`;
    const activity = findActivity(exact) ?? findActivity(`grey-fleet-car-average-${fuel}`);
    if (!activity) continue;
    if (fuel === 'unknown-fuel') guessed++;
    else if (activity.id !== exact) averaged++;
    const purpose = read.text(row, col.purpose);
    const reference = read.text(row, col.reference);
    lines.push({
      draft: {
        rowNumber: row.rowNumber,
        siteId,
        activityId: activity.id,
        periodStart: date.date,
        periodEnd: date.date,
        quantity: distance,
        unit,
        options: null,
        description: purpose,
        dataQuality: 'invoice',
        meter: employee || null,
        sourceRef: reference || null,
        estimated: false,
      },
      group: monthOf(date.date),
      quantityColumn: header[distanceColumn] ?? null,
      reference: reference || null,
    });
  }
  if (guessed > 0) result.warnings.push(`${guessed} claim(s) do not say the car's fuel: the DESNZ average car of unknown fuel was used. Add a fuel column for a closer figure.`);
  if (averaged > 0) result.warnings.push(`${averaged} claim(s) are for a car size DESNZ gives no factor for with that fuel: the average car of that fuel was used.`);
  result.records = combineLines(lines, result, {
    prefix: '',
    groupLabel: (d) => `${d.meter ?? 'claims'} in ${monthLabel(monthOf(d.periodStart))}`,
    describe: (drafts) => {
      const first = drafts[0];
      const purposes = [...new Set(drafts.map((d) => d.description).filter(Boolean))].join('; ');
      return `Mileage claims${first?.meter ? ` by ${first.meter}` : ''}, ${monthLabel(monthOf(first?.periodStart ?? ''))}: ${drafts.length} journey${drafts.length === 1 ? '' : 's'} (${rowList(drafts.map((d) => d.rowNumber))})${purposes ? `: ${purposes}` : ''}`;
    },
  });
  return result;
}

export const mileageClaimsProfile: ImportProfile = {
  id: 'mileage-claims',
  label: 'Mileage claims',
  description:
    'Business mileage claimed for employees’ own cars, from an expenses system or claims spreadsheet: date, employee, miles or km, and the car’s fuel and size if known. Counted as business travel (Scope 3 category 6).',
  match(header) {
    const distance = findHeader(header, MILES) >= 0 || findHeader(header, KM) >= 0 || hasColumns(header, COLUMNS.distance);
    if (!hasColumns(header, COLUMNS.date) || !distance) return 0;
    return hasColumns(header, COLUMNS.employee) ? 80 : 0;
  },
  map: mapMileage,
};
