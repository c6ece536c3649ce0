import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkspace, openWorkspaceFile } from '../../workspaces/workspace-session';
import { factorsDir, migrationsUpTo, realMigrations } from './migration-kit';

// 0005 adds figure_rollups and meter_months (and an index on emission_figures). The migration itself only creates
// them; a workspace that already has figures gets its rollups filled on first open by the same
// code that maintains them on write (electron/core/dashboard/rollups.ts), tested here.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-mig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0005_rollups', () => {
  it('keeps every figure of a populated workspace and fills the rollups of every run, apportioned by month', () => {
    const path = join(dir, 'ws.sqlite');
    const old = openWorkspaceFile(path, { dataDir: dir, migrationsDir: migrationsUpTo(dir, '0004_reports'), factorsDir }, { create: true, now: new Date('2026-01-01T00:00:00Z') });
    old.sqlite.exec(`
      INSERT INTO organisations VALUES ('o1', 'Acme', NULL, 4, 2024, '2026-01-01', '2026-01-01');
      INSERT INTO sites VALUES ('s1', 'o1', 'Head office', 'GB', 'SW1A 1AA', 100, '2026-01-01', '2026-01-01');
      INSERT INTO activity_records (id, site_id, activity_id, period_start, period_end, quantity, unit, source, data_quality, meter, estimated, created_at, updated_at)
        VALUES ('r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-07-31', 9200, 'kWh', 'manual', 'invoice', 'M1', 1, '2026-01-01', '2026-01-01');
      INSERT INTO calculation_runs VALUES ('run1', 1, '2026-01-01', 'First calculation', '[]', NULL, NULL), ('run2', 2, '2026-01-02', 'New factors', '[]', NULL, 'run1');
      INSERT INTO emission_figures (run_id, activity_record_id, site_id, activity_id, period_start, period_end, role, scope, scope3_category, method, co2e_kg, quantity,
          quantity_unit, factor_value, factor_unit, provenance_json)
        VALUES ('run1', 'r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-07-31', 'generation', 2, NULL, 'location-based', 1904.86, 9200, 'kWh', 0.20705, 'kg CO2e per kWh', '{}'),
               ('run2', 'r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-07-31', 'generation', 2, NULL, 'location-based', 1840, 9200, 'kWh', 0.2, 'kg CO2e per kWh', '{}'),
               ('run2', 'r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-07-31', 'transmission', 3, 3, 'activity', 168.36, 9200, 'kWh', 0.0183, 'kg CO2e per kWh', '{}');
    `);
    const figuresBefore = old.sqlite.prepare('SELECT id, run_id, activity_record_id, site_id, period_start, period_end, role, scope, scope3_category, method, co2e_kg, quantity FROM emission_figures ORDER BY id').all();
    closeWorkspace(old);

    const upgraded = openWorkspaceFile(path, { dataDir: dir, migrationsDir: realMigrations, factorsDir }, { create: false, now: new Date('2026-02-01T00:00:00Z') });
    expect(upgraded.sqlite.prepare('SELECT id, run_id, activity_record_id, site_id, period_start, period_end, role, scope, scope3_category, method, co2e_kg, quantity FROM emission_figures ORDER BY id').all()).toEqual(figuresBefore);
    const rollups = upgraded.sqlite
      .prepare(`SELECT run_id AS run, month, scope, scope3_category AS category, estimated, co2e_kg AS kg, quantity, figure_count AS n FROM figure_rollups ORDER BY run_id, scope, month`)
      .all();
    expect(rollups).toEqual([
      { run: 'run1', month: '2024-05', scope: 2, category: 0, estimated: 1, kg: expect.closeTo(1904.86 * (31 / 92), 9), quantity: 3100, n: 1 },
      { run: 'run1', month: '2024-06', scope: 2, category: 0, estimated: 1, kg: expect.closeTo(1904.86 * (30 / 92), 9), quantity: 3000, n: 1 },
      { run: 'run1', month: '2024-07', scope: 2, category: 0, estimated: 1, kg: expect.closeTo(1904.86 * (31 / 92), 9), quantity: 3100, n: 1 },
      { run: 'run2', month: '2024-05', scope: 2, category: 0, estimated: 1, kg: expect.closeTo(620, 9), quantity: 3100, n: 1 },
      { run: 'run2', month: '2024-06', scope: 2, category: 0, estimated: 1, kg: expect.closeTo(600, 9), quantity: 3000, n: 1 },
      { run: 'run2', month: '2024-07', scope: 2, category: 0, estimated: 1, kg: expect.closeTo(620, 9), quantity: 3100, n: 1 },
      { run: 'run2', month: '2024-05', scope: 3, category: 3, estimated: 1, kg: expect.closeTo(56.73, 9), quantity: 3100, n: 1 },
      { run: 'run2', month: '2024-06', scope: 3, category: 3, estimated: 1, kg: expect.closeTo(54.9, 9), quantity: 3000, n: 1 },
      { run: 'run2', month: '2024-07', scope: 3, category: 3, estimated: 1, kg: expect.closeTo(56.73, 9), quantity: 3100, n: 1 },
    ]);
    // Run 2's two figures of meter M1 count twice in each month's coverage.
    expect(upgraded.sqlite.prepare(`SELECT run_id AS run, month, meter, figure_count AS n FROM meter_months ORDER BY run_id, month`).all()).toEqual([
      { run: 'run1', month: '2024-05', meter: 'M1', n: 1 },
      { run: 'run1', month: '2024-06', meter: 'M1', n: 1 },
      { run: 'run1', month: '2024-07', meter: 'M1', n: 1 },
      { run: 'run2', month: '2024-05', meter: 'M1', n: 2 },
      { run: 'run2', month: '2024-06', meter: 'M1', n: 2 },
      { run: 'run2', month: '2024-07', meter: 'M1', n: 2 },
    ]);
    closeWorkspace(upgraded);
  });
});
