import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactorTestWorkspace, shippedFactorsDir, type TestWorkspace } from '../../testing/factor-workspace';
import { searchFactorLookup, searchFactors, type FactorSearchQuery } from './factor-search';
import { createMemoryLookup, loadShippedFactorSets } from './shipped-sets';
import type { FactorLookup } from './types';

let t: TestWorkspace;
let memory: FactorLookup;
beforeAll(() => {
  t = createFactorTestWorkspace();
  memory = createMemoryLookup(loadShippedFactorSets(shippedFactorsDir));
});
afterAll(() => t.cleanup());

const query = (q: Partial<FactorSearchQuery> & { text: string }): FactorSearchQuery => ({ limit: 50, offset: 0, ...q });

describe('searching factors', () => {
  it('finds UK electricity for 2024, the Scope 2 total first', () => {
    const page = searchFactors(t.ws.db, query({ text: 'electricity UK generated', year: 2024 }));
    expect(page.rows[0]).toMatchObject({
      setId: 'uk-desnz-2024-v1.1',
      dataset: 'uk-desnz',
      setYear: 2024,
      setVersion: '1.1',
      scope: 'Scope 2',
      level1: 'UK electricity',
      level2: 'Electricity generated',
      level3: 'Electricity: UK',
      uom: 'kWh',
      ghgUnit: 'kg CO2e',
      value: 0.20705,
      rawValue: '0.20705',
    });
    expect(page.rows[0]?.id).toEqual(expect.any(Number));
    expect(page.total).toBe(page.rows.length);
    // Totals before the per-gas rows.
    const firstPerGas = page.rows.findIndex((r) => r.ghgUnit !== 'kg CO2e');
    expect(page.rows.slice(firstPerGas).every((r) => r.ghgUnit !== 'kg CO2e')).toBe(true);
  });

  it('matches every word in any case, across levels, column text, unit, DESNZ ID and SIC code', () => {
    const gas = searchFactors(t.ws.db, query({ text: 'NATURAL gas gross', year: 2024, kgCo2eOnly: true }));
    expect(gas.rows.map((r) => [r.scope, r.level1, r.level3, r.rawValue])).toContainEqual(['Scope 1', 'Fuels', 'Natural gas', '0.1829']);
    expect(gas.rows.every((r) => r.uom === 'kWh (Gross CV)' && r.ghgUnit === 'kg CO2e')).toBe(true);

    const byId = searchFactors(t.ws.db, query({ text: '1_100_1000_15_1' }));
    expect(byId.rows.filter((r) => r.externalId === '1_100_1000_15_1').map((r) => r.setYear)).toEqual([2025, 2024, 2023]);
    expect(byId.rows.every((r) => r.externalId?.includes('1_100_1000_15_1'))).toBe(true);

    const bySic = searchFactors(t.ws.db, query({ text: '01 agriculture', dataset: 'uk-eeio-sic' }));
    expect(bySic.rows.map((r) => [r.level2, r.ghgUnit, r.rawValue])).toEqual([
      ['01', 'kg CO2e', '2.63302861758'],
      ['01', 'kg CO2', '0.640932121636'],
    ]);
    expect(searchFactors(t.ws.db, query({ text: 'natural unicorn' })).total).toBe(0);
  });

  it('treats % and _ as ordinary characters', () => {
    const blend = searchFactors(t.ws.db, query({ text: '100% mineral', year: 2024, kgCo2eOnly: true }));
    expect(blend.total).toBeGreaterThan(0);
    expect(blend.rows.every((r) => r.level3.includes('100%'))).toBe(true);
    const percent = searchFactors(t.ws.db, query({ text: '%', year: 2024, limit: 200 }));
    expect(percent.total).toBeLessThan(8740);
    expect(percent.rows.every((r) => [r.level1, r.level2, r.level3, r.level4, r.columnText, r.uom].some((f) => f.includes('%')))).toBe(true);
    expect(searchFactors(t.ws.db, query({ text: 'a_b' })).total).toBe(0);
  });

  it('filters by year, dataset and scope, and pages with a total', () => {
    const all = searchFactors(t.ws.db, query({ text: 'diesel', scope: 'Scope 1', kgCo2eOnly: true, limit: 200 }));
    expect(new Set(all.rows.map((r) => r.scope))).toEqual(new Set(['Scope 1']));
    expect(all.rows.map((r) => r.setYear)).toEqual([...all.rows.map((r) => r.setYear)].sort((a, b) => b - a));
    const page2 = searchFactors(t.ws.db, query({ text: 'diesel', scope: 'Scope 1', kgCo2eOnly: true, limit: 10, offset: 10 }));
    expect(page2.total).toBe(all.total);
    expect(page2.rows).toEqual(all.rows.slice(10, 20));
    expect(searchFactors(t.ws.db, query({ text: '', dataset: 'ember' })).total).toBe(222);
    expect(searchFactors(t.ws.db, query({ text: '', year: 2016 })).total).toBe(5483);
  });

  it('gives the same rows in the same order from the shipped files in memory (the CLI without a workspace)', () => {
    const queries: FactorSearchQuery[] = [
      query({ text: 'electricity UK generated', year: 2024 }),
      query({ text: 'natural gas', limit: 200 }),
      query({ text: 'car average', kgCo2eOnly: true, limit: 100, offset: 20 }),
      query({ text: 'texas', dataset: 'us-egrid' }),
      query({ text: 'france' }),
    ];
    for (const q of queries) {
      const fromDb = searchFactors(t.ws.db, q);
      const fromMemory = searchFactorLookup(memory, q);
      expect(fromMemory.total, q.text).toBe(fromDb.total);
      expect(fromMemory.rows, q.text).toEqual(fromDb.rows.map((r) => ({ ...r, id: null })));
    }
  });

  it('answers a typical query quickly', () => {
    const started = performance.now();
    searchFactors(t.ws.db, query({ text: 'natural gas', year: 2024 }));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
