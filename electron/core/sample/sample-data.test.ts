import { describe, expect, it } from 'vitest';
import { findActivity } from '../emissions/catalogue';
import { halfHoursInUkDay } from '../importers/profiles/uk-time';
import { createPrng } from './prng';
import { generateSampleData, SAMPLE_SEED } from './sample-data';
import { halfHourlyCsv } from './sample-files';

describe('sample company generator', () => {
  it('gives exactly the same company, records and files for the same seed, and different ones for another seed', () => {
    const first = generateSampleData({ seed: SAMPLE_SEED, latestYear: 2025 });
    const again = generateSampleData({ seed: SAMPLE_SEED, latestYear: 2025 });
    expect(again).toEqual(first);
    const other = generateSampleData({ seed: SAMPLE_SEED + 1, latestYear: 2025 });
    expect(other.records.map((r) => r.quantity)).not.toEqual(first.records.map((r) => r.quantity));
    expect(other.imports[0]?.text).not.toBe(first.imports[0]?.text);
  });

  it('is clearly fictional: labelled as a sample, no Companies House number, a base year before the latest', () => {
    const data = generateSampleData({ seed: SAMPLE_SEED, latestYear: 2025 });
    expect(data.organisation).toEqual({ name: 'Example Joinery Ltd (sample)', companiesHouseNumber: null, reportingYearStartMonth: 1, baseYear: 2024 });
    expect(data.sites.map((s) => [s.name, s.country])).toEqual([['Workshop', 'GB'], ['Head office', 'GB']]);
    expect(data.years).toEqual({ base: 2024, latest: 2025 });
  });

  it('uses only catalogue activities, in units each activity accepts, with every period inside the two years', () => {
    const data = generateSampleData({ seed: SAMPLE_SEED, latestYear: 2025 });
    for (const r of data.records) {
      const activity = findActivity(r.activityId);
      expect(activity, r.activityId).toBeDefined();
      expect(activity?.acceptedUnits, `${r.activityId} in ${r.unit}`).toContain(r.unit);
      expect(r.periodStart >= '2024-01-01' && r.periodEnd <= '2025-12-31' && r.periodStart <= r.periodEnd).toBe(true);
      expect(r.quantity).toBeGreaterThan(0);
    }
    // Scope 3 categories a reader expects to see: travel (6), commuting (7), waste (5), purchases (1).
    const categories = new Set(data.records.map((r) => findActivity(r.activityId)?.scope3Category ?? null));
    expect([...categories].filter((c) => c !== null).sort()).toEqual([1, 5, 6, 7]);
  });

  it('has twelve monthly electricity and gas bills a year for the office', () => {
    const data = generateSampleData({ seed: SAMPLE_SEED, latestYear: 2025 });
    for (const activityId of ['grid-electricity-uk', 'natural-gas']) {
      for (const year of ['2024', '2025']) {
        const bills = data.records.filter((r) => r.activityId === activityId && r.site === 'office' && r.periodStart.startsWith(year));
        expect(bills.map((b) => b.periodStart.slice(5, 7))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
      }
    }
  });

  it('writes half-hourly data with 46 periods on the spring clock change, 50 in autumn and 48 otherwise', () => {
    const csv = halfHourlyCsv(2025, { baseKwh: 1, workingKwh: 10, ledFrom: null, ledSavingFraction: 0 }, createPrng(1));
    const rows = csv.trim().split('\n').slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(17_520);
    const perDay = new Map<string, number>();
    for (const [, date] of rows) perDay.set(date ?? '', (perDay.get(date ?? '') ?? 0) + 1);
    expect(perDay.size).toBe(365);
    expect([perDay.get('2025-03-30'), perDay.get('2025-10-26'), perDay.get('2025-06-02')]).toEqual([46, 50, 48]);
    for (const [date, periods] of perDay) expect(periods).toBe(halfHoursInUkDay(date));
    // Weekday working hours draw far more than the night: the shape a workshop really has.
    const kwhAt = (date: string, period: number) => Number(rows.find((r) => r[1] === date && r[2] === String(period))?.[3]);
    expect(kwhAt('2025-06-04', 22)).toBeGreaterThan(5 * kwhAt('2025-06-04', 4)); // Wednesday 10:30 vs 01:30
    expect(kwhAt('2025-06-08', 22)).toBeLessThan(2); // Sunday
  });
});
