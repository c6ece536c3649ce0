import { describe, expect, it } from 'vitest';
import { findAirport, greatCircleKm, type Airport } from './airports';
import { flightActivity, flightsProfile as flights, haulOf } from './flights';
import { runProfile } from './profile-test-kit';

const airport = (code: string): Airport => {
  const a = findAirport(code);
  if (!a) throw new Error(`no ${code}`);
  return a;
};
const gcd = (a: string, b: string) => greatCircleKm(airport(a), airport(b));

describe('flights', () => {
  it('ships airports with coordinates and measures great-circle distances', () => {
    expect(airport('LHR')).toEqual({ iata: 'LHR', name: 'London Heathrow Airport', country: 'GB', latitude: 51.4706, longitude: -0.461941 });
    expect(gcd('LHR', 'JFK')).toBeCloseTo(5540, -1);
    expect(gcd('LHR', 'EDI')).toBeCloseTo(534, -1);
    expect(gcd('LHR', 'CDG')).toBeCloseTo(348, -1);
    expect(gcd('CDG', 'JFK')).toBeCloseTo(5834, -1);
    expect(findAirport('lhr')?.iata).toBe('LHR');
  });

  it('puts flights in DESNZ haul bands', () => {
    expect(haulOf(airport('LHR'), airport('JFK'), gcd('LHR', 'JFK'))).toBe('long-haul');
    expect(haulOf(airport('LHR'), airport('EDI'), gcd('LHR', 'EDI'))).toBe('domestic');
    expect(haulOf(airport('LHR'), airport('CDG'), gcd('LHR', 'CDG'))).toBe('short-haul');
    expect(haulOf(airport('CDG'), airport('JFK'), gcd('CDG', 'JFK'))).toBe('international');
    expect(haulOf(airport('LGW'), airport('JER'), gcd('LGW', 'JER'))).toBe('short-haul');
    expect(haulOf(airport('LHR'), airport('DXB'), 3699.9)).toBe('short-haul');
    expect(haulOf(airport('LHR'), airport('DXB'), 3700)).toBe('long-haul');
    expect(flightActivity('short-haul', 'first')).toEqual({ activityId: 'flight-short-haul-business-rf', note: 'DESNZ has no first factor for short haul, so business was used' });
  });

  it('turns each flight into great-circle passenger-km (the DESNZ factors carry the distance uplift), on the factor with radiative forcing', () => {
    const csv =
      'Date,Traveller,From,To,Class,Passengers,Return,Booking ref\n' +
      '13/03/2025,A. Patel,LHR,JFK,Economy,1,Yes,AB12CD\n' +
      '14/03/2025,A. Patel,LHR,EDI,Business,1,No,EF34GH\n' +
      '15/03/2025,B. Jones,LHR,CDG,Premium Economy,2,Return,IJ56KL\n' +
      '16/03/2025,B. Jones,CDG,JFK,First,1,,MN78OP\n';
    const result = runProfile(flights, csv);
    expect(result.rejects).toEqual([]);
    const summary = result.records.map((r) => [r.rowNumber, r.activityId, r.periodStart, r.meter, r.sourceRef, r.unit, r.dataQuality]);
    expect(summary).toEqual([
      [2, 'flight-long-haul-economy-rf', '2025-03-13', 'A. Patel', 'AB12CD', 'passenger-km', 'invoice'],
      [3, 'flight-domestic-average-rf', '2025-03-14', 'A. Patel', 'EF34GH', 'passenger-km', 'invoice'],
      [4, 'flight-short-haul-economy-rf', '2025-03-15', 'B. Jones', 'IJ56KL', 'passenger-km', 'invoice'],
      [5, 'flight-international-first-rf', '2025-03-16', 'B. Jones', 'MN78OP', 'passenger-km', 'invoice'],
    ]);
    const quantities = result.records.map((r) => r.quantity);
    expect(quantities[0]).toBeCloseTo(gcd('LHR', 'JFK') * 2, 6);
    expect(quantities[1]).toBeCloseTo(gcd('LHR', 'EDI'), 6);
    expect(quantities[2]).toBeCloseTo(gcd('LHR', 'CDG') * 2 * 2, 6);
    expect(quantities[3]).toBeCloseTo(gcd('CDG', 'JFK'), 6);
    expect(result.records[0]?.description).toBe('LHR → JFK and back, 1 passenger, long haul economy: 5,540 km great-circle (the DESNZ factors include the distance uplift) (row 2)');
    expect(result.warnings).toEqual([
      'DESNZ gives domestic flights one average-passenger factor (business booked).',
      'DESNZ has no premium economy factor for short haul, so economy was used.',
    ]);
  });

  it('adds up colleagues on the same day instead of dropping them as repeats, and refuses a repeated booking', () => {
    const csv = 'Date,From,To\n10/04/2025,MAN,LHR\n10/04/2025,MAN,LHR\n10/04/2025,LHR,MAN\n';
    const result = runProfile(flights, csv);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ rowNumber: 2, activityId: 'flight-domestic-average-rf', periodStart: '2025-04-10', periodEnd: '2025-04-10', meter: null });
    expect(result.records[0]?.quantity).toBeCloseTo(gcd('MAN', 'LHR') * 3, 6);
    expect(result.records[0]?.description).toContain('(rows 2, 3 and 4)');
    const repeated = runProfile(flights, 'Date,From,To,PNR\n10/04/2025,MAN,LHR,XY1\n10/04/2025,MAN,LHR,XY1\n');
    expect(repeated.rejects).toEqual([{ rowNumber: 3, column: 'PNR', reason: 'booking reference "XY1" is already on row 2: a repeated line is not counted twice' }]);
  });

  it('rejects unknown airports and unreadable classes, passengers and trip types', () => {
    const csv =
      'Date,Origin,Destination,Cabin,Pax,Trip type,Return date\n' +
      '01/05/2025,LHR,XQZ,Economy,1,One way,\n' +
      '01/05/2025,LH,JFK,Economy,1,One way,\n' +
      '01/05/2025,LHR,LHR,Economy,1,One way,\n' +
      '01/05/2025,LHR,JFK,Cargo hold,1,One way,\n' +
      '01/05/2025,LHR,JFK,Economy,0,One way,\n' +
      '01/05/2025,LHR,JFK,Economy,1,Maybe,\n' +
      '01/05/2025,LHR,JFK,Economy,1,,28/04/2025\n' +
      '01/05/2025,LHR,JFK,,1,,08/05/2025\n';
    const result = runProfile(flights, csv);
    expect(result.rejects).toEqual([
      { rowNumber: 2, column: 'Destination', reason: 'destination "XQZ" is not an airport code in the shipped airport list (OurAirports medium and large airports)' },
      { rowNumber: 3, column: 'Origin', reason: 'origin "LH" is not a three-letter IATA airport code' },
      { rowNumber: 4, column: 'Destination', reason: 'the flight starts and ends at LHR' },
      { rowNumber: 5, column: 'Cabin', reason: 'class "Cargo hold" is not economy, premium economy, business or first' },
      { rowNumber: 6, column: 'Pax', reason: 'passengers must be a whole number of at least 1, not 0' },
      { rowNumber: 7, column: 'Trip type', reason: '"Maybe" does not say return or one way' },
      { rowNumber: 8, column: 'Return date', reason: 'the return date is before the outbound date' },
    ]);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.periodStart, r.periodEnd])).toEqual([[9, 'flight-long-haul-average-rf', '2025-05-01', '2025-05-08']]);
    expect(result.records[0]?.quantity).toBeCloseTo(gcd('LHR', 'JFK') * 2, 6);
  });
});
