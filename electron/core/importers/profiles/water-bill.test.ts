import { describe, expect, it } from 'vitest';
import { runProfile } from './profile-test-kit';
import { waterBillProfile as water } from './water-bill';

describe('water-bill', () => {
  it('recognises bills with supply and wastewater columns, or a volume with a service column', () => {
    expect(water.match(['Bill number', 'SPID', 'Period start', 'Period end', 'Water supply (m3)', 'Wastewater (m3)', 'Read type'])).toBe(86);
    expect(water.match(['From', 'To', 'Service', 'Volume (m³)'])).toBe(89);
    expect(water.match(['From', 'To', 'Service', 'Consumption (kWh)'])).toBe(0);
  });

  it('records water supply and wastewater treatment for each bill', () => {
    const csv =
      'Bill number,SPID,Period start,Period end,Water supply (m3),Wastewater (m3),Read type\n' +
      'W-100,3012345678W15,2025-01-01,2025-03-31,84.5,80.3,A\n' +
      'W-101,3012345678W15,2025-04-01,2025-06-30,90,,E\n' +
      'W-102,3012345678W15,2025-07-01,2025-09-30,,,A\n' +
      'W-103,3012345678W15,2025-10-01,2025-12-31,-4,10,A\n';
    const result = runProfile(water, csv);
    expect(result.records).toEqual([
      { rowNumber: 2, siteId: 'site-1', activityId: 'water-supply', periodStart: '2025-01-01', periodEnd: '2025-03-31', quantity: 84.5, unit: 'm3', options: null, description: 'Water supply bill no. W-100', dataQuality: 'invoice', meter: '3012345678W15', sourceRef: 'W-100', estimated: false },
      { rowNumber: 2, siteId: 'site-1', activityId: 'water-treatment', periodStart: '2025-01-01', periodEnd: '2025-03-31', quantity: 80.3, unit: 'm3', options: null, description: 'Wastewater bill no. W-100', dataQuality: 'invoice', meter: '3012345678W15', sourceRef: 'W-100', estimated: false },
      { rowNumber: 3, siteId: 'site-1', activityId: 'water-supply', periodStart: '2025-04-01', periodEnd: '2025-06-30', quantity: 90, unit: 'm3', options: null, description: 'Water supply bill no. W-101', dataQuality: 'estimate', meter: '3012345678W15', sourceRef: 'W-101', estimated: true },
    ]);
    expect(result.rejects).toEqual([
      { rowNumber: 4, column: 'Water supply (m3)', reason: 'no water volume on this row' },
      { rowNumber: 5, column: 'Water supply (m3)', reason: 'Water supply (m3) is negative: for a correction, import the corrected bill instead' },
    ]);
  });

  it('reads a service column, and refuses charges with no volume', () => {
    const csv = 'From,To,Service,Volume (m³)\n2025-01-01,2025-01-31,Water supply,12\n2025-01-01,2025-01-31,Sewerage,11.4\n2025-01-01,2025-01-31,Surface water drainage,0\n';
    const result = runProfile(water, csv);
    expect(result.records.map((r) => [r.activityId, r.quantity, r.unit])).toEqual([['water-supply', 12, 'm3'], ['water-treatment', 11.4, 'm3']]);
    expect(result.rejects).toEqual([{ rowNumber: 4, column: 'Service', reason: '"Surface water drainage" is not water supply or wastewater (surface water and highway drainage charges have no volume to count)' }]);
  });

  it('says when only supply is given', () => {
    const result = runProfile(water, 'Start date,End date,Water supply (litres)\n2025-01-01,2025-01-31,12000\n');
    expect(result.records.map((r) => [r.activityId, r.quantity, r.unit])).toEqual([['water-supply', 12000, 'litre']]);
    expect(result.warnings).toEqual(['The bills give water supplied but no wastewater volume, so only supply was recorded. If sewerage is charged as a share of supply (e.g. 95%), add a wastewater column with that volume.']);
  });
});
