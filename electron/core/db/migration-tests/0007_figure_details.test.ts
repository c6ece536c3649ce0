import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkspace, openWorkspaceFile } from '../../workspaces/workspace-session';
import { factorsDir, migrationsUpTo, realMigrations } from './migration-kit';

// 0007 moves each figure's provenance and notes JSON into figure_details (one row per distinct
// pair). A populated 0006 workspace must keep every figure, each pointing at its own provenance
// and notes, with repeated pairs stored once.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-mig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PROVENANCE_A = '{"setId":"uk-desnz-2024-v1.1","rowNumber":3060,"value":0.20705}';
const PROVENANCE_B = '{"setId":"uk-desnz-2024-v1.1","rowNumber":3061,"value":0.0183}';
const NOTE = '["No instrument, supplier mix or GB residual mix for 2024: grid average used"]';

describe('migration 0007_figure_details', () => {
  it('keeps every figure with its own provenance and notes, storing each distinct pair once', () => {
    const path = join(dir, 'ws.sqlite');
    const old = openWorkspaceFile(path, { dataDir: dir, migrationsDir: migrationsUpTo(dir, '0006_interval_days'), factorsDir }, { create: true, now: new Date('2026-01-01T00:00:00Z') });
    old.sqlite.exec(`
      INSERT INTO organisations VALUES ('o1', 'Acme', NULL, 4, 2024, '2026-01-01', '2026-01-01');
      INSERT INTO sites VALUES ('s1', 'o1', 'Head office', 'GB', 'SW1A 1AA', 100, '2026-01-01', '2026-01-01');
      INSERT INTO calculation_runs VALUES ('run1', 1, '2026-01-01', 'First calculation', '[]', NULL, NULL);
      INSERT INTO emission_figures (run_id, activity_record_id, site_id, activity_id, period_start, period_end, role, scope, scope3_category, method, co2e_kg, quantity,
          quantity_unit, factor_value, factor_unit, provenance_json, notes_json)
        VALUES ('run1', 'r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-05-31', 'generation', 2, NULL, 'location-based', 207.05, 1000, 'kWh', 0.20705, 'kg CO2e per kWh', '${PROVENANCE_A}', NULL),
               ('run1', 'r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-05-31', 'generation', 2, NULL, 'market-based', 207.05, 1000, 'kWh', 0.20705, 'kg CO2e per kWh', '${PROVENANCE_A}', '${NOTE}'),
               ('run1', 'r1', 's1', 'grid-electricity-uk', '2024-05-01', '2024-05-31', 'td-losses', 3, 3, 'activity', 18.3, 1000, 'kWh', 0.0183, 'kg CO2e per kWh', '${PROVENANCE_B}', NULL),
               ('run1', 'r2', 's1', 'grid-electricity-uk', '2024-06-01', '2024-06-30', 'generation', 2, NULL, 'location-based', 414.1, 2000, 'kWh', 0.20705, 'kg CO2e per kWh', '${PROVENANCE_A}', NULL);
    `);
    const columns = 'id, run_id, activity_record_id, role, scope, method, co2e_kg, quantity, factor_value';
    const figuresBefore = old.sqlite.prepare(`SELECT ${columns}, provenance_json AS provenance, coalesce(notes_json, '[]') AS notes FROM emission_figures ORDER BY id`).all();
    closeWorkspace(old);

    const upgraded = openWorkspaceFile(path, { dataDir: dir, migrationsDir: realMigrations, factorsDir }, { create: false, now: new Date('2026-02-01T00:00:00Z') });
    const figuresAfter = upgraded.sqlite
      .prepare(`SELECT ${columns.split(', ').map((c) => `f.${c}`).join(', ')}, d.provenance_json AS provenance, d.notes_json AS notes FROM emission_figures f JOIN figure_details d ON d.id = f.detail_id ORDER BY f.id`)
      .all();
    expect(figuresAfter).toEqual(figuresBefore);
    expect(upgraded.sqlite.prepare('SELECT provenance_json AS provenance, notes_json AS notes FROM figure_details ORDER BY id').all()).toEqual([
      { provenance: PROVENANCE_A, notes: '[]' },
      { provenance: PROVENANCE_A, notes: NOTE },
      { provenance: PROVENANCE_B, notes: '[]' },
    ]);
    const columnNames = (upgraded.sqlite.prepare('PRAGMA table_info(emission_figures)').all() as { name: string }[]).map((c) => c.name);
    expect(columnNames).toContain('detail_id');
    expect(columnNames).not.toContain('provenance_json');
    expect(upgraded.sqlite.pragma('foreign_key_check')).toEqual([]);
    closeWorkspace(upgraded);
  });
});
