import { findActivity } from '../../emissions/catalogue';
import type { CsvTable } from '../csv-table';
import { findColumn, hasColumns, RowReader } from './columns';
import { combineLines, emptyResult, findHeader, monthLabel, monthOf, rowList, SeenReferences, type Line } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult } from './types';

// Fuel card transaction exports (Allstar, UK Fuels, Shell Card, BP Fuel Card, Radius and the
// like): one row per fill with the date, the vehicle registration, litres and the product. Diesel
// and petrol become the company-vehicle fuel activities; the registration is the record's meter,
// so each vehicle's fuel is its own stream. A card's "Site" column is the filling station, not a
// workspace site, so the whole file belongs to the site chosen for it.
//
// Fills are summed per vehicle, product and month: two identical fills on one day are both real,
// and a reversal (negative litres) cancels the fill it reverses. Lines that are not fuel (AdBlue,
// car wash, shop) are refused by name rather than left out quietly.

const COLUMNS = {
  date: ['transaction_date', 'date', 'purchase_date', 'date_of_purchase', 'trans_date', 'txn_date', 'date_time'],
  registration: ['registration', 'vehicle_registration', 'vehicle_reg', 'reg', 'reg_no', 'registration_number', 'vrn', 'vehicle', 'registration_no'],
  litres: ['litres', 'liters', 'quantity', 'volume', 'qty', 'quantity_litres', 'volume_litres', 'ltrs', 'units'],
  product: ['product', 'fuel_type', 'fuel', 'product_description', 'product_name', 'grade', 'product_type', 'description'],
  reference: ['transaction_number', 'transaction_id', 'transaction_no', 'transaction', 'receipt_number', 'receipt_no', 'ticket_number', 'reference'],
  driver: ['driver', 'driver_name', 'cardholder', 'card_holder'],
  cost: ['net_amount', 'net', 'net_value', 'amount', 'cost', 'gross_amount', 'total', 'value'],
} as const;

/** Product names on fuel card statements → catalogue activity, or the reason a product is not counted. */
const PRODUCTS: readonly { test: RegExp; activityId?: string; refuse?: string }[] = [
  { test: /adblue|\bdef\b/, refuse: 'AdBlue is not a fuel: no emissions are counted for it' },
  { test: /\b(hvo|biodiesel|b100)\b/, refuse: 'renewable diesel (HVO/B100) needs DESNZ biofuel factors, which the activity catalogue does not have yet' },
  { test: /\bev\b|electric|charging|\bkwh\b/, refuse: 'electric vehicle charging is electricity, not liquid fuel: record it as electric-car distance or as electricity' },
  { test: /\b(lpg|autogas)\b/, activityId: 'lpg' },
  { test: /\bgas ?oil\b|red diesel/, activityId: 'gas-oil' },
  { test: /diesel|\bderv\b|\bulsd\b/, activityId: 'vehicle-fuel-diesel' },
  { test: /petrol|unleaded|\bulp\b|\bsulp\b|\blrp\b|super|v-?power|\bgasoline\b|\be10\b|\be5\b/, activityId: 'vehicle-fuel-petrol' },
  { test: /wash|shop|oil|lubricant|screenwash|toll|parking|valet|tyre|service|lube|misc|fee|charge/, refuse: 'not a vehicle fuel: no emissions are counted for it' },
];

export function fuelProduct(text: string): { activityId: string } | { refuse: string } | null {
  const t = text.trim().toLowerCase();
  const hit = PRODUCTS.find((p) => p.test.test(t));
  if (!hit) return null;
  return hit.activityId ? { activityId: hit.activityId } : { refuse: hit.refuse ?? '' };
}

function mapFuelCard(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const header = table.header;
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  const gallons = findHeader(header, (raw) => /gallon/.test(raw));
  const litresColumn = col.litres >= 0 ? col.litres : gallons;
  const unit = litresColumn === gallons && gallons >= 0 ? 'gal-imp' : 'litre';
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const refs = new SeenReferences(result.rejects, 'transaction');
  const lines: Line[] = [];
  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, -1);
    const date = read.date(row, col.date, 'date');
    // Registrations are written with and without the space ("AB12 CDE", "ab12cde"): one vehicle, one meter.
    const registration = read.text(row, col.registration).toUpperCase().replace(/\s+/g, '');
    const productText = read.text(row, col.product);
    const product = fuelProduct(productText);
    if (!product) read.fail(row, col.product, productText ? `"${productText}" is not a fuel the app recognises (diesel, petrol, LPG)` : 'product is empty');
    else if ('refuse' in product) read.fail(row, col.product, `${productText}: ${product.refuse}`);
    const quantity = read.number(row, litresColumn, unit === 'litre' ? 'litres' : 'gallons');
    if (quantity === 0) read.fail(row, litresColumn, 'no fuel on this line (0 litres)');
    if (!registration && product && 'activityId' in product) read.fail(row, col.registration, 'registration is empty: fuel is recorded per vehicle');
    const reference = read.text(row, col.reference);
    if (result.rejects.length > before || !siteId || !date || !product || !('activityId' in product) || quantity === null) continue;
    // A reversal carries the original's reference, so only fills are checked for repeats.
    if (quantity > 0 && !refs.first(row, header[col.reference] ?? null, reference)) continue;
    const activity = findActivity(product.activityId);
    if (!activity) continue;
    const cost = read.text(row, col.cost);
    lines.push({
      draft: {
        rowNumber: row.rowNumber,
        siteId,
        activityId: activity.id,
        periodStart: date.date,
        periodEnd: date.date,
        quantity,
        unit: activity.acceptedUnits.includes(unit) ? unit : 'litre',
        options: null,
        description: `${registration}: ${productText}${cost ? ` (${cost})` : ''}`,
        dataQuality: 'invoice',
        meter: registration,
        sourceRef: reference || null,
        estimated: false,
      },
      group: monthOf(date.date),
      quantityColumn: header[litresColumn] ?? null,
      reference: reference || null,
    });
  }
  result.records = combineLines(lines, result, {
    prefix: '',
    groupLabel: (d) => `${d.meter ?? ''} ${findActivity(d.activityId)?.label.toLowerCase() ?? d.activityId} in ${monthLabel(monthOf(d.periodStart))}`,
    describe: (drafts) => {
      const first = drafts[0];
      const label = findActivity(first?.activityId ?? '')?.label ?? '';
      return `Fuel card: ${first?.meter ?? ''}, ${label.toLowerCase()}, ${drafts.length} fill${drafts.length === 1 ? '' : 's'} (${rowList(drafts.map((d) => d.rowNumber))})`;
    },
  });
  return result;
}

export const fuelCardProfile: ImportProfile = {
  id: 'fuel-card',
  label: 'Fuel card transactions',
  description:
    'A fuel card statement or transaction export (Allstar, UK Fuels, Shell, BP, Radius…): date, vehicle registration, litres and product. Diesel and petrol are recorded per vehicle; AdBlue, car washes and shop items are listed as not counted.',
  match(header) {
    const litres = hasColumns(header, COLUMNS.litres) || findHeader(header, (raw) => /litre|liter|gallon/.test(raw)) >= 0;
    if (!hasColumns(header, COLUMNS.date, COLUMNS.registration, COLUMNS.product) || !litres) return 0;
    return hasColumns(header, ['registration', 'vehicle_registration', 'vehicle_reg', 'reg', 'reg_no', 'registration_number', 'vrn', 'registration_no']) ? 85 : 75;
  },
  map: mapFuelCard,
};
