// Shared checks for the golden cases (not a test file itself).
import { expect } from 'vitest';
import { calculate, type CalculationInput } from '../calculator';
import { createMemoryLookup, factorsDirOf, loadShippedFactorSets } from '../library/shipped-sets';
import type { FactorLookup } from '../library/types';
import { findAppRoot } from '../../paths';

export interface GoldenComponent {
  role: string;
  co2eKg: number;
  rowNumber: number;
  value: number;
  unit: string;
  /** Scope, Level 1–4, Column Text, UOM exactly as in the CSV. */
  path: [string, string, string, string, string, string, string];
  /** Per-gas kg CO2e where the case checks them. */
  gases?: { co2Kg: number; ch4Kg: number; n2oKg: number };
}

export interface GoldenCase {
  name: string;
  input: CalculationInput;
  setId: string;
  year: number;
  pinnedYear?: number;
  /** The activity is absent from the period's own year, so another year is used with a warning. */
  fallback?: boolean;
  totalKg: number;
  components: GoldenComponent[];
}

let shipped: FactorLookup | null = null;
export function shippedLookup(): FactorLookup {
  shipped ??= createMemoryLookup(loadShippedFactorSets(factorsDirOf(findAppRoot())));
  return shipped;
}

/** Relative closeness to 1e-9: tight enough to catch any wrong row, loose enough for float order. */
export function expectKg(actual: number, expected: number): void {
  if (expected === 0) expect(actual).toBeCloseTo(0, 12);
  else expect(actual / expected).toBeCloseTo(1, 9);
}

export function expectGolden(c: GoldenCase): void {
  const result = calculate(c.input, { lookup: shippedLookup(), pinnedYear: c.pinnedYear ?? null });
  expect(result.factorYear).toBe(c.year);
  expectKg(result.totalCo2eKg, c.totalKg);
  if (c.pinnedYear !== undefined) expect(result.factorYearReason).toBe(`${c.pinnedYear} set pinned for this workspace`);
  if (c.fallback) expect(result.warnings.join(' ')).toMatch(/nearest set that has it/);
  expect(result.components.map((x) => x.role)).toEqual(c.components.map((x) => x.role));
  c.components.forEach((want, i) => {
    const got = result.components[i];
    if (!got) throw new Error(`missing component ${want.role}`);
    expectKg(got.co2eKg, want.co2eKg);
    expect(got.provenance).toMatchObject({ setId: c.setId, dataset: 'uk-desnz', year: c.year, rowNumber: want.rowNumber, value: want.value, unit: want.unit, factorId: null });
    const [scope, level1, level2, level3, level4, columnText, uom] = want.path;
    expect(got.provenance.path).toEqual({ scope, level1, level2, level3, level4, columnText, uom, ghgUnit: 'kg CO2e' });
    if (want.gases) {
      expectKg(got.gases?.co2Kg ?? NaN, want.gases.co2Kg);
      expectKg(got.gases?.ch4Kg ?? NaN, want.gases.ch4Kg);
      expectKg(got.gases?.n2oKg ?? NaN, want.gases.n2oKg);
    }
  });
}
