import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';

let t: TestBackend;
beforeEach(() => {
  t = createTestBackend();
});
afterEach(() => t.cleanup());

describe('workspaces', () => {
  it('creates a workspace file in the data folder with organisation, normalised site and audit entries', async () => {
    const result = await t.backend.invoke('workspaces.create', sampleCreateInput);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.path).toBe(join(t.dir, 'workspaces', 'acme-widgets-ltd.sqlite'));
    expect(existsSync(result.value.path)).toBe(true);
    expect(result.value.organisation).toMatchObject({ name: 'Acme Widgets Ltd', companiesHouseNumber: '01234567', reportingYearStartMonth: 4 });
    expect(result.value.sites).toEqual([expect.objectContaining({ name: 'Head office', postcode: 'SW1A 1AA', floorAreaM2: 420 })]);
    const audit = await t.backend.invoke('audit.list', { limit: 10, offset: 0 });
    if (!audit.ok) throw new Error(audit.error.message);
    expect(audit.value.entries.map((e) => [e.action, e.entity, e.actor])).toEqual([
      ['create', 'site', 'tester'],
      ['create', 'organisation', 'tester'],
    ]);
    expect(t.events).toContainEqual({ name: 'workspace.changed', payload: { path: result.value.path } });
  });

  it('sets the durability pragmas on every open', async () => {
    await t.backend.invoke('workspaces.create', sampleCreateInput);
    const sqlite = t.backend.workspaces.require().sqlite;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('gives a second organisation of the same name its own file', async () => {
    const first = await t.backend.invoke('workspaces.create', sampleCreateInput);
    const second = await t.backend.invoke('workspaces.create', sampleCreateInput);
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(second.value.path).toBe(join(t.dir, 'workspaces', 'acme-widgets-ltd-2.sqlite'));
  });

  it('lists recent workspaces, switches between them and forgets missing ones', async () => {
    const a = await t.backend.invoke('workspaces.create', sampleCreateInput);
    const b = await t.backend.invoke('workspaces.create', { ...sampleCreateInput, organisation: { ...sampleCreateInput.organisation, name: 'Beta Bakery' } });
    if (!a.ok || !b.ok) throw new Error('create failed');
    const recent = await t.backend.invoke('workspaces.listRecent', {});
    expect(recent.ok && recent.value.map((r) => r.name)).toEqual(['Beta Bakery', 'Acme Widgets Ltd']);
    const opened = await t.backend.invoke('workspaces.open', { path: a.value.path });
    expect(opened.ok && opened.value.organisation.name).toBe('Acme Widgets Ltd');
    await t.backend.invoke('workspaces.forget', { path: b.value.path });
    const after = await t.backend.invoke('workspaces.listRecent', {});
    expect(after.ok && after.value.map((r) => r.name)).toEqual(['Acme Widgets Ltd']);
  });

  it('reports NO_WORKSPACE before one is open and after closing', async () => {
    const before = await t.backend.invoke('sites.list', {});
    expect(before).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    await t.backend.invoke('workspaces.create', sampleCreateInput);
    await t.backend.invoke('workspaces.close', {});
    const current = await t.backend.invoke('workspaces.current', {});
    expect(current).toEqual({ ok: true, value: null });
  });

  it('refuses a file that is not a workspace without changing it', async () => {
    const path = join(t.dir, 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (\'keep me\')');
    other.close();
    const result = await t.backend.invoke('workspaces.open', { path });
    expect(result).toMatchObject({ ok: false, error: { code: 'WORKSPACE_CORRUPT', message: 'This file is not a CarbonRecycling workspace.' } });
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT name FROM sqlite_master').all()).toEqual([{ name: 'notes' }]);
    check.close();
  });

  it('refuses a damaged file with a clear message', async () => {
    const path = join(t.dir, 'broken.sqlite');
    writeFileSync(path, 'this is not a database at all, just text '.repeat(200));
    const result = await t.backend.invoke('workspaces.open', { path });
    expect(result).toMatchObject({ ok: false, error: { code: 'WORKSPACE_CORRUPT', message: expect.stringMatching(/damaged or not a database/) } });
  });

  it('refuses to open a workspace written by a newer app version, leaving it untouched', async () => {
    const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
    if (!created.ok) throw new Error(created.error.message);
    await t.backend.invoke('workspaces.close', {});
    const raw = new Database(created.value.path);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10 ** 11);
    raw.close();
    const result = await t.backend.invoke('workspaces.open', { path: created.value.path });
    expect(result).toMatchObject({ ok: false, error: { code: 'WORKSPACE_TOO_NEW' } });
    if (!result.ok) expect(result.error.message).toMatch(/newer version/);
  });

  it('takes no backup when creating a new file (nothing to lose)', async () => {
    const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
    if (!created.ok) throw new Error(created.error.message);
    expect(existsSync(join(t.dir, 'workspaces', 'backups')) ? readdirSync(join(t.dir, 'workspaces', 'backups')) : []).toEqual([]);
  });
});
