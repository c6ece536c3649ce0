import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument, ReportTable } from '../../../shared/domain/report-document';
import { yearWindow } from '../dashboard/rollup-sql';
import type { WorkspaceDb } from '../db/connection';
import { findActivity } from '../emissions/catalogue';
import { calculateRecords } from '../emissions/runs/calculation-service';
import { currentRun } from '../emissions/runs/run-repository';
import { workspaceCalculator } from '../emissions/workspace-calculator';
import { seedRecords, type SeedRecord } from '../testing/dashboard-seed';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';
import { dataTable, MAX_DATA_ROWS, provenanceTable } from './blocks';
import { buildReport } from './build';
import { energyLedger, isGreyFleetTravel } from './energy';
import type { ReportFigure } from './report-data';
import { figureWindow, loadFigureRows } from './report-sql';
import { keyFigure, rowOf, tableOf } from './report-test-kit';

// A year above the data table's row limit takes the rollup path (totals from figure_rollups, groups
// from factor_rollups, no figure read). Every number must match what the per-figure code computes from the same figures,
// including bills that straddle the start and end of the reporting year (April to March).

let t: TestBackend;
let db: WorkspaceDb;
let figures: ReportFigure[];
let secr: ReportDocument;
let ghg: ReportDocument;
const now = new Date('2025-06-01T00:00:00Z');

function day(offset: number): string {
  return new Date(Date.UTC(2024, 3, 1 + offset)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = createTestBackend({ clock: () => now });
  const created = await t.backend.invoke('workspaces.create', { ...sampleCreateInput, sites: [...sampleCreateInput.sites, { name: 'Depot', country: 'GB', postcode: 'M1 1AA', floorAreaM2: 900 }] });
  if (!created.ok) throw new Error(created.error.message);
  const [office, depot] = created.value.sites.map((s) => s.id) as [string, string];
  db = t.backend.workspaces.require().db;
  const records: SeedRecord[] = [];
  for (let d = 0; d < 365; d++) {
    for (let meter = 0; meter < 16; meter++) records.push({ siteId: meter % 2 ? depot : office, activityId: 'grid-electricity-uk', periodStart: day(d), periodEnd: day(d), quantity: 100 + meter + (d % 9), unit: 'kWh', meter: `m${meter}` });
  }
  // Quarterly gas bills, the first and last straddling the year's start and end.
  for (const [start, end] of [['2024-02-01', '2024-04-30'], ['2024-05-01', '2024-07-31'], ['2024-08-01', '2024-10-31'], ['2024-11-01', '2025-01-31'], ['2025-02-01', '2025-04-30']]) {
    records.push({ siteId: office, activityId: 'natural-gas', periodStart: start as string, periodEnd: end as string, quantity: 12_345.6, unit: 'kWh' });
  }
  for (let m = 0; m < 12; m++) {
    const start = new Date(Date.UTC(2024, 3 + m, 1)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2024, 4 + m, 0)).toISOString().slice(0, 10);
    records.push({ siteId: depot, activityId: 'vehicle-fuel-diesel', periodStart: start, periodEnd: end, quantity: 310 + m, unit: 'litre' });
    records.push({ siteId: depot, activityId: 'grey-fleet-car-average-petrol', periodStart: start, periodEnd: end, quantity: 420 + m, unit: 'km' });
    // The prior year, for SECR's comparison.
    const priorStart = new Date(Date.UTC(2023, 3 + m, 1)).toISOString().slice(0, 10);
    const priorEnd = new Date(Date.UTC(2023, 4 + m, 0)).toISOString().slice(0, 10);
    records.push({ siteId: office, activityId: 'grid-electricity-uk', periodStart: priorStart, periodEnd: priorEnd, quantity: 9_000 + m, unit: 'kWh' });
    records.push({ siteId: depot, activityId: 'vehicle-fuel-diesel', periodStart: priorStart, periodEnd: priorEnd, quantity: 280 + m, unit: 'litre' });
  }
  db.$client.transaction(() => seedRecords(db, records))();
  const run = currentRun(db);
  const window = run && figureWindow(db, run.id, yearWindow(2024, 4));
  if (!window) throw new Error('No figures seeded');
  const names = new Map(created.value.sites.map((s) => [s.id, s.name]));
  figures = loadFigureRows(db, window).map((row) => {
    const activity = findActivity(row.activityId);
    return { ...row, siteName: names.get(row.siteId) ?? '', activityLabel: activity?.label ?? '', activityCategory: activity?.category ?? 'Other', activityFamily: activity?.family ?? null };
  });
  secr = buildReport(db, 'secr', 2024, now);
  ghg = buildReport(db, 'ghg', 2024, now);
}, 120_000);
afterAll(() => t.cleanup());

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The figures (already cut to the year's days) split into calendar months by days, worked out here
 * figure by figure: the grouped data table has one row per factor and calendar month.
 */
function byCalendarMonth(items: readonly ReportFigure[]): ReportFigure[] {
  return items.flatMap((f) => {
    const from = dayOf(f.periodStart < '2024-04-01' ? '2024-04-01' : f.periodStart);
    const to = dayOf(f.periodEnd > '2025-03-31' ? '2025-03-31' : f.periodEnd);
    const parts = new Map<string, number>();
    for (let d = from; d <= to; d++) {
      const month = new Date(d * DAY_MS).toISOString().slice(0, 7);
      parts.set(month, (parts.get(month) ?? 0) + 1);
    }
    const days = to - from + 1;
    return [...parts].map(([month, n]) => ({ ...f, periodStart: `${month}-01`, quantity: (f.quantity * n) / days, co2eKg: (f.co2eKg * n) / days }));
  });
}

const sum = (keep: (f: ReportFigure) => boolean) => figures.filter(keep).reduce((s, f) => s + f.co2eKg, 0);

/** Rows of two tables matched by their text columns, every number equal to 9 significant figures. */
function expectSameRows(actual: ReportTable, expected: ReportTable, keys: string[]): void {
  const keyOf = (r: Record<string, unknown>) => keys.map((k) => String(r[k])).join('|');
  expect(actual.rows).toHaveLength(expected.rows.length);
  const byKey = new Map(actual.rows.map((r) => [keyOf(r), r]));
  for (const want of expected.rows) {
    const got = byKey.get(keyOf(want));
    expect(got, keyOf(want)).toBeDefined();
    for (const [column, value] of Object.entries(want)) {
      if (typeof value === 'number') expect(Math.abs((got?.[column] as number) - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-9 + 1e-9);
      else expect(got?.[column]).toBe(value);
    }
  }
}

describe('a year above the data table limit', () => {
  it('has enough figures to take the grouped path', () => {
    expect(figures.length).toBeGreaterThan(MAX_DATA_ROWS);
    expect(tableOf(secr, 'data').footnote).toMatch(/grouped by site, activity, factor and month/);
  });

  it('gives the same totals as summing every figure, bills apportioned by days', () => {
    expect(keyFigure(ghg, 'Scope 1')).toBeCloseTo(sum((f) => f.scope === 1) / 1000, 9);
    expect(keyFigure(ghg, 'Scope 2 (location-based)')).toBeCloseTo(sum((f) => f.scope === 2 && f.method === 'location-based') / 1000, 9);
    expect(keyFigure(ghg, 'Scope 2 (market-based)')).toBeCloseTo(sum((f) => f.scope === 2 && f.method === 'market-based') / 1000, 9);
    expect(keyFigure(ghg, 'Scope 3')).toBeCloseTo(sum((f) => f.scope === 3) / 1000, 9);
    expect(rowOf(tableOf(ghg, 'scope3'), 'category', 3).co2eT).toBeCloseTo(sum((f) => f.scope === 3 && f.scope3Category === 3) / 1000, 9);
    const gas = figures.filter((f) => f.activityId === 'natural-gas' && f.scope === 1);
    // The first bill has 30 of its 90 days (February 2024 has 29) inside the year, the last 59 of its 89.
    expect(gas.reduce((s, f) => s + f.quantity, 0)).toBeCloseTo(12_345.6 * (30 / 90) + 12_345.6 * 3 + 12_345.6 * (59 / 89), 6);
  });

  it('gives the same SECR energy and grey-fleet lines as the per-figure ledger', () => {
    const ledger = energyLedger(db, figures, new Map([...new Set(figures.map((f) => f.siteId))].map((id) => [id, 'GB'])));
    const energy = tableOf(secr, 'energy');
    expect(rowOf(energy, 'source', 'Purchased electricity').energyKwh).toBeCloseTo(ledger.kwhByKind.electricity, 6);
    expect(rowOf(energy, 'source', 'Natural gas').energyKwh).toBeCloseTo(ledger.kwhByKind.gas, 6);
    expect(rowOf(energy, 'source', 'Transport fuel').energyKwh).toBeCloseTo(ledger.kwhByKind.transport, 6);
    expect(rowOf(energy, 'source', 'Purchased electricity').priorEnergyKwh).toBeCloseTo(9_000 * 12 + 66, 6);
    expect(rowOf(tableOf(secr, 'emissions'), 'line', 'Scope 3: business mileage in employees’ own cars').co2eT).toBeCloseTo(sum(isGreyFleetTravel) / 1000, 9);
  });

  it('builds the provenance appendix and the grouped data table from SQL exactly as from the figures', () => {
    expectSameRows(tableOf(secr, 'provenance'), provenanceTable(figures), ['factorSet', 'row', 'factorValue', 'factorUnit', 'quantityUnit']);
    expectSameRows(tableOf(secr, 'data'), dataTable(byCalendarMonth(figures)), ['period', 'site', 'activity', 'part', 'method', 'factorSet', 'factorRow', 'factorValue']);
  });

  it('changes the inputs hash when a figure of the year is replaced, and only then', () => {
    expect(buildReport(db, 'secr', 2024, now).inputsSha256).toBe(secr.inputsSha256);
    const first = figures[0];
    if (!first) throw new Error('no figure');
    // Recalculate one record in the same run: identical figures (the totals do not move), new ids.
    const before = db.$client.prepare('SELECT count(*) AS n, sum(co2e_kg) AS kg FROM emission_figures').get();
    db.$client.transaction(() => calculateRecords(db, workspaceCalculator(db), [first.activityRecordId], now))();
    expect(db.$client.prepare('SELECT count(*) AS n, sum(co2e_kg) AS kg FROM emission_figures').get()).toEqual(before);
    expect(db.$client.prepare('SELECT count(*) AS n FROM emission_figures WHERE id = ?').get(first.figureId)).toEqual({ n: 0 });
    expect(buildReport(db, 'secr', 2024, now).inputsSha256).not.toBe(secr.inputsSha256);
  });
});
