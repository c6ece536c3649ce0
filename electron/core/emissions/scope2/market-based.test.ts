import { describe, expect, it } from 'vitest';
import { allocateMarketBased, marketOfPostcode, type ElectricityUse, type MarketInstrument, type ResidualMix } from './market-based';

// Grid factor here is the DESNZ 2024 UK electricity generation factor (2024.csv), as the
// location-based figure would carry it.
const GRID_2024 = 0.20705;

function use(overrides: Partial<ElectricityUse> = {}): ElectricityUse {
  return {
    recordId: 'r1',
    siteId: 'site-a',
    market: 'GB',
    periodStart: '2024-04-01',
    periodEnd: '2024-04-30',
    energyKwh: 10_000,
    factorYear: 2024,
    gridFactorKgCo2ePerKwh: GRID_2024,
    ...overrides,
  };
}

function instrument(overrides: Partial<MarketInstrument> = {}): MarketInstrument {
  return {
    id: 'i1',
    kind: 'rego-tariff',
    supplier: 'Green Supply Ltd',
    siteId: null,
    market: 'GB',
    periodStart: '2024-04-01',
    periodEnd: '2025-03-31',
    volumeMwh: null,
    factorKgCo2ePerKwh: 0,
    ...overrides,
  };
}

const residualGb2024: ResidualMix = { id: 'rm1', market: 'GB', year: 2024, factorKgCo2ePerKwh: 0.3, source: 'Test value, entered for this test' };

const total = (slices: { co2eKg: number }[] | undefined) => (slices ?? []).reduce((s, x) => s + x.co2eKg, 0);

describe('market-based Scope 2', () => {
  it('a 100 % REGO-backed tariff gives zero, recorded as the instrument step', () => {
    const slices = allocateMarketBased([use()], [instrument()], []).get('r1');
    expect(slices).toEqual([expect.objectContaining({ step: 'instrument', sourceId: 'i1', energyKwh: 10_000, co2eKg: 0 })]);
  });

  it('partially backed: unbundled REGOs cover their volume, the rest falls to the residual mix', () => {
    const slices = allocateMarketBased([use()], [instrument({ kind: 'unbundled-rego', volumeMwh: 4 })], [residualGb2024]).get('r1');
    expect(slices?.map((s) => [s.step, s.energyKwh])).toEqual([
      ['instrument', 4000],
      ['residual-mix', 6000],
    ]);
    expect(total(slices)).toBeCloseTo(6000 * 0.3, 9);
  });

  it('certificate volume is used up in date order and never claimed twice', () => {
    const uses = [use({ recordId: 'may', periodStart: '2024-05-01', periodEnd: '2024-05-31' }), use({ recordId: 'apr' })];
    const result = allocateMarketBased(uses, [instrument({ kind: 'unbundled-rego', volumeMwh: 15 })], []);
    expect(result.get('apr')?.[0]).toMatchObject({ step: 'instrument', energyKwh: 10_000 });
    expect(result.get('may')?.map((s) => [s.step, s.energyKwh])).toEqual([
      ['instrument', 5000],
      ['grid-average', 5000],
    ]);
  });

  it('volume already claimed by earlier figures is not claimed again', () => {
    const slices = allocateMarketBased([use()], [instrument({ kind: 'unbundled-rego', volumeMwh: 12 })], [], new Map([['i1', 7000]])).get('r1');
    expect(slices?.map((s) => [s.step, s.energyKwh])).toEqual([
      ['instrument', 5000],
      ['grid-average', 5000],
    ]);
  });

  it('supplier-specific fuel mix applies when there are no certificates', () => {
    const slices = allocateMarketBased([use()], [instrument({ id: 'mix', kind: 'supplier-mix', factorKgCo2ePerKwh: 0.15 })], [residualGb2024]).get('r1');
    expect(slices).toEqual([expect.objectContaining({ step: 'supplier-mix', energyKwh: 10_000, factorKgCo2ePerKwh: 0.15 })]);
    expect(total(slices)).toBeCloseTo(1500, 9);
  });

  it('residual mix applies when there is nothing more specific', () => {
    const slices = allocateMarketBased([use()], [], [residualGb2024]).get('r1');
    expect(slices).toEqual([expect.objectContaining({ step: 'residual-mix', sourceId: 'rm1', co2eKg: 3000 })]);
    expect(slices?.[0]?.note).toContain('Test value, entered for this test');
  });

  it('with nothing at all, the grid average is used and the figure says so', () => {
    const slices = allocateMarketBased([use()], [], []).get('r1');
    expect(slices).toEqual([expect.objectContaining({ step: 'grid-average', sourceId: null, factorKgCo2ePerKwh: GRID_2024 })]);
    expect(total(slices)).toBeCloseTo(10_000 * GRID_2024, 9);
    expect(slices?.[0]?.note).toMatch(/last resort/);
  });

  it('an instrument covers only the part of a bill inside its period (vintage)', () => {
    const bill = use({ periodStart: '2025-03-01', periodEnd: '2025-04-30', energyKwh: 6100 }); // 31 + 30 days
    const slices = allocateMarketBased([bill], [instrument({ periodEnd: '2025-03-31' })], []).get('r1');
    expect(slices?.map((s) => [s.step, Number(s.energyKwh.toFixed(6))])).toEqual([
      ['instrument', 3100],
      ['grid-average', 3000],
    ]);
  });

  it('GB certificates do not cover a Northern Ireland site, and site-specific instruments stay with their site', () => {
    const ni = use({ recordId: 'ni', market: 'NI' });
    const other = use({ recordId: 'other', siteId: 'site-b' });
    const result = allocateMarketBased([ni, other], [instrument({ siteId: 'site-a' })], []);
    expect(result.get('ni')?.[0]?.step).toBe('grid-average');
    expect(result.get('other')?.[0]?.step).toBe('grid-average');
    expect(marketOfPostcode('GB', 'bt1 5gs')).toBe('NI');
    expect(marketOfPostcode('GB', 'SW1A 1AA')).toBe('GB');
    expect(marketOfPostcode('FR', '75001')).toBeNull();
  });

  it('conserves energy: slices always add up to the use', () => {
    const uses = Array.from({ length: 12 }, (_, m) => {
      const month = String(m + 1).padStart(2, '0');
      return use({ recordId: `m${month}`, periodStart: `2024-${month}-01`, periodEnd: `2024-${month}-28`, energyKwh: 1000 + m * 37 });
    });
    const result = allocateMarketBased(uses, [instrument({ kind: 'unbundled-rego', volumeMwh: 5.5 }), instrument({ id: 'mix', kind: 'supplier-mix', periodStart: '2024-07-01', factorKgCo2ePerKwh: 0.2 })], [residualGb2024]);
    for (const u of uses) {
      const sum = (result.get(u.recordId) ?? []).reduce((s, x) => s + x.energyKwh, 0);
      expect(sum).toBeCloseTo(u.energyKwh, 9);
    }
  });
});
