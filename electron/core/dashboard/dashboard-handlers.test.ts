import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedImportFile, seedRecords } from '../testing/dashboard-seed';
import { ok, createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';

// Hand-computed from the shipped DESNZ flat files (kg CO2e per kWh):
//   2024 UK electricity generated 0.20705; T&D 0.0183; WTT generation 0.0459; WTT T&D 0.00397
//   2024 Natural gas (Gross CV) 0.1829; WTT natural gas 0.03021
//   2023 UK electricity generated 0.207074288591
// The organisation's year starts in April: reporting year 2024 is 1 April 2024 – 31 March 2025.
const ELEC_S2 = 0.20705;
const ELEC_S3 = 0.0183 + 0.0459 + 0.00397;
const GAS_S1 = 0.1829;
const GAS_S3 = 0.03021;
const EVIDENCE_CSV = 'period_start,period_end,activity,quantity,unit,data_quality\n01/05/2024,31/07/2024,grid-electricity-uk,9200,kWh,estimate\n';

let t: TestBackend;
let siteId = '';
let importId = '';


beforeEach(async () => {
  t = createTestBackend();
  const created = await ok(t.backend.invoke('workspaces.create', sampleCreateInput));
  siteId = created.sites[0]?.id ?? '';
  const electricity = { siteId, activityId: 'grid-electricity-uk', unit: 'kWh' };
  importId = t.backend.write(['emissions'], (db) => {
    const id = seedImportFile(db, 'q2-bills.csv', EVIDENCE_CSV);
    seedRecords(db, [
      { ...electricity, periodStart: '2024-04-01', periodEnd: '2024-04-30', quantity: 1000 },
      { ...electricity, periodStart: '2024-05-01', periodEnd: '2024-07-31', quantity: 9200, importId: id, estimated: true, dataQuality: 'estimate' },
      { siteId, activityId: 'natural-gas', unit: 'kWh', periodStart: '2024-12-01', periodEnd: '2024-12-31', quantity: 500, dataQuality: 'proxy', meter: 'G1' },
      { ...electricity, periodStart: '2023-06-01', periodEnd: '2023-06-30', quantity: 2000 },
    ]);
    return id;
  });
});
afterEach(() => t.cleanup());

describe('dashboard.summary', () => {
  it('totals a reporting year by scope, Scope 2 both ways, with the trend, breakdowns and change on the year before', async () => {
    const s = await ok(t.backend.invoke('dashboard.summary', { year: 2024 }));
    expect(s.window).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(s.availableYears).toEqual([2023, 2024]);
    expect(s.figureCount).toBe(12);
    expect(s.totals.scope1Co2eKg).toBeCloseTo(500 * GAS_S1, 9);
    expect(s.totals.scope2LocationCo2eKg).toBeCloseTo(10_200 * ELEC_S2, 9);
    // No tariffs or certificates: market-based falls back to the grid average.
    expect(s.totals.scope2MarketCo2eKg).toBeCloseTo(10_200 * ELEC_S2, 9);
    expect(s.totals.scope3Co2eKg).toBeCloseTo(10_200 * ELEC_S3 + 500 * GAS_S3, 9);

    const month = (m: string) => s.monthly.find((r) => r.month === m);
    expect(s.monthly.map((r) => r.month)).toEqual(['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
    expect(month('2024-04')?.scope2LocationCo2eKg).toBeCloseTo(1000 * ELEC_S2, 9);
    expect(month('2024-05')?.scope2LocationCo2eKg).toBeCloseTo(3100 * ELEC_S2, 9);
    expect(month('2024-06')?.scope2LocationCo2eKg).toBeCloseTo(3000 * ELEC_S2, 9);
    expect(month('2024-12')?.scope1Co2eKg).toBeCloseTo(500 * GAS_S1, 9);
    expect(month('2025-01')?.scope1Co2eKg).toBe(0);

    expect(s.previous.totals.scope2LocationCo2eKg).toBeCloseTo(2000 * 0.207074288591, 9);
    expect(s.change.scope2LocationPct).toBeCloseTo(((10_200 * ELEC_S2 - 2000 * 0.207074288591) / (2000 * 0.207074288591)) * 100, 6);
    expect(s.change.scope1Pct).toBeNull();

    expect(s.bySite).toEqual([expect.objectContaining({ siteId, siteName: 'Head office' })]);
    const imported = s.bySource.find((r) => r.source === 'import');
    expect(imported).toMatchObject({ importId, fileName: 'q2-bills.csv' });
    expect(imported?.scope2LocationCo2eKg).toBeCloseTo(9200 * ELEC_S2, 9);
    expect(s.bySource.find((r) => r.source === 'manual')?.scope1Co2eKg).toBeCloseTo(500 * GAS_S1, 9);
    expect(s.byCategory.map((r) => [r.scope, r.scope3Category])).toEqual([[1, null], [2, null], [3, 3]]);
    expect(s.byActivity.map((r) => r.activityId)).toEqual(['grid-electricity-uk', 'natural-gas']);
  });

  it('shows estimated, proxy and unverified figures and the months a meter or regular source has no data', async () => {
    t.backend.workspaces.require().db.$client.prepare(`UPDATE factor_sets SET verified = 0 WHERE id LIKE 'uk-desnz-2024%'`).run();
    const { dataQuality: q } = await ok(t.backend.invoke('dashboard.summary', { year: 2024 }));
    expect(q.estimated.co2eKg).toBeCloseTo(9200 * (ELEC_S2 + ELEC_S3), 9);
    expect(q.estimated.figureCount).toBe(4);
    expect(q.proxy.co2eKg).toBeCloseTo(500 * (GAS_S1 + GAS_S3), 9);
    expect(q.proxy.figureCount).toBe(2);
    expect(q.spend).toEqual({ co2eKg: 0, figureCount: 0 });
    expect(q.unverifiedFactorSets).toHaveLength(1);
    expect(q.unverifiedFactorSets[0]?.co2eKg).toBeCloseTo(10_200 * (ELEC_S2 + ELEC_S3) + 500 * (GAS_S1 + GAS_S3), 9);
    expect(q.missingMonths.map((m) => [m.activityId, m.meter, m.missing.length, m.sources])).toEqual([
      ['natural-gas', 'G1', 11, ['manual']],
      ['grid-electricity-uk', null, 8, ['import', 'manual']],
    ]);
    expect(q.missingMonths[1]?.missing[0]).toBe('2024-08');
  });

  it('works out intensity ratios from the inputs, with floor area from the sites when none is entered', async () => {
    const saved = await ok(t.backend.invoke('dashboard.metrics.update', { year: 2024, turnoverGbp: 2_000_000, employeesFte: 10, floorAreaM2: null }));
    expect(saved).toMatchObject({ year: 2024, turnoverGbp: 2_000_000, employeesFte: 10, floorAreaM2: null, sitesFloorAreaM2: 420 });
    expect(t.events).toContainEqual({ name: 'data.changed', payload: { topics: expect.arrayContaining(['metrics']) } });
    const audit = await ok(t.backend.invoke('audit.list', { entity: 'reporting-year-metrics', limit: 5, offset: 0 }));
    expect(audit.entries[0]?.summary).toMatch(/reporting year 2024/);

    const { intensity } = await ok(t.backend.invoke('dashboard.summary', { year: 2024 }));
    const location = 500 * (GAS_S1 + GAS_S3) + 10_200 * (ELEC_S2 + ELEC_S3);
    expect(intensity.floorAreaFromSites).toBe(true);
    expect(intensity.floorAreaUsedM2).toBe(420);
    expect(intensity.perMillionGbp?.locationCo2eKg).toBeCloseTo(location / 2, 9);
    expect(intensity.perFte?.locationCo2eKg).toBeCloseTo(location / 10, 9);
    expect(intensity.perM2?.marketCo2eKg).toBeCloseTo(location / 420, 9);

    await ok(t.backend.invoke('dashboard.metrics.update', { year: 2024, turnoverGbp: null, employeesFte: null, floorAreaM2: 1000 }));
    const again = await ok(t.backend.invoke('dashboard.summary', { year: 2024 }));
    expect(again.intensity).toMatchObject({ floorAreaFromSites: false, floorAreaUsedM2: 1000, perMillionGbp: null, perFte: null });
    const refused = await t.backend.invoke('dashboard.metrics.update', { year: 2024, turnoverGbp: -5, employeesFte: null, floorAreaM2: null });
    expect(refused.ok ? null : refused.error.message).toMatch(/Turnover must be more than £0/);
  });
});

describe('dashboard.drillDown', () => {
  it('lists the rows behind a bar, with the share in the month, provenance and the evidence file', async () => {
    const page = await ok(t.backend.invoke('dashboard.drillDown', { year: 2024, filter: { month: '2024-06', scope: 2, basis: 'location' } }));
    expect(page.window).toEqual({ start: '2024-06-01', end: '2024-06-30' });
    expect(page.total).toBe(1);
    const [row] = page.rows;
    expect(row?.figure.co2eKg).toBeCloseTo(9200 * ELEC_S2, 9);
    expect(row?.co2eKgInWindow).toBeCloseTo(3000 * ELEC_S2, 9);
    expect(row).toMatchObject({ periodStart: '2024-05-01', periodEnd: '2024-07-31', siteName: 'Head office', evidence: { importId, fileName: 'q2-bills.csv' } });
    expect(row?.record).toMatchObject({ source: 'import', estimated: true, dataQuality: 'estimate' });
    expect(row?.figure).toMatchObject({ factorValue: ELEC_S2, factorUnit: 'kg CO2e per kWh', factorYear: 2024, method: 'location-based' });
    expect(row?.figure.factorRowNumber).toEqual(expect.any(Number));
    expect(row?.factorSet).toMatchObject({ year: 2024, verified: true });
    expect(row?.figure.provenance).toMatchObject({ path: { level1: 'UK electricity' } });
  });

  it('pages through a whole year, and filters by source and file', async () => {
    const first = await ok(t.backend.invoke('dashboard.drillDown', { year: 2024, filter: {}, limit: 5, offset: 0 }));
    expect(first.total).toBe(12);
    expect(first.rows).toHaveLength(5);
    const last = await ok(t.backend.invoke('dashboard.drillDown', { year: 2024, filter: {}, limit: 5, offset: 10 }));
    expect(last.rows).toHaveLength(2);
    const ids = new Set([...first.rows, ...last.rows].map((r) => r.figure.id));
    expect(ids.size).toBe(7);
    const noFile = await ok(t.backend.invoke('dashboard.drillDown', { year: 2024, filter: { importId: null }, limit: 50 }));
    expect(noFile.total).toBe(7);
    expect(noFile.rows).toHaveLength(7);
    expect(noFile.rows.every((r) => r.evidence === null)).toBe(true);
    const market = await ok(t.backend.invoke('dashboard.drillDown', { year: 2024, filter: { scope: 2, basis: 'market' } }));
    expect(market.rows.every((r) => r.figure.method === 'market-based')).toBe(true);
    expect(market.rows.reduce((sum, r) => sum + r.co2eKgInWindow, 0)).toBeCloseTo(10_200 * ELEC_S2, 9);
    const earlier = await ok(t.backend.invoke('dashboard.drillDown', { year: 2023, filter: { scope: 2 } }));
    expect(earlier.total).toBe(2);
  });

  it('refuses a month outside the reporting year, saying which year it is', async () => {
    const result = await t.backend.invoke('dashboard.drillDown', { year: 2024, filter: { month: '2024-03' } });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/2024-03 is not in reporting year 2024 \(2024-04-01 to 2025-03-31\)/) });
  });
});

describe('evidence.download', () => {
  it('gives back the original file of an import', async () => {
    const file = await ok(t.backend.invoke('evidence.download', { importId }));
    expect(file.fileName).toBe('q2-bills.csv');
    expect(Buffer.from(file.contentBase64, 'base64').toString('utf8')).toBe(EVIDENCE_CSV);
    const missing = await t.backend.invoke('evidence.download', { importId: 'nope' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
