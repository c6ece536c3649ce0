import { findActivity } from '../../emissions/catalogue';
import type { CsvTable } from '../csv-table';
import { findAirport, greatCircleKm, type Airport } from './airports';
import { findColumn, hasColumns, RowReader } from './columns';
import { combineLines, emptyResult, rowList, SeenReferences, type Line } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult } from './types';

// A flight log (travel agent or expense export, or a spreadsheet kept by hand): date, origin and
// destination IATA codes, optionally cabin class, passengers and a return flag. Each flight gets
// its great-circle distance from shipped airport coordinates and DESNZ's haul band, and becomes
// passenger-km on the DESNZ flight factor with radiative forcing (DESNZ recommends including RF).
//
// Distance: the plain great-circle distance. DESNZ's methodology paper derives its air factors
// "excluding distance and RF uplifts" and then builds the 8 % distance uplift (indirect routes,
// circling) into the published per-passenger-km factors, so users enter great-circle distance;
// adding 8 % here would count it twice. Every record's description shows the distance used.
//
// Haul bands (DESNZ): domestic = both ends in the UK; short haul = to/from the UK under 3,700 km;
// long haul = to/from the UK from 3,700 km; international = not touching the UK. Bands are judged
// on the great-circle distance. The Channel Islands and the Isle of Man are not
// the UK (ISO codes JE, GG, IM), so flights to them are short haul.

export const SHORT_HAUL_LIMIT_KM = 3700;

const COLUMNS = {
  date: ['date', 'travel_date', 'departure_date', 'flight_date', 'outbound_date', 'date_of_travel', 'outbound'],
  returnDate: ['return_date', 'inbound_date', 'date_of_return'],
  origin: ['from', 'origin', 'departure', 'departure_airport', 'origin_airport', 'from_airport', 'dep', 'origin_iata', 'from_iata', 'departure_iata', 'origin_code'],
  destination: ['to', 'destination', 'arrival', 'arrival_airport', 'destination_airport', 'to_airport', 'arr', 'dest', 'destination_iata', 'to_iata', 'arrival_iata', 'destination_code'],
  cabin: ['class', 'cabin', 'cabin_class', 'travel_class', 'seat_class', 'fare_class', 'class_of_travel'],
  passengers: ['passengers', 'pax', 'travellers', 'travelers', 'number_of_passengers', 'no_of_passengers', 'people'],
  trip: ['return', 'return_trip', 'round_trip', 'trip_type', 'journey_type', 'return_flight', 'single_or_return', 'single_return'],
  traveller: ['traveller', 'traveler', 'passenger', 'passenger_name', 'employee', 'staff', 'name'],
  reference: ['booking_reference', 'booking_ref', 'reference', 'ref', 'pnr', 'ticket', 'ticket_number', 'booking_id'],
  site: ['site', 'site_name'],
} as const;

export type Haul = 'domestic' | 'short-haul' | 'long-haul' | 'international';
export type Cabin = 'average' | 'economy' | 'premium-economy' | 'business' | 'first';

export function haulOf(from: Airport, to: Airport, distanceKm: number): Haul {
  const uk = (a: Airport) => a.country === 'GB';
  if (uk(from) && uk(to)) return 'domestic';
  if (!uk(from) && !uk(to)) return 'international';
  return distanceKm < SHORT_HAUL_LIMIT_KM ? 'short-haul' : 'long-haul';
}

export function cabinOf(text: string): Cabin | null {
  const t = text.trim().toLowerCase();
  if (t === '' || /^(average|unknown|any|n\/a|not known)$/.test(t)) return 'average';
  if (/premium|^w$|^pe$/.test(t)) return 'premium-economy';
  if (/first|^f$|^a$/.test(t)) return 'first';
  if (/business|club|upper|^j$|^c$|^d$/.test(t)) return 'business';
  if (/economy|coach|standard|^y$|^m$|^econ?$/.test(t)) return 'economy';
  return null;
}

/** The DESNZ factor for a band and class; where DESNZ publishes no such class, the nearest one, with a note. */
export function flightActivity(haul: Haul, cabin: Cabin): { activityId: string; note: string | null } {
  let used: Cabin = cabin;
  if (haul === 'domestic') used = 'average';
  else if (haul === 'short-haul' && cabin === 'premium-economy') used = 'economy';
  else if (haul === 'short-haul' && cabin === 'first') used = 'business';
  const activityId = `flight-${haul}-${used}-rf`;
  const words = (c: Cabin) => c.replace('-', ' ');
  const note = used === cabin ? null : haul === 'domestic' ? `DESNZ gives domestic flights one average-passenger factor (${words(cabin)} booked)` : `DESNZ has no ${words(cabin)} factor for short haul, so ${words(used)} was used`;
  return { activityId, note };
}

function tripOf(text: string): 'return' | 'single' | null {
  const t = text.trim().toLowerCase();
  if (/^(y|yes|true|1|r|rtn|return|round ?trip|round-trip|return trip)$/.test(t)) return 'return';
  if (t === '' || /^(n|no|false|0|s|ow|single|one ?way|one-way|oneway)$/.test(t)) return 'single';
  return null;
}

const km = (n: number) => Math.round(n).toLocaleString('en-GB');

function mapFlights(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(table.header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const refs = new SeenReferences(result.rejects, 'booking reference');
  const lines: Line[] = [];
  const notes = new Set<string>();
  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const date = read.date(row, col.date, 'date');
    const back = col.returnDate >= 0 && read.text(row, col.returnDate) !== '' ? read.date(row, col.returnDate, 'return date') : null;
    const airport = (column: number, label: string): Airport | null => {
      const code = read.text(row, column).toUpperCase();
      if (!/^[A-Z]{3}$/.test(code)) return read.fail(row, column, code ? `${label} "${code}" is not a three-letter IATA airport code` : `${label} airport is empty`);
      return findAirport(code) ?? read.fail(row, column, `${label} "${code}" is not an airport code in the shipped airport list (OurAirports medium and large airports)`);
    };
    const from = airport(col.origin, 'origin');
    const to = airport(col.destination, 'destination');
    if (from && to && from.iata === to.iata) read.fail(row, col.destination, `the flight starts and ends at ${from.iata}`);
    const cabinText = read.text(row, col.cabin);
    const cabin = cabinOf(cabinText);
    if (!cabin) read.fail(row, col.cabin, `class "${cabinText}" is not economy, premium economy, business or first`);
    const paxText = read.text(row, col.passengers);
    const pax = paxText === '' ? 1 : read.number(row, col.passengers, 'passengers');
    if (pax !== null && !(Number.isInteger(pax) && pax >= 1)) read.fail(row, col.passengers, `passengers must be a whole number of at least 1, not ${paxText}`);
    const tripText = read.text(row, col.trip);
    const trip = back ? 'return' : tripOf(tripText);
    if (!trip) read.fail(row, col.trip, `"${tripText}" does not say return or one way`);
    if (date && back && back.date < date.date) read.fail(row, col.returnDate, 'the return date is before the outbound date');
    const reference = read.text(row, col.reference);
    if (result.rejects.length > before || !siteId || !date || !from || !to || !cabin || pax === null || !trip) continue;
    if (!refs.first(row, table.header[col.reference] ?? null, reference)) continue;
    const gcd = greatCircleKm(from, to);
    const haul = haulOf(from, to, gcd);
    const { activityId, note } = flightActivity(haul, cabin);
    if (!findActivity(activityId)) {
      read.fail(row, col.cabin, `there is no DESNZ factor for ${cabin} on a ${haul} flight`);
      continue;
    }
    if (note) notes.add(note);
    const legs = trip === 'return' ? 2 : 1;
    const flown = gcd;
    lines.push({
      draft: {
        rowNumber: row.rowNumber,
        siteId,
        activityId,
        periodStart: date.date,
        periodEnd: back?.date ?? date.date,
        quantity: flown * pax * legs,
        unit: 'passenger-km',
        options: null,
        description: `${from.iata} → ${to.iata}${legs === 2 ? ' and back' : ''}, ${pax} passenger${pax === 1 ? '' : 's'}, ${haul.replace('-', ' ')}${cabin === 'average' ? '' : ` ${cabin.replace('-', ' ')}`}: ${km(flown)} km great-circle (the DESNZ factors include the distance uplift)`,
        dataQuality: 'invoice',
        meter: read.text(row, col.traveller) || null,
        sourceRef: reference || null,
        estimated: false,
      },
      group: `${date.date}|${back?.date ?? ''}`,
      quantityColumn: table.header[col.passengers] ?? null,
      reference: reference || null,
    });
  }
  result.records = combineLines(lines, result, {
    prefix: '',
    groupLabel: (d) => `flights on ${d.periodStart}`,
    describe: (drafts) => `${drafts.map((d) => d.description).join('; ')} (${rowList(drafts.map((d) => d.rowNumber))})`,
  });
  for (const note of notes) result.warnings.push(`${note}.`);
  return result;
}

export const flightsProfile: ImportProfile = {
  id: 'flights',
  label: 'Flight log',
  description:
    'Business flights with a date, origin and destination airport codes (e.g. LHR, JFK), and optionally cabin class, passengers and return: from a travel agent’s report, an expenses system, or your own spreadsheet.',
  match(header) {
    if (!hasColumns(header, COLUMNS.date, COLUMNS.origin, COLUMNS.destination)) return 0;
    return hasColumns(header, COLUMNS.cabin) || hasColumns(header, COLUMNS.trip) || hasColumns(header, COLUMNS.passengers) ? 85 : 80;
  },
  map: mapFlights,
};
