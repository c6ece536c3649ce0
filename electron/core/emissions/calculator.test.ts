import { describe, expect, it } from 'vitest';
import { calculate, invalidateCalculatorCache, type CalculationError } from './calculator';
import { expectKg, shippedLookup } from './golden/golden-harness';
import type { FactorLookup, FactorRow, FactorSetInfo } from './library/types';

const year = (y: number) => ({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31` });

describe('calculator: per-gas breakdown', () => {
  it('splits 2024 UK electricity generation by gas (2024.csv rows 3060–3063)', () => {
    const r = calculate({ activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', ...year(2024) }, { lookup: shippedLookup() });
    const generation = r.components[0];
    expect(generation?.role).toBe('generation');
    // rows 3061–3063: kg CO2e of CO2 / CH4 / N2O per unit 0.20493, 0.0009, 0.00122
    expectKg(generation?.gases?.co2Kg ?? NaN, 204.93);
    expectKg(generation?.gases?.ch4Kg ?? NaN, 0.9);
    expectKg(generation?.gases?.n2oKg ?? NaN, 1.22);
    expect(generation?.provenance.externalId).toBe('7_400_4000_5_1');
    // WTT rows publish no per-gas split
    expect(r.components[2]?.gases).toBeNull();
  });

  it('reads pre-2022 per-gas rows as CO2e contributions (2016.csv rows 137–140, diesel per litre)', () => {
    const r = calculate({ activityId: 'vehicle-fuel-diesel', quantity: 100, unit: 'litre', ...year(2016) }, { lookup: shippedLookup() });
    const combustion = r.components[0];
    // row 137 kg CO2e 2.61162519961; row 139 "kg CO2" 2.59006634946; row 138 "kg CH4" 0.000599119815195; row 140 "kg N2O" 0.0209597303379
    expectKg(combustion?.co2eKg ?? NaN, 261.162519961);
    expectKg(combustion?.gases?.co2Kg ?? NaN, 259.006634946);
    expectKg(combustion?.gases?.ch4Kg ?? NaN, 0.0599119815195);
    expectKg(combustion?.gases?.n2oKg ?? NaN, 2.09597303379);
    expect(combustion?.notes.join(' ')).toContain('CO2e contribution of each gas');
  });
});

describe('calculator: datasets other than DESNZ', () => {
  it('prices spend by SIC code from the unverified set, always with a warning', () => {
    // defra-sic-2022.csv row 63: SIC 47 Retail trade services…, 0.327801249497 kg CO2e per £
    const r = calculate({ activityId: 'spend-sic-47', quantity: 2500, unit: 'GBP', ...year(2022) }, { lookup: shippedLookup() });
    expectKg(r.totalCo2eKg, 819.5031237425);
    expect(r.components[0]).toMatchObject({ scope: 3, scope3Category: 1, method: 'spend' });
    expect(r.components[0]?.provenance).toMatchObject({ setId: 'uk-eeio-sic-2022-vextract', rowNumber: 63, verified: false, unit: 'kg CO2e per £', value: 0.327801249497 });
    expect(r.warnings[0]).toMatch(/^Unverified factor set: UK spend-based \(EEIO\) emission factors by SIC code, 2022\. UNVERIFIED/);
    expect(r.warnings[1]).toContain('Spend-based figures are rough estimates');
    expect(r.warnings).toHaveLength(2);
  });

  it('combines eGRID lb/MWh by gas with AR5 GWPs (CH4 28, N2O 265)', () => {
    // egrid2023 row 4 CAMX: 436.655 lb CO2, 0.025 lb CH4, 0.003 lb N2O per MWh
    // (436.655 + 28 × 0.025 + 265 × 0.003) × 0.45359237 = 198.7414969155 kg CO2e per MWh
    const r = calculate({ activityId: 'electricity-us-camx', quantity: 1000, unit: 'kWh', ...year(2023) }, { lookup: shippedLookup() });
    expectKg(r.totalCo2eKg, 198.7414969155);
    const c = r.components[0];
    expect(c).toMatchObject({ scope: 2, method: 'location-based', quantity: 1, quantityUnit: 'MWh' });
    expect(c?.provenance).toMatchObject({ dataset: 'us-egrid', rowNumber: 4, unit: 'kg CO2e per MWh', path: { level3: 'CAMX', ghgUnit: 'lb CO2', columnText: 'Total output' } });
    expectKg(c?.gases?.co2Kg ?? NaN, 436.655 * 0.45359237);
    expectKg(c?.gases?.ch4Kg ?? NaN, 28 * 0.025 * 0.45359237);
    expectKg(c?.gases?.n2oKg ?? NaN, 265 * 0.003 * 0.45359237);
    expect(c?.provenance.derivation).toContain('AR5');
    expect(r.warnings).toEqual([]);
    // row 28 US Average: (771.523 + 28 × 0.057 + 265 × 0.008) × 0.45359237 = 351.642495326 per MWh
    expectKg(calculate({ activityId: 'electricity-us-average', quantity: 2, unit: 'MWh', ...year(2023) }, { lookup: shippedLookup() }).totalCo2eKg, 703.284990653);
  });

  it('uses Ember g CO2/kWh as kg CO2 with its caveat', () => {
    // ember row 71: FRA France 2024, 44.18 g CO2 per kWh
    const r = calculate({ activityId: 'electricity-country-fra', quantity: 5000, unit: 'kWh', ...year(2024) }, { lookup: shippedLookup() });
    expectKg(r.totalCo2eKg, 220.9);
    expect(r.components[0]?.provenance).toMatchObject({ dataset: 'ember', rowNumber: 71, unit: 'kg CO2 per kWh', value: 0.04418 });
    expect(r.components[0]?.gases).toBeNull();
    expect(r.warnings.join(' ')).toContain('CO2 only');
    // 2025 period: Ember's set is 2024, said plainly
    const later = calculate({ activityId: 'electricity-country-deu', quantity: 1000, unit: 'kWh', ...year(2025) }, { lookup: shippedLookup() });
    expectKg(later.totalCo2eKg, 342.06);
    expect(later.warnings[0]).toContain('data is for 2024, but most of the period falls in 2025');
  });
});

describe('calculator: choices and errors', () => {
  it('falls back to the nearest earlier DESNZ set for a year not loaded, with a warning', () => {
    const r = calculate({ activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', ...year(2026) }, { lookup: shippedLookup() });
    expect(r.factorYear).toBe(2025);
    expectKg(r.components[0]?.co2eKg ?? NaN, 177);
    expect(r.warnings[0]).toContain('The 2026 factor set is not loaded');
  });

  it('uses the nearest year that has an activity absent from the period year', () => {
    // Battery electric cars first appear in the 2017 file.
    const r = calculate({ activityId: 'company-car-average-bev', quantity: 100, unit: 'km', ...year(2016) }, { lookup: shippedLookup() });
    expect(r.factorYear).toBe(2017);
    expect(r.factorYearReason).toContain('2017 set used because the 2016 set has no factor for this activity');
  });

  it('leaves out an optional component with no usable value, saying so', () => {
    const info: FactorSetInfo = { id: 'uk-desnz-2020-test', dataset: 'uk-desnz', title: 't', publisher: 'p', year: 2020, version: '1', updatedOn: null, sourceFile: 'f', sourceSha256: null, fileSha256: 'x', licence: null, verified: true, caveat: null };
    const base = { externalId: null, level4: '', uom: 'km', ghgUnit: 'kg CO2e' };
    const rows: FactorRow[] = [
      { ...base, rowNumber: 1, scope: 'Scope 1', level1: 'Passenger vehicles', level2: 'Cars (by size)', level3: 'Average car', columnText: 'Diesel', value: 0.2, rawValue: '0.2' },
      { ...base, rowNumber: 2, scope: 'Scope 3', level1: 'WTT- pass vehs & travel- land', level2: 'WTT- cars (by size)', level3: 'Average car', columnText: 'Diesel', value: null, rawValue: '' },
    ];
    const r = calculate({ activityId: 'company-car-average-diesel', quantity: 10, unit: 'km', ...year(2020) }, { lookup: { sets: () => [info], rows: () => rows } });
    expect(r.components.map((c) => c.role)).toEqual(['tailpipe']);
    expect(r.warnings[0]).toContain('is left out: the 2020 set has no usable factor for it (its row 2 is published blank)');
  });

  it('names the activity, year and selector when the data is ambiguous', () => {
    const info: FactorSetInfo = { id: 'uk-desnz-2024-test', dataset: 'uk-desnz', title: 't', publisher: 'p', year: 2024, version: '1', updatedOn: null, sourceFile: 'f', sourceSha256: null, fileSha256: 'x', licence: null, verified: true, caveat: null };
    const row: FactorRow = { rowNumber: 1, externalId: null, scope: 'Scope 1', level1: 'Refrigerant & other', level2: 'Blends', level3: 'R410A', level4: '', columnText: '', uom: 'kg', ghgUnit: 'kg CO2e', value: 2088, rawValue: '2088' };
    const lookup: FactorLookup = { sets: () => [info], rows: () => [row, { ...row, rowNumber: 2, columnText: 'Total emissions including non-Kyoto products' }] };
    expect(() => calculate({ activityId: 'refrigerant-r410a', quantity: 1, unit: 'kg', ...year(2024) }, { lookup })).toThrow(
      /refrigerant-r410a in uk-desnz-2024-test \(2024\), component "leak" .*2 kg CO2e rows match \(rows 1, 2\)/,
    );
  });

  it('carries database row ids into provenance', () => {
    const info: FactorSetInfo = { id: 'uk-desnz-2024-db', dataset: 'uk-desnz', title: 't', publisher: 'p', year: 2024, version: '1', updatedOn: null, sourceFile: 'f', sourceSha256: null, fileSha256: 'x', licence: null, verified: true, caveat: null };
    const row = { id: 991, rowNumber: 5, externalId: 'X', scope: 'Scope 3', level1: 'Water supply', level2: 'Water supply', level3: 'Water supply', level4: '', columnText: '', uom: 'cubic metres', ghgUnit: 'kg CO2e', value: 0.5, rawValue: '0.5' };
    const lookup: FactorLookup = { sets: () => [info], rows: () => [row] };
    const r = calculate({ activityId: 'water-supply', quantity: 10, unit: 'm3', ...year(2024) }, { lookup });
    expect(r.components[0]?.provenance.factorId).toBe(991);
    expect(r.totalCo2eKg).toBe(5);
    invalidateCalculatorCache(lookup);
  });

  it('refuses unknown activities, units the activity does not take, and bad periods', () => {
    const lookup = shippedLookup();
    const fail = (input: Parameters<typeof calculate>[0]) => {
      try {
        calculate(input, { lookup });
      } catch (error) {
        return error as CalculationError;
      }
      throw new Error('expected a failure');
    };
    expect(fail({ activityId: 'nope', quantity: 1, unit: 'kWh', ...year(2024) }).code).toBe('UNKNOWN_ACTIVITY');
    expect(fail({ activityId: 'grid-electricity-uk', quantity: 1, unit: 'litre', ...year(2024) })).toMatchObject({ code: 'BAD_UNIT', message: expect.stringContaining('measured in kWh, MWh, GJ') });
    expect(fail({ activityId: 'grid-electricity-uk', quantity: Number.NaN, unit: 'kWh', ...year(2024) }).code).toBe('BAD_INPUT');
    expect(fail({ activityId: 'grid-electricity-uk', quantity: 1, unit: 'kWh', periodStart: '2024-05-01', periodEnd: '2024-04-01' }).code).toBe('BAD_INPUT');
    expect(fail({ activityId: 'natural-gas', quantity: 1, unit: 'm3', ...year(2024), options: { gasCalorificValueMjPerM3: 3950 } }).code).toBe('BAD_INPUT');
  });

  it('reuses the resolved factors: a repeat is a multiply with the same provenance object', () => {
    const a = calculate({ activityId: 'grid-electricity-uk', quantity: 1, unit: 'kWh', periodStart: '2024-03-01', periodEnd: '2024-03-01' }, { lookup: shippedLookup() });
    const b = calculate({ activityId: 'grid-electricity-uk', quantity: 2, unit: 'kWh', periodStart: '2024-07-09', periodEnd: '2024-07-09' }, { lookup: shippedLookup() });
    expect(b.components[0]?.provenance).toBe(a.components[0]?.provenance);
    expect(Object.isFrozen(a.components[0]?.provenance)).toBe(true);
    expectKg(b.totalCo2eKg, 2 * a.totalCo2eKg);
  });
});
