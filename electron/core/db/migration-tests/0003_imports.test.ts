import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkspace, openWorkspaceFile } from '../../workspaces/workspace-session';
import { factorsDir, migrationsUpTo, realMigrations } from './migration-kit';

// 0003 adds columns to activity_records: a populated 0002 workspace must keep every row, with
// the new columns empty (no import) and not estimated.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-mig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0003_imports', () => {
  it('keeps every row of a populated workspace and leaves the new columns empty', () => {
    const path = join(dir, 'ws.sqlite');
    const old = openWorkspaceFile(path, { dataDir: dir, migrationsDir: migrationsUpTo(dir, '0002_activities_scope2_runs'), factorsDir }, { create: true, now: new Date('2026-01-01T00:00:00Z') });
    old.sqlite.exec(`
      INSERT INTO organisations VALUES ('o1', 'Acme', NULL, 4, 2024, '2026-01-01', '2026-01-01');
      INSERT INTO sites VALUES ('s1', 'o1', 'Head office', 'GB', 'SW1A 1AA', 100, '2026-01-01', '2026-01-01');
      INSERT INTO activity_records (id, site_id, activity_id, period_start, period_end, quantity, unit, options_json, source, source_ref, description, data_quality, meter, created_at, updated_at)
        VALUES ('r1', 's1', 'grid-electricity-uk', '2024-01-01', '2024-01-31', 1000, 'kWh', NULL, 'manual', NULL, NULL, 'invoice', NULL, '2026-01-01', '2026-01-01'),
               ('r2', 's1', 'natural-gas', '2024-01-01', '2024-01-31', 500, 'kWh', NULL, 'manual', NULL, NULL, 'estimate', NULL, '2026-01-01', '2026-01-01');
    `);
    const counts = (db: Database.Database) =>
      Object.fromEntries(['organisations', 'sites', 'activity_records', 'factors', 'factor_sets'].map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
    const before = counts(old.sqlite);
    closeWorkspace(old);

    const upgraded = openWorkspaceFile(path, { dataDir: dir, migrationsDir: realMigrations, factorsDir }, { create: false, now: new Date('2026-02-01T00:00:00Z') });
    expect(counts(upgraded.sqlite)).toEqual(before);
    expect(upgraded.sqlite.prepare('SELECT id, import_id AS importId, estimated FROM activity_records ORDER BY id').all()).toEqual([
      { id: 'r1', importId: null, estimated: 0 },
      { id: 'r2', importId: null, estimated: 0 },
    ]);
    closeWorkspace(upgraded);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });
});
