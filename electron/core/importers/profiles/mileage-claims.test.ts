import { describe, expect, it } from 'vitest';
import { carFuel, carSize, mileageClaimsProfile as mileage } from './mileage-claims';
import { runProfile } from './profile-test-kit';

describe('mileage-claims', () => {
  it('recognises claims with an employee and a distance', () => {
    expect(mileage.match(['Date', 'Employee', 'Purpose', 'Miles', 'Rate (p/mile)', 'Amount'])).toBe(80);
    expect(mileage.match(['Journey date', 'Claimant', 'Distance (km)', 'Fuel type'])).toBe(80);
    expect(mileage.match(['Date', 'Miles'])).toBe(0);
  });

  it('reads car fuels and sizes', () => {
    expect(['Diesel', 'Petrol', 'Hybrid', 'Plug-in hybrid', 'Electric', 'EV', 'LPG', ''].map(carFuel)).toEqual(['diesel', 'petrol', 'hybrid', 'phev', 'bev', 'bev', 'lpg', 'unknown-fuel']);
    expect(['Small', 'Medium', 'Large', '1.2', '1.6L', '2.5', '1598cc', '', 'Tank'].map(carSize)).toEqual(['small', 'medium', 'large', 'small', 'medium', 'large', 'medium', 'average', null]);
  });

  it('records grey-fleet miles per employee and month, as business travel', () => {
    const csv =
      'Date,Employee,Purpose,Miles,Fuel type,Engine size\n' +
      '13/05/2025,Sam Green,Client visit Leeds,12,Diesel,1.6\n' +
      '13/05/2025,Sam Green,Return from Leeds,12,Diesel,1.6\n' +
      '20/05/2025,Sam Green,Supplier visit,30,,\n' +
      '21/05/2025,Ana Ruiz,Site survey,45.5,Petrol,Small\n' +
      '22/05/2025,Ana Ruiz,Training,10,LPG,Small\n';
    const result = runProfile(mileage, csv);
    expect(result.rejects).toEqual([]);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.meter, r.periodStart, r.periodEnd, r.quantity, r.unit])).toEqual([
      [2, 'grey-fleet-car-medium-diesel', 'Sam Green', '2025-05-13', '2025-05-13', 24, 'mile'],
      [4, 'grey-fleet-car-average-unknown-fuel', 'Sam Green', '2025-05-20', '2025-05-20', 30, 'mile'],
      [5, 'grey-fleet-car-small-petrol', 'Ana Ruiz', '2025-05-21', '2025-05-21', 45.5, 'mile'],
      [6, 'grey-fleet-car-average-lpg', 'Ana Ruiz', '2025-05-22', '2025-05-22', 10, 'mile'],
    ]);
    expect(result.records[0]?.description).toBe('Mileage claims by Sam Green, May 2025: 2 journeys (rows 2 and 3): Client visit Leeds; Return from Leeds');
    expect(result.warnings).toEqual([
      "1 claim(s) do not say the car's fuel: the DESNZ average car of unknown fuel was used. Add a fuel column for a closer figure.",
      '1 claim(s) are for a car size DESNZ gives no factor for with that fuel: the average car of that fuel was used.',
    ]);
  });

  it('reads kilometres and a unit column, and rejects what is not a car journey', () => {
    const km = runProfile(mileage, 'Date,Employee,Distance (km),Fuel\n14/05/2025,Sam Green,80,Electric\n');
    expect(km.records.map((r) => [r.activityId, r.quantity, r.unit])).toEqual([['grey-fleet-car-average-bev', 80, 'km']]);
    const csv =
      'Date,Employee,Distance,Unit,Vehicle,Fuel\n' +
      '14/05/2025,Sam Green,20,miles,Car,Diesel\n' +
      '14/05/2025,Sam Green,20,leagues,Car,Diesel\n' +
      '14/05/2025,Sam Green,20,miles,Van,Diesel\n' +
      '14/05/2025,Sam Green,20,miles,Bicycle,\n' +
      '14/05/2025,Sam Green,0,miles,Car,Diesel\n' +
      '14/05/2025,Sam Green,20,miles,Car,Steam\n';
    const result = runProfile(mileage, csv);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.quantity, r.unit])).toEqual([[2, 'grey-fleet-car-average-diesel', 20, 'mile']]);
    expect(result.rejects).toEqual([
      { rowNumber: 3, column: 'Unit', reason: '"leagues" is not miles or km' },
      { rowNumber: 4, column: 'Vehicle', reason: 'vans driven on business in an employee’s own vehicle have no grey-fleet factor in the catalogue: record them as company van distance if the van is the company’s' },
      { rowNumber: 5, column: 'Vehicle', reason: 'cycling and walking have no emissions to record' },
      { rowNumber: 6, column: 'Distance', reason: 'no distance on this claim' },
      { rowNumber: 7, column: 'Fuel', reason: '"Steam" is not a car fuel (petrol, diesel, hybrid, plug-in hybrid, electric, LPG, CNG)' },
    ]);
  });
});
