import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, createTestBackend, sampleCreateInput, type TestBackend } from '../../testing/fixtures';

// Expected values are computed by hand from the shipped DESNZ flat files:
//   2024.csv UK electricity generated, kWh, kg CO2e: 0.20705
//   2023.csv UK electricity generated, kWh, kg CO2e: 0.207074288591
//   2024.csv Natural gas, kWh (Gross CV), kg CO2e: 0.1829 (0.18290)

let t: TestBackend;
let siteId = '';
beforeEach(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', { ...sampleCreateInput, organisation: { ...sampleCreateInput.organisation, baseYear: 2024, reportingYearStartMonth: 1 } });
  if (!created.ok) throw new Error(created.error.message);
  siteId = created.value.sites[0]?.id ?? '';
});
afterEach(() => t.cleanup());


const electricity = (overrides: Record<string, unknown> = {}) => ({
  siteId,
  activityId: 'grid-electricity-uk',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  quantity: 100_000,
  unit: 'kWh',
  dataQuality: 'invoice' as const,
  ...overrides,
});

describe('calculation runs', () => {
  it('calculates a new record into the first run, Scope 2 both ways, with factor provenance', async () => {
    const record = await ok(t.backend.invoke('records.create', electricity()));
    const [run] = await ok(t.backend.invoke('calculations.runs', {}));
    expect(run).toMatchObject({ number: 1, reason: 'First calculation', factorSetIds: ['uk-desnz-2024-v1.1'] });
    expect(run?.totals.scope2LocationCo2eKg).toBeCloseTo(100_000 * 0.20705, 6);
    // No instruments and no residual mix: market-based falls back to the grid average, and says so.
    expect(run?.totals.scope2MarketCo2eKg).toBeCloseTo(100_000 * 0.20705, 6);
    const figures = await ok(t.backend.invoke('records.figures', { recordId: record.id }));
    const location = figures.find((f) => f.scope === 2 && f.method === 'location-based');
    expect(location).toMatchObject({ factorSetId: 'uk-desnz-2024-v1.1', factorValue: 0.20705, factorUnit: 'kg CO2e per kWh', factorYear: 2024 });
    expect(location?.factorId).toEqual(expect.any(Number));
    expect(location?.provenance).toMatchObject({ path: { level1: 'UK electricity', level2: 'Electricity generated', level3: 'Electricity: UK' } });
    const market = figures.find((f) => f.method === 'market-based');
    expect(market).toMatchObject({ marketStep: 'grid-average' });
    expect(market?.notes.join(' ')).toMatch(/last resort/);
    expect(figures.filter((f) => f.scope === 3).map((f) => f.scope3Category)).toEqual([3, 3, 3]);
  });

  it('a REGO-backed tariff makes the market-based figure zero while location-based stays', async () => {
    await ok(
      t.backend.invoke('instruments.create', {
        kind: 'rego-tariff', supplier: 'Green Supply Ltd', market: 'GB', periodStart: '2024-01-01', periodEnd: '2024-12-31',
        factorKgCo2ePerKwh: 0, additional: false, subsidised: false, directSupply: false,
      }),
    );
    await ok(t.backend.invoke('records.create', electricity()));
    const [run] = await ok(t.backend.invoke('calculations.runs', {}));
    expect(run?.totals.scope2MarketCo2eKg).toBe(0);
    expect(run?.totals.scope2LocationCo2eKg).toBeCloseTo(20_705, 6);
  });

  it('refuses a record that cannot be calculated, writing nothing', async () => {
    const result = await t.backend.invoke('records.create', electricity({ unit: 'litre' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { unit: expect.stringContaining('measured in') } } });
    expect(await ok(t.backend.invoke('records.list', { limit: 10, offset: 0 }))).toEqual({ records: [], total: 0 });
  });

  it('recalculating with a pinned factor year makes a new run and an explained restatement; the old run keeps its numbers', async () => {
    await ok(t.backend.invoke('records.create', electricity()));
    await ok(t.backend.invoke('records.create', { ...electricity(), activityId: 'natural-gas', quantity: 50_000, unit: 'kWh' }));
    const [first] = await ok(t.backend.invoke('calculations.runs', {}));
    await ok(t.backend.invoke('emissionsSettings.update', { pinnedFactorYear: 2023, significanceThresholdPct: 5 }));
    // Settings alone change nothing.
    const unchanged = await ok(t.backend.invoke('calculations.runs', {}));
    expect(unchanged).toHaveLength(1);

    const outcome = await ok(t.backend.invoke('calculations.recalculate', { reason: 'Align all years to the 2023 factor set' }));
    expect(outcome.run).toMatchObject({ number: 2, pinnedFactorYear: 2023, factorSetIds: ['uk-desnz-2023-v1.1'] });
    expect(outcome.run.totals.scope2LocationCo2eKg).toBeCloseTo(100_000 * 0.207074288591, 6);
    const runs = await ok(t.backend.invoke('calculations.runs', {}));
    expect(runs.find((r) => r.number === 1)?.totals.scope2LocationCo2eKg).toBeCloseTo(first?.totals.scope2LocationCo2eKg ?? NaN, 9);

    const diff = await ok(t.backend.invoke('calculations.diff', { fromRunId: first?.id ?? '', toRunId: outcome.run.id }));
    expect(diff.factorSetsAdded).toEqual(['uk-desnz-2023-v1.1']);
    expect(diff.factorSetsRemoved).toEqual(['uk-desnz-2024-v1.1']);
    const scope2 = diff.rows.find((r) => r.scope === 2 && r.method === 'location-based');
    expect(scope2?.changeCo2eKg).toBeCloseTo(100_000 * (0.207074288591 - 0.20705), 6);
    // A tiny change: below the 5 % threshold, so no base-year recalculation is required.
    expect(outcome.baseYearRecalculationRequired).toBe(false);
    expect(Math.abs(outcome.baseYearChangePct ?? 99)).toBeLessThan(1);
    const [restatement] = await ok(t.backend.invoke('calculations.restatements', {}));
    expect(restatement).toMatchObject({ fromRunNumber: 1, toRunNumber: 2, reason: 'Align all years to the 2023 factor set', thresholdPct: 5 });
  });

  it('flags base-year recalculation when the change passes the threshold', async () => {
    await ok(t.backend.invoke('records.create', electricity()));
    await ok(t.backend.invoke('emissionsSettings.update', { pinnedFactorYear: 2016, significanceThresholdPct: 5 }));
    const outcome = await ok(t.backend.invoke('calculations.recalculate', { reason: 'Test: compare with 2016 factors' }));
    // 2016 electricity (0.41205) is roughly double 2024 (0.20705).
    expect(outcome.baseYearRecalculationRequired).toBe(true);
    expect(outcome.baseYearChangePct).toBeGreaterThan(50);
  });

  it('deleting a record removes it from current totals but not from earlier runs', async () => {
    const record = await ok(t.backend.invoke('records.create', electricity()));
    await ok(t.backend.invoke('calculations.recalculate', { reason: 'Snapshot before deletion' }));
    await ok(t.backend.invoke('records.delete', { id: record.id }));
    const runs = await ok(t.backend.invoke('calculations.runs', {}));
    expect(runs.find((r) => r.number === 2)?.totals.scope2LocationCo2eKg).toBe(0);
    expect(runs.find((r) => r.number === 1)?.totals.scope2LocationCo2eKg).toBeCloseTo(20_705, 6);
    const audit = await ok(t.backend.invoke('audit.list', { entity: 'activity-record', limit: 10, offset: 0 }));
    expect(audit.entries.map((e) => e.action)).toEqual(['delete', 'create']);
  });
});

describe('sites with activity data', () => {
  it('refuses to delete a site that still has activity records', async () => {
    const depot = await ok(t.backend.invoke('sites.create', { name: 'Depot', country: 'GB', postcode: 'M1 1AE' }));
    await ok(t.backend.invoke('records.create', electricity({ siteId: depot.id })));
    const result = await t.backend.invoke('sites.delete', { id: depot.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('1 activity record') } });
  });
});

describe('base year apportioning', () => {
  it('counts a bill straddling the base-year window for its days inside it', async () => {
    const t2 = createTestBackend();
    try {
      const created = await t2.backend.invoke('workspaces.create', { ...sampleCreateInput, organisation: { ...sampleCreateInput.organisation, baseYear: 2024, reportingYearStartMonth: 4 } });
      if (!created.ok) throw new Error(created.error.message);
      const site = created.value.sites[0]?.id ?? '';
      // 1 Jan – 31 Dec 2024 (366 days); the April-start 2024 base year holds 275 of them.
      await ok(t2.backend.invoke('records.create', { siteId: site, activityId: 'grid-electricity-uk', periodStart: '2024-01-01', periodEnd: '2024-12-31', quantity: 36_600, unit: 'kWh', dataQuality: 'invoice' }));
      await ok(t2.backend.invoke('emissionsSettings.update', { pinnedFactorYear: 2023, significanceThresholdPct: 5 }));
      const outcome = await ok(t2.backend.invoke('calculations.recalculate', { reason: 'Compare with 2023 factors' }));
      const [run1] = (await ok(t2.backend.invoke('calculations.runs', {}))).filter((r) => r.number === 1);
      const diff = await ok(t2.backend.invoke('calculations.diff', { fromRunId: run1?.id ?? '', toRunId: outcome.run.id }));
      const total2024 = 36_600 * (0.20705 + 0.0183 + 0.0459 + 0.00397);
      expect(diff.baseYear).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
      expect(diff.baseYear.beforeCo2eKg).toBeCloseTo((total2024 * 275) / 366, 6);
    } finally {
      t2.cleanup();
    }
  });
});
