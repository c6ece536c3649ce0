import { describe, expect, it } from 'vitest';
import { fuelCardProfile as card, fuelProduct } from './fuel-card';
import { runProfile } from './profile-test-kit';

describe('fuel-card', () => {
  it('recognises fuel card exports', () => {
    expect(card.match(['Transaction Date', 'Card Number', 'Registration', 'Site Name', 'Product', 'Quantity', 'Net Amount'])).toBe(85);
    expect(card.match(['Date', 'Vehicle', 'Fuel Type', 'Litres'])).toBe(75);
    expect(card.match(['Date', 'Vehicle', 'Fuel Type'])).toBe(0);
  });

  it('maps products to fuels and refuses what is not fuel', () => {
    expect(['Diesel', 'ULSD', 'V-Power Diesel', 'Unleaded', 'Super Unleaded', 'LPG', 'Red diesel'].map((p) => fuelProduct(p))).toEqual([
      { activityId: 'vehicle-fuel-diesel' }, { activityId: 'vehicle-fuel-diesel' }, { activityId: 'vehicle-fuel-diesel' },
      { activityId: 'vehicle-fuel-petrol' }, { activityId: 'vehicle-fuel-petrol' }, { activityId: 'lpg' }, { activityId: 'gas-oil' },
    ]);
    expect(fuelProduct('AdBlue')).toEqual({ refuse: 'AdBlue is not a fuel: no emissions are counted for it' });
    expect(fuelProduct('Car wash')).toEqual({ refuse: 'not a vehicle fuel: no emissions are counted for it' });
    expect(fuelProduct('Kerosene')).toBeNull();
  });

  it('records fuel per vehicle and month, summing fills and netting reversals, with the registration as meter', () => {
    const csv =
      'Transaction Date,Transaction Number,Registration,Site Name,Product,Quantity,Net Amount\n' +
      '14/05/2025,T-1001,AB12 CDE,Shell Leeds,Diesel,52.30,£71.20\n' +
      '14/05/2025,T-1002,ab12cde,Shell Leeds,Diesel,52.30,£71.20\n' +
      '20/05/2025,T-1003,AB12 CDE,BP York,Diesel,-10.00,-£13.61\n' +
      '21/05/2025,T-1004,XY65 ZZZ,BP York,Unleaded,40.00,£52.00\n' +
      '02/06/2025,T-1005,AB12 CDE,BP York,Diesel,48.00,£65.00\n' +
      '02/06/2025,T-1006,AB12 CDE,BP York,AdBlue,10.00,£12.00\n' +
      '03/06/2025,T-1001,XY65 ZZZ,BP York,Unleaded,30.00,£39.00\n' +
      '04/06/2025,T-1008,,BP York,Unleaded,30.00,£39.00\n' +
      '05/06/2025,T-1009,XY65 ZZZ,BP York,Unleaded,0,£0\n';
    const result = runProfile(card, csv);
    expect(result.rejects).toEqual([
      { rowNumber: 7, column: 'Product', reason: 'AdBlue: AdBlue is not a fuel: no emissions are counted for it' },
      { rowNumber: 8, column: 'Transaction Number', reason: 'transaction "T-1001" is already on row 2: a repeated line is not counted twice' },
      { rowNumber: 9, column: 'Registration', reason: 'registration is empty: fuel is recorded per vehicle' },
      { rowNumber: 10, column: 'Quantity', reason: 'no fuel on this line (0 litres)' },
    ]);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.meter, r.periodStart, r.periodEnd, r.unit, r.dataQuality, r.sourceRef])).toEqual([
      [2, 'vehicle-fuel-diesel', 'AB12CDE', '2025-05-14', '2025-05-20', 'litre', 'invoice', 'T-1001, T-1002, T-1003'],
      [5, 'vehicle-fuel-petrol', 'XY65ZZZ', '2025-05-21', '2025-05-21', 'litre', 'invoice', 'T-1004'],
      [6, 'vehicle-fuel-diesel', 'AB12CDE', '2025-06-02', '2025-06-02', 'litre', 'invoice', 'T-1005'],
    ]);
    expect(result.records[0]?.quantity).toBeCloseTo(94.6, 10);
    expect(result.records.map((r) => r.quantity).slice(1)).toEqual([40, 48]);
    expect(result.records[0]?.description).toBe('Fuel card: AB12CDE, diesel for company vehicles (average biofuel blend), 3 fills (rows 2, 3 and 4)');
  });

  it('refuses a reversal bigger than the month’s fills rather than record negative fuel', () => {
    const csv = 'Date,Registration,Product,Litres\n14/05/2025,AB12 CDE,Diesel,20\n15/05/2025,AB12 CDE,Diesel,-30\n';
    const result = runProfile(card, csv);
    expect(result.records.map((r) => [r.quantity, r.periodStart, r.periodEnd])).toEqual([[20, '2025-05-14', '2025-05-14']]);
    expect(result.rejects).toEqual([{
      rowNumber: 3, column: 'Litres',
      reason: 'this credit is part of 30 litre of credits for AB12CDE diesel for company vehicles (average biofuel blend) in May 2025, more than the 20 litre it could reduce: a negative amount cannot be recorded, so the credits were not applied (date them with the purchase they refund)',
    }]);
  });
});
