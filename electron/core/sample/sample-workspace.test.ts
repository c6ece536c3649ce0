import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { findActivity } from '../emissions/catalogue';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';
import { workspacesDir } from '../workspaces/workspace-session';
import { SAMPLE_FILE_NAME, sampleWorkspacePath } from './sample-workspace';

const clock = () => new Date('2026-11-26T09:00:00Z');

let t: TestBackend;
let sample: WorkspaceSummary;
let elapsedMs = 0;

beforeAll(async () => {
  t = createTestBackend({ clock });
  const started = performance.now();
  const opened = await t.backend.invoke('workspaces.openSample', {});
  elapsedMs = performance.now() - started;
  if (!opened.ok) throw new Error(opened.error.message);
  sample = opened.value;
}, 60_000);
afterAll(() => t.cleanup());

const sql = <T>(query: string, ...params: unknown[]) => t.backend.workspaces.require().sqlite.prepare(query).all(...params) as T[];

describe('the sample workspace', () => {
  it('is its own file in the data folder, marked and exposed as sample data', () => {
    expect(sample.path).toBe(sampleWorkspacePath(t.dir));
    expect(sample.path.endsWith(SAMPLE_FILE_NAME)).toBe(true);
    expect(sample.isSample).toBe(true);
    expect(sample.organisation.name).toBe('Example Joinery Ltd (sample)');
    expect(sample.organisation.companiesHouseNumber).toBeNull();
    expect(sample.sites.map((s) => s.name).sort()).toEqual(['Head office', 'Workshop']);
    expect(sql<{ value: string }>("SELECT value FROM workspace_meta WHERE key = 'is_sample'")).toEqual([{ value: 'true' }]);
    expect(t.events).toContainEqual({ name: 'workspace.changed', payload: { path: sample.path } });
    // Created whole, then renamed into place: no half-written file is left beside it.
    expect(readdirSync(workspacesDir(t.dir)).filter((f) => f.includes('.partial'))).toEqual([]);
    process.stdout.write(`sample workspace created and opened in ${Math.round(elapsedMs)} ms\n`);
  });

  it('has the half-hourly files and fuel card files imported through the real pipeline, with their evidence', () => {
    const files = sql<{ file_name: string; profile_id: string; status: string; intervals_imported: number; rows_rejected: number; evidence: number }>(
      'SELECT file_name, profile_id, status, intervals_imported, rows_rejected, length(evidence_gzip) AS evidence FROM import_files ORDER BY file_name',
    );
    expect(files.map((f) => [f.file_name, f.profile_id, f.status, f.intervals_imported, f.rows_rejected])).toEqual([
      ['fuel-card-transactions-2024.csv', 'fuel-card', 'imported', 0, 0],
      ['fuel-card-transactions-2025.csv', 'fuel-card', 'imported', 0, 0],
      ['workshop-half-hourly-2024.csv', 'hh-rows', 'imported', 17_568, 0],
      ['workshop-half-hourly-2025.csv', 'hh-rows', 'imported', 17_520, 0],
    ]);
    for (const f of files) expect(f.evidence).toBeGreaterThan(0);
    // A record per calendar month, backed by the readings of each of its days.
    const months = sql<{ n: number; days: number }>(
      "SELECT count(*) AS n, sum(julianday(period_end) - julianday(period_start) + 1) AS days FROM activity_records WHERE source = 'import' AND activity_id = 'grid-electricity-uk'",
    );
    expect(months[0]).toEqual({ n: 24, days: 366 + 365 });
    expect(sql<{ n: number }>('SELECT count(*) AS n FROM interval_days')[0]?.n).toBe(366 + 365);
  });

  it('records every other activity as sample data with catalogue ids, and twelve monthly bills a year', () => {
    const bySource = sql<{ source: string; n: number }>('SELECT source, count(*) AS n FROM activity_records GROUP BY source ORDER BY source');
    expect(bySource.map((r) => r.source)).toEqual(['import', 'sample']);
    for (const { activity_id } of sql<{ activity_id: string }>('SELECT DISTINCT activity_id FROM activity_records')) expect(findActivity(activity_id), activity_id).toBeDefined();
    const bills = sql<{ activity_id: string; year: string; n: number }>(
      "SELECT activity_id, substr(period_start, 1, 4) AS year, count(*) AS n FROM activity_records WHERE source = 'sample' AND activity_id IN ('grid-electricity-uk', 'natural-gas') GROUP BY 1, 2 ORDER BY 1, 2",
    );
    expect(bills.map((b) => [b.activity_id, b.year, b.n])).toEqual([
      ['grid-electricity-uk', '2024', 12], ['grid-electricity-uk', '2025', 12], ['natural-gas', '2024', 12], ['natural-gas', '2025', 12],
    ]);
  });

  it('is calculated: one run with a figure for every record, Scope 1, 2 and 3 all non-zero, each year on its own factors', async () => {
    const runs = await t.backend.invoke('calculations.runs', {});
    if (!runs.ok) throw new Error(runs.error.message);
    expect(runs.value).toHaveLength(1);
    const totals = runs.value[0]!.totals;
    expect(totals.scope1Co2eKg).toBeGreaterThan(0);
    expect(totals.scope2LocationCo2eKg).toBeGreaterThan(0);
    expect(totals.scope3Co2eKg).toBeGreaterThan(0);
    const uncalculated = sql<{ n: number }>('SELECT count(*) AS n FROM activity_records r WHERE NOT EXISTS (SELECT 1 FROM emission_figures f WHERE f.activity_record_id = r.id)');
    expect(uncalculated[0]?.n).toBe(0);
    // DESNZ figures use their own year's set (the spend-based set exists only for 2022, and says so).
    const fallbacks = sql<{ notes_json: string }>("SELECT d.notes_json FROM emission_figures f JOIN figure_details d ON d.id = f.detail_id WHERE f.factor_set_id LIKE 'uk-desnz%' AND (d.notes_json LIKE '%nearest%' OR d.notes_json LIKE '%is not loaded%')");
    expect(fallbacks).toEqual([]);
    expect(runs.value[0]!.factorSetIds.filter((id) => id.startsWith('uk-desnz')).sort()).toEqual(['uk-desnz-2024-v1.1', 'uk-desnz-2025-v1.0']);
  });

  it('has intensity inputs for both years and reduction actions for the reports', () => {
    expect(sql('SELECT year, turnover_gbp, employees_fte FROM reporting_year_metrics ORDER BY year')).toEqual([
      { year: 2024, turnover_gbp: 2_150_000, employees_fte: 17.5 },
      { year: 2025, turnover_gbp: 2_380_000, employees_fte: 19 },
    ]);
    expect(sql<{ status: string }>('SELECT status FROM reduction_actions ORDER BY status').map((a) => a.status)).toEqual(['completed', 'completed', 'in-progress', 'planned']);
  });

  it('opens again without creating anything twice', async () => {
    const records = sql<{ n: number }>('SELECT count(*) AS n FROM activity_records')[0]?.n;
    const again = await t.backend.invoke('workspaces.openSample', {});
    expect(again.ok && again.value.path).toBe(sample.path);
    await t.backend.invoke('workspaces.close', {});
    const reopened = await t.backend.invoke('workspaces.openSample', {});
    expect(reopened.ok && reopened.value.path).toBe(sample.path);
    expect(sql<{ n: number }>('SELECT count(*) AS n FROM activity_records')[0]?.n).toBe(records);
    expect(readdirSync(workspacesDir(t.dir)).filter((f) => f.endsWith('.sqlite'))).toEqual([SAMPLE_FILE_NAME]);
  });
});

describe('real workspaces and the sample', () => {
  it('never marks a real workspace as sample data', async () => {
    const other = createTestBackend({ clock });
    try {
      const created = await other.backend.invoke('workspaces.create', sampleCreateInput);
      expect(created.ok && created.value.isSample).toBe(false);
      const current = await other.backend.invoke('workspaces.current', {});
      expect(current.ok && current.value?.isSample).toBe(false);
    } finally {
      other.cleanup();
    }
  });

  it('leaves alone a file at the sample’s path that is not the sample', async () => {
    const other = createTestBackend({ clock });
    try {
      mkdirSync(workspacesDir(other.dir), { recursive: true });
      const path = sampleWorkspacePath(other.dir);
      writeFileSync(path, 'someone else’s file');
      const opened = await other.backend.invoke('workspaces.openSample', {});
      expect(opened).toEqual({ ok: false, error: { code: 'CONFLICT', message: `${path} is not the sample workspace, so it was left alone. Rename or move that file, then open the sample again.` } });
      expect(readFileSync(path, 'utf8')).toBe('someone else’s file');
    } finally {
      other.cleanup();
    }
  });
});
