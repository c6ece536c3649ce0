import { describe, expect, it } from 'vitest';
import { hhRowsProfile } from './hh-rows';
import { octopusConsumptionProfile as octopus } from './octopus-consumption';
import { DEPOT, HEAD_OFFICE, runProfile } from './profile-test-kit';

const METER = 'Head office electricity (Octopus export)';

describe('octopus-consumption', () => {
  it('recognises the download with its leading spaces and newer cost columns, ahead of generic half-hourly layouts', () => {
    const plain = ['Consumption (kWh)', ' Start', ' End'].map((h) => h.trim());
    const newer = ['Consumption (kWh)', 'Estimated Cost Inc. Tax (p)', 'Standing Charge Inc. Tax (p)', 'Start', 'End'];
    expect(octopus.match(plain)).toBe(100);
    expect(octopus.match(newer)).toBe(100);
    expect(octopus.match(['Consumption (m³)', 'Start', 'End'])).toBe(100);
    expect(hhRowsProfile.match(plain)).toBeLessThan(100);
    expect(octopus.match(['Consumption', 'Start', 'End'])).toBe(0);
  });

  it('turns each row into a half-hour UTC interval, across the autumn clock change', () => {
    const csv =
      'Consumption (kWh), Start, End\n' +
      '0.212, 2025-10-26T00:30:00+01:00, 2025-10-26T01:00:00+01:00\n' +
      '0.201, 2025-10-26T01:00:00+01:00, 2025-10-26T01:30:00+01:00\n' +
      '0.198, 2025-10-26T01:30:00+01:00, 2025-10-26T01:00:00Z\n' +
      '0.187, 2025-10-26T01:00:00Z, 2025-10-26T01:30:00Z\n' +
      '0.190, 2025-10-26T01:30:00+00:00, 2025-10-26T02:00:00+00:00\n';
    const result = runProfile(octopus, csv);
    expect(result.rejects).toEqual([]);
    expect(result.intervals).toEqual([
      { rowNumber: 2, siteId: HEAD_OFFICE.id, activityId: 'grid-electricity-uk', meter: METER, startUtc: '2025-10-25T23:30:00Z', minutes: 30, energyKwh: 0.212 },
      { rowNumber: 3, siteId: HEAD_OFFICE.id, activityId: 'grid-electricity-uk', meter: METER, startUtc: '2025-10-26T00:00:00Z', minutes: 30, energyKwh: 0.201 },
      { rowNumber: 4, siteId: HEAD_OFFICE.id, activityId: 'grid-electricity-uk', meter: METER, startUtc: '2025-10-26T00:30:00Z', minutes: 30, energyKwh: 0.198 },
      { rowNumber: 5, siteId: HEAD_OFFICE.id, activityId: 'grid-electricity-uk', meter: METER, startUtc: '2025-10-26T01:00:00Z', minutes: 30, energyKwh: 0.187 },
      { rowNumber: 6, siteId: HEAD_OFFICE.id, activityId: 'grid-electricity-uk', meter: METER, startUtc: '2025-10-26T01:30:00Z', minutes: 30, energyKwh: 0.19 },
    ]);
    expect(result.records).toEqual([]);
    expect(result.warnings).toEqual([
      'Readings in kWh were taken as electricity. Octopus also gives older (SMETS1) gas meters in kWh: choose gas if this file is your gas meter.',
      `The file does not say which meter it is: readings are stored as meter "${METER}".`,
      'Some days do not have every half-hour, so their daily totals are partial: 2025-10-26 (meter Head office electricity (Octopus export)): 5 of 50.',
    ]);
  });

  it('rejects bad rows with the row, column and reason', () => {
    const csv =
      'Consumption (kWh), Start, End\n' +
      '0.5, 2025-06-02T00:00:00+01:00, 2025-06-02T00:30:00+01:00\n' +
      'n/a, 2025-06-02T00:30:00+01:00, 2025-06-02T01:00:00+01:00\n' +
      '-0.2, 2025-06-02T01:00:00+01:00, 2025-06-02T01:30:00+01:00\n' +
      '0.4, 2025-06-02T01:30:00+01:00, \n' +
      '0.3, 2025-06-02T00:00:00+01:00, 2025-06-02T00:30:00+01:00\n' +
      '0.3, 2025-06-02T02:00:00+01:00, 2025-06-02T02:00:00+01:00\n';
    const result = runProfile(octopus, csv);
    expect(result.intervals.map((i) => [i.rowNumber, i.startUtc, i.energyKwh])).toEqual([[2, '2025-06-01T23:00:00Z', 0.5]]);
    expect(result.rejects).toEqual([
      { rowNumber: 3, column: 'Consumption (kWh)', reason: 'consumption "n/a" is not a number' },
      { rowNumber: 4, column: 'Consumption (kWh)', reason: 'consumption is negative: exported (generated) electricity is not consumption' },
      { rowNumber: 5, column: 'End', reason: 'end is empty' },
      { rowNumber: 6, column: 'Start', reason: `a second reading for meter ${METER} at 2025-06-01T23:00:00Z (UTC), already given on row 2: it is not counted twice` },
      { rowNumber: 7, column: 'End', reason: 'the interval is 0 minutes long; expected whole half-hours up to a day' },
    ]);
  });

  it('asks for the calorific value of an m³ gas file, and converts with it when given', () => {
    const csv = 'Consumption (m³), Start, End\n0.120, 2025-01-10T06:00:00Z, 2025-01-10T06:30:00Z\n0.080, 2025-01-10T06:30:00Z, 2025-01-10T07:00:00Z\n';
    const refused = runProfile(octopus, csv);
    expect(refused.intervals).toEqual([]);
    expect(refused.rejects.map((r) => [r.rowNumber, r.column])).toEqual([[2, 'Consumption (m³)'], [3, 'Consumption (m³)']]);
    expect(refused.rejects[0]?.reason).toContain('give the calorific value (MJ/m³');
    const converted = runProfile(octopus, csv, { gasCalorificValueMjPerM3: 39.2 });
    expect(converted.rejects).toEqual([]);
    expect(converted.intervals.map((i) => [i.activityId, i.meter, i.startUtc])).toEqual([
      ['natural-gas', 'Head office gas (Octopus export)', '2025-01-10T06:00:00Z'],
      ['natural-gas', 'Head office gas (Octopus export)', '2025-01-10T06:30:00Z'],
    ]);
    expect(converted.intervals[0]?.energyKwh).toBeCloseTo((0.12 * 1.02264 * 39.2) / 3.6, 10);
  });

  it('needs a site when the workspace has several', () => {
    const csv = 'Consumption (kWh), Start, End\n0.5, 2025-06-02T00:00:00+01:00, 2025-06-02T00:30:00+01:00\n';
    const result = runProfile(octopus, csv, { sites: [HEAD_OFFICE, DEPOT] });
    expect(result.rejects).toEqual([{ rowNumber: 2, column: null, reason: 'no site: choose the site this file belongs to, or add a site column' }]);
    expect(runProfile(octopus, csv, { sites: [HEAD_OFFICE, DEPOT], siteId: DEPOT.id }).intervals[0]?.meter).toBe('Leeds depot electricity (Octopus export)');
  });
});
