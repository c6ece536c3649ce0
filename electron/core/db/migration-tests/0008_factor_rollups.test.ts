import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkspace, openWorkspaceFile } from '../../workspaces/workspace-session';
import { factorsDir, migrationsUpTo, realMigrations } from './migration-kit';

// 0008 adds factor_rollups. The migration only creates it; a workspace whose figure rollups were
// filled before it existed gets them rebuilt once on open (rollups version 2), factor rollups
// included, by the same code that maintains them on write (electron/core/dashboard/rollups.ts).

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-mig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0008_factor_rollups', () => {
  it('keeps every figure and fills the factor rollups of a populated 0007 workspace on open, apportioned by month', () => {
    const path = join(dir, 'ws.sqlite');
    const old = openWorkspaceFile(path, { dataDir: dir, migrationsDir: migrationsUpTo(dir, '0007_figure_details'), factorsDir }, { create: true, now: new Date('2026-01-01T00:00:00Z') });
    old.sqlite.exec(`
      INSERT INTO organisations VALUES ('o1', 'Acme', NULL, 4, 2024, '2026-01-01', '2026-01-01');
      INSERT INTO sites VALUES ('s1', 'o1', 'Head office', 'GB', 'SW1A 1AA', 100, '2026-01-01', '2026-01-01');
      INSERT INTO activity_records (id, site_id, activity_id, period_start, period_end, quantity, unit, source, data_quality, meter, estimated, created_at, updated_at)
        VALUES ('r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-07-31', 9200, 'kWh', 'manual', 'invoice', 'M1', 0, '2026-01-01', '2026-01-01');
      INSERT INTO calculation_runs VALUES ('run1', 1, '2026-01-01', 'First calculation', '[]', NULL, NULL);
      INSERT INTO figure_details (provenance_json, notes_json) VALUES ('{}', '[]');
      INSERT INTO emission_figures (run_id, activity_record_id, site_id, activity_id, period_start, period_end, role, scope, scope3_category, method, co2e_kg, quantity,
          quantity_unit, factor_set_id, factor_id, factor_row_number, factor_value, factor_unit, factor_year, market_step, detail_id)
        VALUES ('run1', 'r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-07-31', 'generation', 2, NULL, 'location-based', 1840, 9200, 'kWh', 'uk-desnz-2024-v1.1', NULL, 3060, 0.2, 'kg CO2e per kWh', 2024, NULL, 1),
               ('run1', 'r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-07-31', 'generation', 2, NULL, 'market-based', 1840, 9200, 'kWh', 'uk-desnz-2024-v1.1', NULL, 3060, 0.2, 'kg CO2e per kWh', 2024, 'grid-average', 1);
    `);
    const figuresBefore = old.sqlite.prepare('SELECT * FROM emission_figures ORDER BY id').all();
    closeWorkspace(old);

    const upgraded = openWorkspaceFile(path, { dataDir: dir, migrationsDir: realMigrations, factorsDir }, { create: false, now: new Date('2026-02-01T00:00:00Z') });
    expect(upgraded.sqlite.prepare('SELECT * FROM emission_figures ORDER BY id').all()).toEqual(figuresBefore);
    const rows = upgraded.sqlite
      .prepare(
        `SELECT month, method, market_step AS step, factor_set_id AS setId, factor_id AS factorId, factor_row_number AS row, factor_year AS year, co2e_kg AS kg,
           quantity, figure_count AS n, starting_count AS starting, max_figure_id AS maxId FROM factor_rollups ORDER BY method, month`,
      )
      .all();
    const cell = (month: string, method: string, step: string, kg: number, quantity: number, starting: number, maxId: number) => ({
      month, method, step, setId: 'uk-desnz-2024-v1.1', factorId: -1, row: 3060, year: 2024, kg: expect.closeTo(kg, 9), quantity, n: 1, starting, maxId,
    });
    expect(rows).toEqual([
      cell('2024-05', 'location-based', '', 620, 3100, 1, 1),
      cell('2024-06', 'location-based', '', 600, 3000, 0, 1),
      cell('2024-07', 'location-based', '', 620, 3100, 0, 1),
      cell('2024-05', 'market-based', 'grid-average', 620, 3100, 1, 2),
      cell('2024-06', 'market-based', 'grid-average', 600, 3000, 0, 2),
      cell('2024-07', 'market-based', 'grid-average', 620, 3100, 0, 2),
    ]);
    expect(upgraded.sqlite.prepare(`SELECT value FROM workspace_meta WHERE key = 'figure_rollups_version'`).get()).toEqual({ value: '2' });
    closeWorkspace(upgraded);
  });
});
