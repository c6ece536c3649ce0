import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { AppFailure } from '../errors';

export type WorkspaceDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** 'CRCW' — marks a SQLite file as a CarbonRecycling workspace so we never migrate someone else's database. */
export const WORKSPACE_APPLICATION_ID = 0x43524357;

/**
 * `alreadyChecked`: a second connection to a workspace the app has open (the import worker's),
 * whose file was integrity-checked when it opened: a quick check reads every page, a noticeable
 * wait on a big workspace before each import.
 */
export function openSqlite(path: string, opts: { create: boolean; alreadyChecked?: boolean }): Database.Database {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { fileMustExist: !opts.create });
  } catch (error) {
    throw new AppFailure('NOT_FOUND', `Could not open the workspace file ${path}: ${(error as Error).message}`);
  }
  try {
    configureConnection(sqlite, opts.alreadyChecked === true);
  } catch (error) {
    sqlite.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppFailure('WORKSPACE_CORRUPT', `${path} is not a readable workspace file (it is damaged or not a database). Restore it from a backup.`);
    }
    throw error;
  }
  return sqlite;
}

function configureConnection(sqlite: Database.Database, alreadyChecked: boolean): void {
  // better-sqlite3 compiles WAL with synchronous=NORMAL, which can lose the last commits on power
  // loss; bills and reports are few writes, so pay for FULL durability.
  const mode = sqlite.pragma('journal_mode = WAL', { simple: true });
  if (String(mode).toLowerCase() !== 'wal') {
    throw new AppFailure(
      'WORKSPACE_CORRUPT',
      'This folder cannot hold a workspace safely (SQLite write-ahead logging is unavailable, e.g. a network drive). Choose a folder on this computer.',
    );
  }
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  if (alreadyChecked) return;
  const check = sqlite.pragma('quick_check(1)', { simple: true });
  if (check !== 'ok') {
    throw new AppFailure(
      'WORKSPACE_CORRUPT',
      `The workspace file failed its integrity check (${String(check)}). Restore it from a backup; the file has not been changed.`,
    );
  }
}

export function wrapDrizzle(sqlite: Database.Database): WorkspaceDb {
  return drizzle({ client: sqlite, schema });
}
