import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceDb } from '../db/connection';
import { recalculate } from '../emissions/runs/calculation-service';
import { currentRun, removeRecords } from '../emissions/runs/run-repository';
import { workspaceCalculator } from '../emissions/workspace-calculator';
import { undoImport } from '../importers/import-history';
import { seedImportFile, seedRecords } from '../testing/dashboard-seed';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';
import { ensureFigureRollups } from './rollups';

let t: TestBackend;
let db: WorkspaceDb;
let siteId = '';
const noAudit = () => undefined;

beforeEach(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
  siteId = created.value.sites[0]?.id ?? '';
  db = t.backend.workspaces.require().db;
});
afterEach(() => t.cleanup());

interface RollupRow {
  runId: string;
  month: string;
  scope: number;
  method: string;
  co2eKg: number;
  quantity: number;
  figureCount: number;
  startingCount: number;
  source: string;
  importId: string;
  estimated: number;
}

function rollups(runId?: string): RollupRow[] {
  return db.$client
    .prepare(
      `SELECT run_id AS runId, month, scope, method, co2e_kg AS co2eKg, quantity, figure_count AS figureCount, starting_count AS startingCount, source,
         import_id AS importId, estimated FROM figure_rollups ${runId ? 'WHERE run_id = ?' : ''} ORDER BY run_id, month, scope, method, scope3_category, co2e_kg`,
    )
    .all(...(runId ? [runId] : [])) as RollupRow[];
}

function figureTotal(runId: string): number {
  return (db.$client.prepare('SELECT sum(co2e_kg) AS kg FROM emission_figures WHERE run_id = ?').get(runId) as { kg: number }).kg;
}

const quarterlyBill = () => ({ siteId, activityId: 'grid-electricity-uk', periodStart: '2024-05-01', periodEnd: '2024-07-31', quantity: 9200, unit: 'kWh' });

describe('figure rollups', () => {
  it('apportions a quarterly bill to its months by days, and the monthly parts sum exactly to each figure', () => {
    t.backend.write(['emissions'], (tx) => seedRecords(tx, [quarterlyBill()]));
    const run = currentRun(db);
    if (!run) throw new Error('no run');
    const location = rollups(run.id).filter((r) => r.scope === 2 && r.method === 'location-based');
    expect(location.map((r) => [r.month, r.quantity, r.figureCount, r.startingCount])).toEqual([
      ['2024-05', 3100, 1, 1],
      ['2024-06', 3000, 1, 0],
      ['2024-07', 3100, 1, 0],
    ]);
    // 9,200 kWh × 0.20705 kg CO2e/kWh (DESNZ 2024, UK electricity generated), split 31:30:31.
    const figure = db.$client.prepare(`SELECT co2e_kg AS kg FROM emission_figures WHERE run_id = ? AND scope = 2 AND method = 'location-based'`).get(run.id) as { kg: number };
    expect(figure.kg).toBeCloseTo(9200 * 0.20705, 9);
    expect(location.map((r) => r.co2eKg).reduce((a, b) => a + b, 0)).toBe(figure.kg);
    expect(location[1]?.co2eKg).toBeCloseTo(3000 * 0.20705, 9);
    const all = rollups(run.id).reduce((sum, r) => sum + r.co2eKg, 0);
    expect(all).toBeCloseTo(figureTotal(run.id), 9);
  });

  it('keeps the record attributes (source, import, estimated) on the rollup rows', () => {
    const importId = t.backend.write(['emissions'], (tx) => {
      const id = seedImportFile(tx, 'bills.csv', 'date,activity\n');
      seedRecords(tx, [{ ...quarterlyBill(), importId: id, estimated: true, dataQuality: 'estimate' }]);
      return id;
    });
    const rows = rollups();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.source === 'import' && r.importId === importId && r.estimated === 1)).toBe(true);
  });

  it('removes a deleted record from the current run only, and undoing an import removes all its months', () => {
    const [manualId] = t.backend.write(['emissions'], (tx) => seedRecords(tx, [{ ...quarterlyBill(), periodStart: '2024-04-01', periodEnd: '2024-04-30', quantity: 1000 }]));
    const importId = t.backend.write(['emissions'], (tx) => {
      const id = seedImportFile(tx, 'bills.csv', 'date,activity\n');
      seedRecords(tx, [{ ...quarterlyBill(), importId: id }]);
      return id;
    });
    const run = currentRun(db);
    if (!run || !manualId) throw new Error('no run');
    expect(new Set(rollups().map((r) => r.month))).toEqual(new Set(['2024-04', '2024-05', '2024-06', '2024-07']));

    t.backend.write(['emissions', 'imports'], (tx, _audit, now) => undoImport(tx, importId, now, noAudit));
    expect(new Set(rollups().map((r) => r.month))).toEqual(new Set(['2024-04']));
    expect(rollups().every((r) => r.source === 'manual')).toBe(true);
    expect(rollups().reduce((s, r) => s + r.co2eKg, 0)).toBeCloseTo(figureTotal(run.id), 9);

    t.backend.write(['emissions'], (tx) => removeRecords(tx, [manualId]));
    expect(rollups()).toEqual([]);
    expect(db.$client.prepare('SELECT count(*) AS n FROM meter_months').get()).toEqual({ n: 0 });
  });

  it('a recalculation makes rollups for the new run and leaves the earlier run as it was', () => {
    t.backend.write(['emissions'], (tx) => seedRecords(tx, [quarterlyBill()]));
    const first = currentRun(db);
    if (!first) throw new Error('no run');
    const before = rollups(first.id);
    const second = t.backend.write(['emissions'], (tx, audit, now) => recalculate(tx, workspaceCalculator(tx), 'Test recalculation', now, audit)).run;
    expect(rollups(first.id)).toEqual(before);
    expect(rollups(second.id).map(({ runId: _r, ...rest }) => rest)).toEqual(before.map(({ runId: _r, ...rest }) => rest));

    // Deleting a record now only touches the new (current) run.
    const recordId = (db.$client.prepare('SELECT id FROM activity_records').get() as { id: string }).id;
    t.backend.write(['emissions'], (tx) => removeRecords(tx, [recordId]));
    expect(rollups(first.id)).toEqual(before);
    expect(rollups(second.id)).toEqual([]);
  });

  it('the on-open backfill rebuilds exactly what was maintained on write', () => {
    t.backend.write(['emissions'], (tx) =>
      seedRecords(tx, [quarterlyBill(), { siteId, activityId: 'natural-gas', periodStart: '2024-12-15', periodEnd: '2025-01-14', quantity: 3100, unit: 'kWh', dataQuality: 'estimate', meter: 'G1' }]),
    );
    const maintained = rollups();
    const meters = () => db.$client.prepare('SELECT * FROM meter_months ORDER BY month, activity_id, meter').all();
    const maintainedMeters = meters();
    expect(maintainedMeters).toContainEqual(expect.objectContaining({ month: '2025-01', meter: 'G1', activity_id: 'natural-gas', figure_count: 2 }));
    db.$client.exec(`DELETE FROM figure_rollups; DELETE FROM meter_months; DELETE FROM workspace_meta WHERE key = 'figure_rollups_version'`);
    ensureFigureRollups(db);
    expect(rollups()).toEqual(maintained);
    expect(meters()).toEqual(maintainedMeters);
  });

  it('an import, whose record attributes are handed over rather than read back, rolls up as a rebuild does', async () => {
    const readings = Array.from({ length: 96 }, (_, i) => `1200012345678,${new Date(Date.UTC(2024, 4, 31) + i * 1_800_000).toISOString()},0.${(i % 9) + 1}`);
    const bill = 'Period start,Period end,kWh,Fuel,MPRN,Estimated\n01/06/2024,31/07/2024,3100,Gas,G77,Yes\n';
    for (const [fileName, text] of [['hh.csv', `MPAN,Timestamp,kWh\n${readings.join('\n')}\n`], ['bill.csv', bill]] as const) {
      const imported = await t.backend.invoke('imports.run', { fileName, contentBase64: Buffer.from(text).toString('base64'), options: {} });
      expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });
    }
    const maintained = rollups();
    expect(new Set(maintained.map((r) => r.importId)).size).toBe(2);
    expect(maintained.some((r) => r.estimated === 1 && r.source === 'import')).toBe(true);
    const meters = () => db.$client.prepare('SELECT * FROM meter_months ORDER BY month, activity_id, meter').all();
    const factorCells = () => db.$client.prepare('SELECT * FROM factor_rollups ORDER BY month, activity_id, method, role, co2e_kg').all();
    const [maintainedMeters, maintainedFactors] = [meters(), factorCells()];
    db.$client.exec(`DELETE FROM figure_rollups; DELETE FROM meter_months; DELETE FROM factor_rollups; DELETE FROM workspace_meta WHERE key = 'figure_rollups_version'`);
    ensureFigureRollups(db);
    expect(rollups()).toEqual(maintained);
    expect(meters()).toEqual(maintainedMeters);
    expect(factorCells()).toEqual(maintainedFactors);
  });
});

describe('factor rollups', () => {
  const factorRows = () =>
    db.$client
      .prepare(
        `SELECT run_id, month, site_id, activity_id, scope, scope3_category, role, method, market_step, market_source_id, factor_set_id, factor_id,
           factor_row_number, factor_value, factor_unit, factor_year, quantity_unit, co2e_kg, quantity, figure_count, starting_count, min_period_start
         FROM factor_rollups ORDER BY run_id, month, site_id, activity_id, role, method, market_step, factor_id, factor_value`,
      )
      .all() as Record<string, unknown>[];
  const rebuilt = () => {
    db.$client.exec(`DELETE FROM figure_rollups; DELETE FROM meter_months; DELETE FROM factor_rollups; DELETE FROM workspace_meta WHERE key = 'figure_rollups_version'`);
    ensureFigureRollups(db);
    return factorRows();
  };

  it('stay equal to a fresh rebuild through a recalculation, a record removal and an import undo', () => {
    const importId = t.backend.write(['emissions'], (tx) => {
      const id = seedImportFile(tx, 'bills.csv', 'date,activity\n');
      seedRecords(tx, [{ ...quarterlyBill(), importId: id }, { siteId, activityId: 'natural-gas', periodStart: '2024-12-15', periodEnd: '2025-01-14', quantity: 3100, unit: 'kWh', importId: id }]);
      return id;
    });
    const [manualId] = t.backend.write(['emissions'], (tx) =>
      seedRecords(tx, [{ siteId, activityId: 'vehicle-fuel-diesel', periodStart: '2024-06-01', periodEnd: '2024-06-30', quantity: 300, unit: 'litre' }, { ...quarterlyBill(), quantity: 500 }]),
    );
    t.backend.write(['emissions'], (tx, audit, now) => recalculate(tx, workspaceCalculator(tx), 'Test recalculation', now, audit));
    if (!manualId) throw new Error('no record');
    t.backend.write(['emissions'], (tx) => removeRecords(tx, [manualId]));
    t.backend.write(['emissions', 'imports'], (tx, _audit, now) => undoImport(tx, importId, now, noAudit));
    const maintained = factorRows();
    // Two runs: the first keeps every record, the current one only the remaining bill.
    expect(new Set(maintained.map((r) => r.run_id)).size).toBe(2);
    expect(maintained.some((r) => r.activity_id === 'natural-gas' && r.month === '2025-01')).toBe(true);
    const current = currentRun(db);
    const currentRows = maintained.filter((r) => r.run_id === current?.id);
    expect(currentRows.length).toBeGreaterThan(0);
    expect(currentRows.every((r) => r.activity_id === 'grid-electricity-uk')).toBe(true);
    expect(currentRows.reduce((s, r) => s + (r.co2e_kg as number), 0)).toBeCloseTo(figureTotal(current?.id ?? ''), 9);
    const fresh = rebuilt();
    expect(maintained.map(({ co2e_kg: _c, quantity: _q, ...key }) => key)).toEqual(fresh.map(({ co2e_kg: _c, quantity: _q, ...key }) => key));
    maintained.forEach((row, i) => {
      expect(row.co2e_kg).toBeCloseTo(fresh[i]?.co2e_kg as number, 9);
      expect(row.quantity).toBeCloseTo(fresh[i]?.quantity as number, 9);
    });
  });
});
