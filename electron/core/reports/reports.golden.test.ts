import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../shared/domain/report-document';
import { createTestBackend, type TestBackend } from '../testing/fixtures';
import { desnzFactor as f, keyFigure, ok, paragraphs, rowOf, seedWorkspace, tableOf, year2023, year2024 } from './report-test-kit';

// Golden figures: every expected number is worked out here from the DESNZ flat files, read by
// factor ID (2024 and 2023 sets, each used for the calendar year its bills cover).
const ELEC = '7_400_4000_5_1'; // Scope 2, UK electricity generated, kWh
const GAS = '1_100_1004_6_1'; // Scope 1, natural gas, kWh (Gross CV)
const DIESEL_L = '1_101_1011_8_1'; // Scope 1, diesel (average biofuel blend), litres
const DIESEL_KWH = '1_101_1011_6_1'; // the same fuel per kWh (Gross CV): energy content = litres row ÷ this
const RAIL = '25_315_3147_11_1'; // Scope 3 business travel, national rail, passenger.km
const RAIL_WTT = '26_911_3147_11_1';
const CAR = '25_301_3054_4_1'; // medium petrol car, km
const CAR_WTT = '26_904_3054_4_1';
const WASTE = '20_507_5313_15_1'; // commercial and industrial waste to landfill, tonnes

const records = [
  { activityId: 'grid-electricity-uk', quantity: 100_000, unit: 'kWh', ...year2024 },
  { activityId: 'natural-gas', quantity: 50_000, unit: 'kWh', ...year2024 },
  { activityId: 'vehicle-fuel-diesel', quantity: 2_000, unit: 'litre', ...year2024 },
  { activityId: 'rail-national', quantity: 3_000, unit: 'passenger-km', ...year2024 },
  { activityId: 'commute-car-medium-petrol', quantity: 10_000, unit: 'km', ...year2024 },
  { activityId: 'waste-commercial-industrial-landfill', quantity: 4, unit: 'tonne', ...year2024 },
  { activityId: 'grid-electricity-uk', quantity: 90_000, unit: 'kWh', ...year2023 },
  { activityId: 'natural-gas', quantity: 40_000, unit: 'kWh', ...year2023 },
];

const scope1Kg = 50_000 * f(2024, GAS) + 2_000 * f(2024, DIESEL_L);
const scope2Kg = 100_000 * f(2024, ELEC);
const dieselKwh = 2_000 * (f(2024, DIESEL_L) / f(2024, DIESEL_KWH));
const cat5Kg = 4 * f(2024, WASTE);
const cat6Kg = 3_000 * (f(2024, RAIL) + f(2024, RAIL_WTT));
const cat7Kg = 10_000 * (f(2024, CAR) + f(2024, CAR_WTT));
const prior1Kg = 40_000 * f(2023, GAS);
const prior2Kg = 90_000 * f(2023, ELEC);

let t: TestBackend;
let secr: ReportDocument;
let crp: ReportDocument;
let ghg: ReportDocument;

beforeAll(async () => {
  t = createTestBackend({ clock: () => new Date('2025-03-01T09:00:00Z') });
  await seedWorkspace(t, { baseYear: 2023, floorAreaM2: 500, records });
  secr = await ok(t.backend.invoke('reports.preview', { kind: 'secr', year: 2024 }));
  crp = await ok(t.backend.invoke('reports.preview', { kind: 'crp', year: 2024 }));
  ghg = await ok(t.backend.invoke('reports.preview', { kind: 'ghg', year: 2024 }));
});
afterAll(() => t.cleanup());

describe('SECR golden figures', () => {
  it('reports UK energy by source in kWh, diesel converted with the DESNZ energy content', () => {
    const energy = tableOf(secr, 'energy');
    expect(rowOf(energy, 'source', 'Purchased electricity').energyKwh).toBeCloseTo(100_000, 6);
    expect(rowOf(energy, 'source', 'Natural gas').energyKwh).toBeCloseTo(50_000, 6);
    expect(rowOf(energy, 'source', 'Transport fuel').energyKwh).toBeCloseTo(dieselKwh, 6);
    expect(rowOf(energy, 'source', 'Natural gas').priorEnergyKwh).toBeCloseTo(40_000, 6);
    expect(energy.totals?.energyKwh).toBeCloseTo(150_000 + dieselKwh, 6);
    expect(keyFigure(secr, 'UK energy use')).toBeCloseTo(150_000 + dieselKwh, 6);
    const content = tableOf(secr, 'energy-content');
    expect(content.rows[0]?.kwhPerUnit).toBeCloseTo(f(2024, DIESEL_L) / f(2024, DIESEL_KWH), 10);
  });

  it('reports Scope 1 and Scope 2 (both methods) in tonnes, unrounded, with the prior year', () => {
    expect(keyFigure(secr, 'Scope 1')).toBeCloseTo(scope1Kg / 1000, 9);
    expect(keyFigure(secr, 'Scope 2 (location-based)')).toBeCloseTo(scope2Kg / 1000, 9);
    // No instruments: market-based falls back to the grid average.
    expect(keyFigure(secr, 'Scope 2 (market-based)')).toBeCloseTo(scope2Kg / 1000, 9);
    const emissions = tableOf(secr, 'emissions');
    expect(emissions.rows[0]?.priorCo2eT).toBeCloseTo(prior1Kg / 1000, 9);
    expect(emissions.rows[1]?.priorCo2eT).toBeCloseTo(prior2Kg / 1000, 9);
    expect(emissions.totals?.co2eT).toBeCloseTo((scope1Kg + scope2Kg) / 1000, 9);
  });

  it('gives intensity ratios from the floor area, generated methodology and no low-energy statement', () => {
    expect(rowOf(tableOf(secr, 'intensity'), 'label', 'Scope 1 and 2 per m² floor area').value).toBeCloseTo((scope1Kg + scope2Kg) / 1000 / 500, 12);
    const text = paragraphs(secr).join('\n');
    expect(text).toMatch(/UK Government GHG Conversion Factors for Company Reporting \(flat file\) 2024, version 1\.1/);
    expect(text).toMatch(/2023, version/);
    expect(text).not.toMatch(/low energy user/);
    expect(secr.warnings.some((w) => w.includes('intensity'))).toBe(false);
  });

  it('has a provenance appendix per factor and a recomputable row per figure', () => {
    const provenance = tableOf(secr, 'provenance');
    const electricity = provenance.rows.find((r) => r.factorId === ELEC && r.year === 2024);
    expect(electricity).toMatchObject({ factorSet: 'uk-desnz-2024-v1.1', factorValue: f(2024, ELEC), records: 1 });
    expect(electricity?.co2eKg as number).toBeCloseTo(scope2Kg * 2, 6); // location- and market-based (grid average) figures
    const data = tableOf(secr, 'data');
    expect(data.recompute).toEqual({ quantityKey: 'quantity', factorKey: 'factorValue', resultKey: 'co2eKg', divisor: 1 });
    for (const row of data.rows) expect((row.quantity as number) * (row.factorValue as number)).toBeCloseTo(row.co2eKg as number, 6);
    expect(secr.inputsSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(secr.sample).toBe(false);
  });
});

describe('Carbon Reduction Plan golden figures', () => {
  it('reports Scope 1, 2 and Scope 3 categories 4, 5, 6, 7 and 9 for the current and baseline years', () => {
    const current = tableOf(crp, 'current');
    expect(rowOf(current, 'line', 'Scope 1').co2eT).toBeCloseTo(scope1Kg / 1000, 9);
    expect(rowOf(current, 'line', 'Scope 2 (location-based)').co2eT).toBeCloseTo(scope2Kg / 1000, 9);
    expect(rowOf(current, 'line', 'Scope 3 category 5: Waste generated in operations').co2eT).toBeCloseTo(cat5Kg / 1000, 9);
    expect(rowOf(current, 'line', 'Scope 3 category 6: Business travel').co2eT).toBeCloseTo(cat6Kg / 1000, 9);
    expect(rowOf(current, 'line', 'Scope 3 category 7: Employee commuting').co2eT).toBeCloseTo(cat7Kg / 1000, 9);
    expect(rowOf(current, 'line', 'Scope 3 category 4: Upstream transportation and distribution').co2eT).toBe(0);
    expect(current.totals?.co2eT).toBeCloseTo((scope1Kg + scope2Kg + cat5Kg + cat6Kg + cat7Kg) / 1000, 9);
    const baseline = tableOf(crp, 'baseline');
    expect(baseline.totals?.co2eT).toBeCloseTo((prior1Kg + prior2Kg) / 1000, 9);
  });

  it('warns about unexplained zeros and the missing sign-off and commitment', () => {
    expect(crp.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Zero with no explanation in the current year: Scope 3 category 4: Upstream transportation and distribution; Scope 3 category 9: Downstream transportation and distribution\./),
        expect.stringMatching(/^Zero with no explanation in the baseline year: Scope 3 category 4.*category 5.*category 6.*category 7.*category 9/),
        expect.stringContaining('not been signed off'),
        expect.stringContaining('No net zero commitment'),
      ]),
    );
  });
});

describe('GHG inventory golden figures', () => {
  it('covers all 15 Scope 3 categories and maps them to ISO 14064-1', () => {
    const scope3 = tableOf(ghg, 'scope3');
    expect(scope3.rows).toHaveLength(15);
    expect(rowOf(scope3, 'category', 5).co2eT).toBeCloseTo(cat5Kg / 1000, 9);
    expect(rowOf(scope3, 'category', 6).co2eT).toBeCloseTo(cat6Kg / 1000, 9);
    expect(rowOf(scope3, 'category', 7).co2eT).toBeCloseTo(cat7Kg / 1000, 9);
    expect(rowOf(scope3, 'category', 1)).toMatchObject({ co2eT: null, status: 'Not reported: no reason given' });
    expect(ghg.warnings.join(' ')).toMatch(/Scope 3 categories 1, 2, 4, 8, 9, 10, 11, 12, 13, 14, 15 have no data/);
    const iso = tableOf(ghg, 'iso14064');
    expect(rowOf(iso, 'category', 1).co2eT).toBeCloseTo(scope1Kg / 1000, 9);
    expect(rowOf(iso, 'category', 2).co2eT).toBeCloseTo(scope2Kg / 1000, 9);
    expect(rowOf(iso, 'category', 3).co2eT).toBeCloseTo((cat6Kg + cat7Kg) / 1000, 9);
    expect(keyFigure(ghg, 'Scope 2 (market-based)')).toBeCloseTo(scope2Kg / 1000, 9);
    const sets = tableOf(ghg, 'factor-sets').rows.map((r) => String(r.id));
    expect(sets).toContain('uk-desnz-2024-v1.1');
    expect(sets.some((id) => id.startsWith('uk-desnz-2023-'))).toBe(true);
  });

  it('takes exclusion reasons from the report details', async () => {
    await ok(t.backend.invoke('reportInputs.update', { scope3Exclusions: { '1': 'Spend data not yet collected' } }));
    const again = await ok(t.backend.invoke('reports.preview', { kind: 'ghg', year: 2024 }));
    expect(rowOf(tableOf(again, 'scope3'), 'category', 1).status).toBe('Excluded: Spend data not yet collected');
    expect(again.warnings.join(' ')).toMatch(/Scope 3 categories 2, 4, 8/);
    expect(again.inputsSha256).not.toBe(ghg.inputsSha256);
  });
});
