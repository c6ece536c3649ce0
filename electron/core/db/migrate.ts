import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppFailure } from '../errors';
import { WORKSPACE_APPLICATION_ID, type WorkspaceDb } from './connection';
import { backupInto } from './backup';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export function readJournal(migrationsDir: string): JournalEntry[] {
  const raw = readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8');
  return (JSON.parse(raw) as { entries: JournalEntry[] }).entries;
}

function appliedMigrationTimes(sqlite: Database.Database): number[] {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return [];
  const rows = sqlite.prepare('SELECT created_at AS createdAt FROM __drizzle_migrations').all() as {
    createdAt: number;
  }[];
  return rows.map((r) => Number(r.createdAt));
}

export interface MigrationOutcome {
  applied: number;
  backupPath: string | null;
  schemaVersion: string;
}

/**
 * Bring a workspace to this app's schema. Refuses files from a newer app (downgrades must not
 * corrupt data) and files that are not workspaces; snapshots with VACUUM INTO before touching an
 * existing workspace, so a failed or lossy migration can always be undone.
 */
export function migrateWorkspace(
  db: WorkspaceDb,
  opts: { migrationsDir: string; backupDir: string; isNew: boolean; now: Date },
): MigrationOutcome {
  const sqlite = db.$client;
  const journal = readJournal(opts.migrationsDir);
  const newestBundled = journal.at(-1);
  if (!newestBundled) throw new Error('No migrations are bundled with this build');

  const appId = Number(sqlite.pragma('application_id', { simple: true }));
  const applied = appliedMigrationTimes(sqlite);
  if (!opts.isNew && appId !== WORKSPACE_APPLICATION_ID) {
    throw new AppFailure('WORKSPACE_CORRUPT', 'This file is not a CarbonRecycling workspace.');
  }
  const newestApplied = applied.length ? Math.max(...applied) : 0;
  if (newestApplied > newestBundled.when) {
    throw new AppFailure(
      'WORKSPACE_TOO_NEW',
      'This workspace was saved by a newer version of CarbonRecycling Desktop. Update the app to open it; the file has not been changed.',
    );
  }
  const pending = journal.filter((m) => m.when > newestApplied);
  let backupPath: string | null = null;
  if (pending.length > 0 && applied.length > 0) {
    backupPath = backupInto(sqlite, opts.backupDir, `pre-migration-${newestBundled.tag}`, opts.now);
  }
  if (pending.length > 0) {
    migrate(db, { migrationsFolder: opts.migrationsDir });
    const fkProblems = sqlite.pragma('foreign_key_check') as unknown[];
    if (fkProblems.length > 0) {
      throw new AppFailure(
        'WORKSPACE_CORRUPT',
        `Upgrading the workspace left ${fkProblems.length} broken references. Restore the backup taken before the upgrade${backupPath ? ` (${backupPath})` : ''}.`,
      );
    }
  }
  if (opts.isNew) sqlite.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
  return { applied: pending.length, backupPath, schemaVersion: newestBundled.tag };
}
