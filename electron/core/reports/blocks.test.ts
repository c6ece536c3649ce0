import { describe, expect, it } from 'vitest';
import { dataTable, MAX_DATA_ROWS, provenanceTable } from './blocks';
import type { ReportFigure } from './report-data';

const ELECTRICITY_2024 = 0.20705; // DESNZ 2024, UK electricity generated, kg CO2e per kWh

function dailyFigure(meter: number, day: number): ReportFigure {
  const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
  const quantity = 100 + meter + (day % 7);
  return {
    figureId: meter * 1000 + day,
    activityRecordId: `record-${meter}-${day}`,
    siteId: `site-${meter % 3}`,
    siteName: `Site ${meter % 3}`,
    activityId: 'grid-electricity-uk',
    activityLabel: 'Electricity from the grid (UK)',
    activityCategory: 'Electricity',
    activityFamily: null,
    periodStart: date,
    periodEnd: date,
    role: 'generation',
    scope: 2,
    scope3Category: null,
    method: 'location-based',
    marketStep: null,
    marketSourceId: null,
    share: 1,
    quantity,
    quantityUnit: 'kWh',
    factorValue: ELECTRICITY_2024,
    factorUnit: 'kg CO2e per kWh',
    co2eKg: quantity * ELECTRICITY_2024,
    factorSetId: 'uk-desnz-2024-v1.1',
    factorId: 1,
    factorRowNumber: 3060,
    factorExternalId: '7_400_4000_5_1',
    factorYear: 2024,
  };
}

describe('report tables for a year of daily meter data', () => {
  const figures = Array.from({ length: 60 }, (_, meter) => Array.from({ length: 366 }, (_, day) => dailyFigure(meter, day))).flat();
  const totalKg = figures.reduce((sum, f) => sum + f.co2eKg, 0);

  it('groups the data table by site, factor and month above the row limit, keeping every row recomputable', () => {
    expect(figures.length).toBeGreaterThan(MAX_DATA_ROWS);
    const table = dataTable(figures);
    expect(table.rows).toHaveLength(3 * 12);
    expect(table.footnote).toMatch(/grouped by site, activity, factor and month/);
    for (const row of table.rows) expect((row.quantity as number) * (row.factorValue as number)).toBeCloseTo(row.co2eKg as number, 6);
    expect(table.rows.reduce((sum, r) => sum + (r.co2eKg as number), 0)).toBeCloseTo(totalKg, 4);
  });

  it('keeps one row per figure below the limit', () => {
    expect(dataTable(figures.slice(0, 500)).rows).toHaveLength(500);
  });

  it('aggregates the provenance appendix per factor with its record count', () => {
    const table = provenanceTable(figures);
    expect(table.rows).toEqual([
      expect.objectContaining({ factorSet: 'uk-desnz-2024-v1.1', year: 2024, row: 3060, factorId: '7_400_4000_5_1', factorValue: ELECTRICITY_2024, records: figures.length }),
    ]);
    expect(table.rows[0]?.co2eKg as number).toBeCloseTo(totalKg, 4);
  });
});
