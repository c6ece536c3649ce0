import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';

let t: TestBackend;
let workspacePath = '';

const ok: TestBackend['ok'] = (name, input) => t.ok(name, input);
const fails: TestBackend['fails'] = (name, input) => t.fails(name, input);

const CSV = 'date,activity,quantity,unit,site\n01/04/2025,natural-gas,1200,kWh,Head office\n02/04/2025,grid-electricity-uk,350.5,kWh,Head office\n';

function evidenceOf(path: string): Buffer[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT evidence_gzip AS e FROM import_files ORDER BY imported_at').all() as { e: Buffer }[]).map((r) => r.e);
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  t = createTestBackend({ clock: () => new Date('2026-03-02T09:00:00Z') });
  workspacePath = (await ok('workspaces.create', sampleCreateInput)).path;
});
afterEach(() => t.cleanup());

describe('workspace export and import', () => {
  it('round-trips records and imported files, under a name that does not clash, and audits both ends', async () => {
    const outcome = await ok('imports.run', { fileName: 'bills.csv', contentBase64: Buffer.from(CSV).toString('base64') });
    expect(outcome).toMatchObject({ status: 'imported', rowsImported: 2 });
    const exported = await ok('workspaces.export', {});
    expect(exported.fileName).toBe('acme-widgets-ltd-2026-03-02.crworkspace');
    const bytes = Buffer.from(exported.contentBase64, 'base64');
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(bytes.length).toBe(exported.sizeBytes);
    expect((await ok('audit.list', { entity: 'workspace-export', limit: 5, offset: 0 })).total).toBe(1);

    const imported = await ok('workspaces.import', { fileName: exported.fileName, compression: 'gzip', contentBase64: gzipSync(bytes).toString('base64') });
    // The original is still there, untouched: the copy gets the next free name.
    expect(imported.savedAs).toBe('acme-widgets-ltd-2.sqlite');
    expect(imported.workspace.path).toBe(join(t.dir, 'workspaces', 'acme-widgets-ltd-2.sqlite'));
    expect(existsSync(workspacePath)).toBe(true);
    expect(imported.workspace.organisation.name).toBe('Acme Widgets Ltd');
    const records = await ok('records.list', { limit: 10, offset: 0 });
    expect(records.records.map((r) => r.quantity).sort()).toEqual([1200, 350.5]);
    expect(evidenceOf(imported.workspace.path)).toEqual(evidenceOf(workspacePath));
    const log = await ok('audit.list', { entity: 'workspace', limit: 5, offset: 0 });
    expect(log.entries[0]!.summary).toBe('Opened the workspace file acme-widgets-ltd-2026-03-02.crworkspace and saved it as acme-widgets-ltd-2.sqlite');
    expect((await ok('workspaces.listRecent', {})).map((r) => r.path)).toContain(imported.workspace.path);

    // Uncompressed uploads work too, and the third copy gets the next name again.
    const third = await ok('workspaces.import', { fileName: 'copy.crworkspace', compression: 'none', contentBase64: exported.contentBase64 });
    expect(third.savedAs).toBe('acme-widgets-ltd-3.sqlite');
  }, 60_000);

  it('refuses files that are not workspaces, are damaged, or come from a newer app, adding nothing', async () => {
    const notDb = await fails('workspaces.import', { fileName: 'bills.csv', compression: 'none', contentBase64: Buffer.from(CSV).toString('base64') });
    expect(notDb).toMatchObject({ code: 'VALIDATION', message: 'The file bills.csv is not a CarbonRecycling workspace (it is not a database file at all).' });

    const foreignPath = join(t.dir, 'other.sqlite');
    const foreign = new Database(foreignPath);
    foreign.exec('CREATE TABLE notes (body TEXT)');
    foreign.close();
    const foreignError = await fails('workspaces.import', { fileName: 'other.sqlite', compression: 'none', contentBase64: readFileSync(foreignPath).toString('base64') });
    expect(foreignError.message).toMatch(/database from another program/);

    const exported = Buffer.from((await ok('workspaces.export', {})).contentBase64, 'base64');
    const newerPath = join(t.dir, 'newer.sqlite');
    writeFileSync(newerPath, exported);
    const patch = new Database(newerPath);
    patch.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.parse('2100-01-01'));
    patch.close();
    const newerError = await fails('workspaces.import', { fileName: 'newer.crworkspace', compression: 'none', contentBase64: readFileSync(newerPath).toString('base64') });
    expect(newerError.code).toBe('WORKSPACE_TOO_NEW');

    const damaged = Buffer.from(exported);
    damaged.fill(0xab, 8192, 8192 + 4096 * 4);
    const damagedError = await fails('workspaces.import', { fileName: 'damaged.crworkspace', compression: 'none', contentBase64: damaged.toString('base64') });
    expect(['WORKSPACE_CORRUPT', 'VALIDATION']).toContain(damagedError.code);

    const badGzip = await fails('workspaces.import', { fileName: 'x.crworkspace', compression: 'gzip', contentBase64: Buffer.from('not gzip').toString('base64') });
    expect(badGzip.message).toMatch(/could not be read after upload/);

    expect(readdirSync(join(t.dir, 'workspaces'))).toEqual(['acme-widgets-ltd.sqlite', 'acme-widgets-ltd.sqlite-shm', 'acme-widgets-ltd.sqlite-wal']);
    expect((await ok('workspaces.current', {}))?.path).toBe(workspacePath);
  });
});
