import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factorsDirOf } from '../emissions/library/shipped-sets';
import { findAppRoot, migrationsDirOf } from '../paths';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';
import { closeWorkspace, openWorkspaceFile } from '../workspaces/workspace-session';
import { readJournal } from './migrate';

const realMigrations = migrationsDirOf(findAppRoot());
const factorsDir = factorsDirOf(findAppRoot());

/** A copy of the shipped migrations plus one more, as the next app version would bring. */
function migrationsWithExtra(dir: string, sql: string): { dir: string; tag: string } {
  const target = join(dir, 'migrations-next');
  cpSync(realMigrations, target, { recursive: true });
  const journalPath = join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[] };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('no migrations');
  const tag = `${String(last.idx + 1).padStart(4, '0')}_test_next`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(join(target, `${tag}.sql`), sql);
  return { dir: target, tag };
}

function rowCounts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != '__drizzle_migrations'").all() as { name: string }[];
  const counts = Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  db.close();
  return counts;
}

let t: TestBackend;
let workspacePath = '';
beforeEach(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
  await t.backend.invoke('sites.create', { name: 'Depot', country: 'GB', postcode: 'M1 1AE' });
  workspacePath = created.value.path;
  await t.backend.invoke('workspaces.close', {});
});
afterEach(() => t.cleanup());

describe('migrations', () => {
  it('ships a journal whose entries all have SQL files, in time order', () => {
    const journal = readJournal(realMigrations);
    const files = readdirSync(realMigrations).filter((f) => f.endsWith('.sql'));
    expect(journal.map((e) => `${e.tag}.sql`).sort()).toEqual(files.sort());
    const times = journal.map((e) => e.when);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('backs up with VACUUM INTO before upgrading a populated workspace, and keeps every row', () => {
    const before = rowCounts(workspacePath);
    const next = migrationsWithExtra(t.dir, 'ALTER TABLE `sites` ADD `note` text;');
    const ws = openWorkspaceFile(workspacePath, { dataDir: t.dir, migrationsDir: next.dir, factorsDir }, { create: false, now: new Date('2026-01-02T03:04:05Z') });
    closeWorkspace(ws);

    const backups = readdirSync(join(t.dir, 'workspaces', 'backups'));
    expect(backups).toEqual([`acme-widgets-ltd.pre-migration-${next.tag}.20260102T030405Z.sqlite`]);
    const backupPath = join(t.dir, 'workspaces', 'backups', backups[0] ?? '');
    expect(rowCounts(backupPath)).toEqual(before);
    expect(rowCounts(workspacePath)).toEqual(before);
    const db = new Database(workspacePath, { readonly: true });
    expect((db.prepare('PRAGMA table_info(sites)').all() as { name: string }[]).map((c) => c.name)).toContain('note');
    db.close();
  });

  it('rolls a failing upgrade back whole, leaving the workspace as it was', () => {
    const before = rowCounts(workspacePath);
    const next = migrationsWithExtra(t.dir, 'ALTER TABLE `sites` ADD `note` text;--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);');
    expect(() => openWorkspaceFile(workspacePath, { dataDir: t.dir, migrationsDir: next.dir, factorsDir }, { create: false, now: new Date() })).toThrow();
    expect(rowCounts(workspacePath)).toEqual(before);
    const db = new Database(workspacePath, { readonly: true });
    expect((db.prepare('PRAGMA table_info(sites)').all() as { name: string }[]).map((c) => c.name)).not.toContain('note');
    db.close();
  });

  it('opens an up-to-date workspace without taking a backup', () => {
    const ws = openWorkspaceFile(workspacePath, { dataDir: t.dir, migrationsDir: realMigrations, factorsDir }, { create: false, now: new Date() });
    closeWorkspace(ws);
    expect(() => readdirSync(join(t.dir, 'workspaces', 'backups'))).toThrow();
  });
});
