import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../../shared/ipc/contract';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';
import { backupsDir } from '../workspaces/workspace-session';
import { checkDailyBackup, startAutomaticBackups, type Timers } from './backup-scheduler';
import { listBackupFiles } from './backup-files';

let clockMs = Date.parse('2026-03-02T09:00:00Z');
const clock = () => new Date(clockMs);
let t: TestBackend;
let workspacePath = '';

const ok: TestBackend['ok'] = (name, input) => t.ok(name, input);
const fails: TestBackend['fails'] = (name, input) => t.fails(name, input);

const checkDeps = () => ({ workspaces: t.backend.workspaces, now: clock, logger: { info() {}, warn() {}, error() {} }, write: t.backend.write });

beforeEach(async () => {
  clockMs = Date.parse('2026-03-02T09:00:00Z');
  t = createTestBackend({ clock });
  workspacePath = (await ok('workspaces.create', sampleCreateInput)).path;
});
afterEach(() => t.cleanup());

describe('backups', () => {
  it('makes a manual backup beside the workspace, lists it with its organisation, and audits it', async () => {
    const made = await ok('backups.create', {});
    expect(made.backup).toMatchObject({ kind: 'manual', createdAt: '2026-03-02T09:00:00.000Z', organisationName: 'Acme Widgets Ltd' });
    expect(made.backup.file).toBe('acme-widgets-ltd.manual.20260302T090000Z.sqlite');
    expect(existsSync(join(backupsDir(workspacePath), made.backup.file))).toBe(true);
    // A second one in the same second gets its own name instead of overwriting the first.
    const again = await ok('backups.create', {});
    expect(again.backup.file).toBe('acme-widgets-ltd.manual.20260302T090000Z-2.sqlite');

    const list = await ok('backups.list', {});
    expect(list.folder).toBe(backupsDir(workspacePath));
    expect(list.backups.map((b) => b.file)).toEqual([again.backup.file, made.backup.file]);
    expect(list.backups[0]!.sizeBytes).toBeGreaterThan(100_000);
    const audit = await ok('audit.list', { entity: 'backup', limit: 10, offset: 0 });
    expect(audit.entries[0]!.summary).toMatch(/^Backed up the workspace by hand: acme-widgets-ltd\.manual/);
  });

  it('makes one daily backup per day, keeps only the configured number, and never prunes manual ones', async () => {
    await ok('backups.settings.update', { automaticDaily: true, keepDaily: 3 });
    await ok('backups.create', {});
    for (let day = 0; day < 5; day++) {
      checkDailyBackup(checkDeps());
      checkDailyBackup(checkDeps()); // a second check the same day does nothing
      clockMs += 24 * 3600 * 1000;
    }
    const files = listBackupFiles(workspacePath);
    expect(files.filter((f) => f.kind === 'daily').map((f) => f.createdAt.slice(0, 10))).toEqual(['2026-03-06', '2026-03-05', '2026-03-04']);
    expect(files.filter((f) => f.kind === 'manual')).toHaveLength(1);
    const audit = await ok('audit.exportCsv', { entity: 'backup', search: 'Automatic daily' });
    expect(audit.entries).toBe(5);

    await ok('backups.settings.update', { automaticDaily: false, keepDaily: 1 });
    expect(listBackupFiles(workspacePath).filter((f) => f.kind === 'daily')).toHaveLength(1);
    clockMs += 24 * 3600 * 1000;
    checkDailyBackup(checkDeps());
    expect(listBackupFiles(workspacePath).filter((f) => f.kind === 'daily')).toHaveLength(1);
    expect(await ok('backups.settings.get', {})).toEqual({ automaticDaily: false, keepDaily: 1 });
  });

  it('checks when a workspace opens and every hour, with injected timers', () => {
    const pending: (() => void)[] = [];
    const intervals: { fn: () => void; ms: number }[] = [];
    const timers: Timers = {
      setTimeout: (fn) => pending.push(fn),
      setInterval: (fn, ms) => intervals.push({ fn, ms }),
      clearInterval: () => undefined,
    };
    let listener: ((name: 'workspace.changed', payload: unknown) => void) | null = null;
    const stop = startAutomaticBackups({ ...checkDeps(), timers, subscribe: (l) => ((listener = l), () => (listener = null)) });
    expect(intervals).toEqual([{ fn: expect.any(Function), ms: 3_600_000 }]);
    listener!('workspace.changed', { path: workspacePath });
    expect(pending).toHaveLength(1);
    expect(listBackupFiles(workspacePath)).toHaveLength(0); // deferred: opening answers first
    pending[0]!();
    expect(listBackupFiles(workspacePath).map((f) => f.kind)).toEqual(['daily']);
    clockMs += 24 * 3600 * 1000;
    intervals[0]!.fn();
    expect(listBackupFiles(workspacePath).map((f) => f.kind)).toEqual(['daily', 'daily']);
    stop();
    expect(listener).toBeNull();
  });

  it('previews a populated backup without changing it', async () => {
    const site = (await ok('sites.list', {}))[0]!;
    await ok('records.create', { siteId: site.id, activityId: 'natural-gas', quantity: 1200, unit: 'kWh', periodStart: '2025-04-01', periodEnd: '2025-06-30', dataQuality: 'invoice' } as ProcedureInput<'records.create'>);
    await ok('records.create', { siteId: site.id, activityId: 'grid-electricity-uk', quantity: 900, unit: 'kWh', periodStart: '2025-01-01', periodEnd: '2025-01-31', dataQuality: 'metered' } as ProcedureInput<'records.create'>);
    const { backup } = await ok('backups.create', {});
    const bytesBefore = readFileSync(join(backupsDir(workspacePath), backup.file));

    const preview = await ok('backups.preview', { file: backup.file });
    expect(preview).toMatchObject({
      organisationName: 'Acme Widgets Ltd',
      sites: ['Head office'],
      activityRecords: 2,
      activityFrom: '2025-01-01',
      activityTo: '2025-06-30',
      imports: 0,
      publishedReports: 0,
      schemaStatus: 'current',
      integrity: { ok: true, message: 'No problems found' },
    });
    expect(preview.calculationRuns).toBeGreaterThanOrEqual(0);
    expect(preview.auditEntries).toBeGreaterThanOrEqual(4);
    expect(readFileSync(join(backupsDir(workspacePath), backup.file)).equals(bytesBefore)).toBe(true);
    expect(readdirSync(backupsDir(workspacePath)).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
  });

  it('refuses names outside the backups folder or not belonging to this workspace', async () => {
    const { backup } = await ok('backups.create', {});
    for (const file of ['../acme-widgets-ltd.sqlite', '..', `sub/${backup.file}`, '..\\evil.sqlite']) {
      const error = await fails('backups.preview', { file });
      expect(error.code).toBe('VALIDATION');
    }
    writeFileSync(join(backupsDir(workspacePath), 'notes.sqlite'), 'x');
    expect((await fails('backups.restore', { file: 'notes.sqlite' })).message).toMatch(/There is no backup called notes\.sqlite/);
    expect((await fails('backups.preview', { file: 'other-ltd.manual.20260302T090000Z.sqlite' })).code).toBe('NOT_FOUND');
  });

  it('restores a backup: data is back, the state before is kept as a backup, and the log says so', async () => {
    const { backup } = await ok('backups.create', {});
    clockMs += 60_000;
    await ok('sites.create', { name: 'Depot', postcode: 'M1 1AE', country: 'GB', floorAreaM2: null });
    expect((await ok('sites.list', {})).map((s) => s.name)).toEqual(['Depot', 'Head office']);

    clockMs += 60_000;
    const restored = await ok('backups.restore', { file: backup.file });
    expect(restored.restoredFrom).toBe(backup.file);
    expect(restored.safetyBackup).toMatch(/^acme-widgets-ltd\.before-restore\.20260302T090200Z\.sqlite$/);
    expect(restored.workspace.sites.map((s) => s.name)).toEqual(['Head office']);
    expect((await ok('sites.list', {})).map((s) => s.name)).toEqual(['Head office']);
    expect(existsSync(`${workspacePath}-wal.old`)).toBe(false);
    expect(readdirSync(join(workspacePath, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const safety = await ok('backups.preview', { file: restored.safetyBackup });
    expect(safety.sites).toEqual(['Depot', 'Head office']);
    const log = await ok('audit.list', { limit: 5, offset: 0 });
    expect(log.entries[0]).toMatchObject({ action: 'update', entity: 'workspace', entityId: backup.file });
    expect(log.entries[0]!.summary).toContain(restored.safetyBackup);
    expect(t.events).toContainEqual({ name: 'workspace.changed', payload: { path: workspacePath } });
  });

  it('refuses to restore a file from another program or from a newer app, changing nothing', async () => {
    const dir = backupsDir(workspacePath);
    const foreign = 'acme-widgets-ltd.manual.20260101T000000Z.sqlite';
    mkdirSync(dir, { recursive: true });
    const other = new Database(join(dir, foreign));
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    expect(await fails('backups.restore', { file: foreign })).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/database from another program, not a CarbonRecycling workspace/) });

    const { backup } = await ok('backups.create', {});
    const newer = new Database(join(dir, backup.file));
    newer.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.parse('2100-01-01'));
    newer.close();
    const preview = await ok('backups.preview', { file: backup.file });
    expect(preview.schemaStatus).toBe('newer');
    expect(await fails('backups.restore', { file: backup.file })).toMatchObject({ code: 'WORKSPACE_TOO_NEW' });
    expect(listBackupFiles(workspacePath).some((b) => b.kind === 'before-restore')).toBe(false);
    expect((await ok('workspaces.current', {}))?.path).toBe(workspacePath);
  });

  it('puts the workspace back as it was when a restored backup cannot be opened', async () => {
    const { backup } = await ok('backups.create', {});
    await ok('sites.create', { name: 'Depot', postcode: 'M1 1AE', country: 'GB', floorAreaM2: null });
    // Looks one migration older than it is, so opening it re-runs that migration and fails.
    const broken = new Database(join(backupsDir(workspacePath), backup.file));
    broken.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run();
    broken.close();
    expect((await ok('backups.preview', { file: backup.file })).schemaStatus).toBe('older');

    const error = await fails('backups.restore', { file: backup.file });
    expect(error).toMatchObject({ code: 'WORKSPACE_CORRUPT', message: expect.stringMatching(/could not be opened .* Your workspace was put back as it was before the restore\./) });
    expect((await ok('workspaces.current', {}))?.path).toBe(workspacePath);
    expect((await ok('sites.list', {})).map((s) => s.name)).toEqual(['Depot', 'Head office']);
  });
});
