import { describe, expect, it } from 'vitest';
import { energyBillProfile as bills, estimatedFlag } from './energy-bill';
import { runProfile } from './profile-test-kit';

describe('energy-bill', () => {
  it('recognises bill exports by their period and consumption columns, more surely with a fuel or MPAN', () => {
    expect(bills.match(['Bill number', 'MPAN', 'Period start', 'Period end', 'kWh', 'Cost', 'Read type'])).toBe(88);
    expect(bills.match(['From', 'To', 'Fuel', 'Consumption (kWh)'])).toBe(88);
    expect(bills.match(['Start date', 'End date', 'Units'])).toBe(60);
    expect(bills.match(['Date', 'kWh'])).toBe(0);
  });

  it('makes one record per bill, with estimated reads flagged and the meter from the MPAN or MPRN', () => {
    const csv =
      'Invoice number,Fuel,MPAN,MPRN,Period start,Period end,Consumption,Unit,Net amount,Read type,Calorific value\n' +
      'INV-1001,Electricity,1200012345678,,01/01/2025,31/01/2025,"1,234.5",kWh,£301.22,A,\n' +
      'INV-1002,Electricity,1200012345678,,01/02/2025,28/02/2025,1100,kWh,£270.00,E,\n' +
      'INV-2001,Gas,,1234567890,01/01/2025,31/03/2025,812,m3,£690.10,Actual,39.4\n' +
      'INV-2002,Gas,,1234567890,01/04/2025,30/06/2025,9000,kWh,£590.10,C,\n';
    const result = runProfile(bills, csv, { dateFormat: 'dmy' });
    expect(result.rejects).toEqual([]);
    expect(result.records).toEqual([
      { rowNumber: 2, siteId: 'site-1', activityId: 'grid-electricity-uk', periodStart: '2025-01-01', periodEnd: '2025-01-31', quantity: 1234.5, unit: 'kWh', options: null, description: 'Electricity from the grid (UK) bill, no. INV-1001, cost £301.22', dataQuality: 'invoice', meter: '1200012345678', sourceRef: 'INV-1001', estimated: false },
      { rowNumber: 3, siteId: 'site-1', activityId: 'grid-electricity-uk', periodStart: '2025-02-01', periodEnd: '2025-02-28', quantity: 1100, unit: 'kWh', options: null, description: 'Electricity from the grid (UK) bill, no. INV-1002, cost £270.00', dataQuality: 'estimate', meter: '1200012345678', sourceRef: 'INV-1002', estimated: true },
      { rowNumber: 4, siteId: 'site-1', activityId: 'natural-gas', periodStart: '2025-01-01', periodEnd: '2025-03-31', quantity: 812, unit: 'm3', options: { gasCalorificValueMjPerM3: 39.4 }, description: 'Natural gas bill, no. INV-2001, cost £690.10', dataQuality: 'invoice', meter: '1234567890', sourceRef: 'INV-2001', estimated: false },
      { rowNumber: 5, siteId: 'site-1', activityId: 'natural-gas', periodStart: '2025-04-01', periodEnd: '2025-06-30', quantity: 9000, unit: 'kWh', options: null, description: 'Natural gas bill, no. INV-2002, cost £590.10', dataQuality: 'invoice', meter: '1234567890', sourceRef: 'INV-2002', estimated: false },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('takes the fuel from the meter column and the unit from the header, and warns about gas in m³ without a calorific value', () => {
    const csv = 'MPRN,From,To,Consumption (m³)\n1234567890,13/01/2025,12/02/2025,310\n';
    const result = runProfile(bills, csv, { dateFormat: 'dmy' });
    expect(result.records.map((r) => [r.activityId, r.unit, r.quantity, r.options, r.meter])).toEqual([['natural-gas', 'm3', 310, null, '1234567890']]);
    expect(result.warnings).toEqual(['1 gas bill(s) in m³ have no calorific value: the typical 39.5 MJ/m³ will be used. Your bill prints the actual value; add a "Calorific value" column to use it.']);
  });

  it('moves end dates back a day when every bill ends on the day the next begins', () => {
    const csv = 'MPAN,Start date,End date,kWh\n1200012345678,01/01/2025,01/02/2025,900\n1200012345678,01/02/2025,01/03/2025,800\n';
    const result = runProfile(bills, csv, { dateFormat: 'dmy' });
    expect(result.records.map((r) => [r.periodStart, r.periodEnd])).toEqual([['2025-01-01', '2025-01-31'], ['2025-02-01', '2025-02-28']]);
    expect(result.warnings).toEqual(['Each bill starts on the day the previous one ends, so end dates were read as the first day of the next bill and moved back one day.']);
  });

  it('rejects bad rows with the column and reason', () => {
    const csv =
      'Fuel,Period start,Period end,kWh,Read type,Unit\n' +
      'Electricity,01/03/2025,28/02/2025,100,A,kWh\n' +
      'Water,01/03/2025,31/03/2025,100,A,kWh\n' +
      ',01/03/2025,31/03/2025,100,A,kWh\n' +
      'Electricity,01/03/2025,31/03/2025,-40,A,kWh\n' +
      'Electricity,01/03/2025,31/03/2025,100,Maybe,kWh\n' +
      'Electricity,01/03/2025,31/03/2025,100,A,m3\n' +
      'Gas,01/03/2025,31/03/2025,100,A,furlongs\n';
    expect(runProfile(bills, csv).rejects).toEqual([
      { rowNumber: 2, column: 'Period end', reason: 'period end is before period start' },
      { rowNumber: 3, column: 'Fuel', reason: '"Water" is not electricity, gas, heating oil or LPG' },
      { rowNumber: 4, column: 'Fuel', reason: 'the row does not say whether it is electricity or gas (no fuel, MPAN or MPRN)' },
      { rowNumber: 5, column: 'kWh', reason: 'consumption is negative: for a correction, import the corrected bill instead' },
      { rowNumber: 6, column: 'Read type', reason: '"Maybe" does not say estimated or actual' },
      { rowNumber: 7, column: 'Unit', reason: 'Electricity from the grid (UK) is measured in kWh, MWh, GJ, not m³' },
      { rowNumber: 8, column: 'Unit', reason: '"furlongs" is not a unit the app knows' },
    ]);
  });

  it('reads estimated/actual flags', () => {
    expect(['E', 'Estimated', 'A', 'C', 'Actual', '', 'x'].map(estimatedFlag)).toEqual([true, true, false, false, false, false, null]);
  });
});
