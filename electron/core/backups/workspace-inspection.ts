import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { WORKSPACE_APPLICATION_ID } from '../db/connection';
import { readJournal } from '../db/migrate';
import { AppFailure } from '../errors';

// Looks inside a workspace file that is not open in the app (a backup, or a file someone sent):
// read-only, never migrated, never written, so previewing a backup cannot change it.

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface WorkspaceInspection {
  schemaVersion: string;
  schemaStatus: 'current' | 'older' | 'newer';
  integrity: { ok: boolean; message: string };
}

export function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    return readSync(fd, buf, 0, 16, 0) === 16 && buf.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** Opens read-only after checking it is our kind of file; the caller closes it. */
export function openForReading(path: string, what: string): Database.Database {
  if (!hasSqliteHeader(path)) {
    throw new AppFailure('VALIDATION', `${what} is not a CarbonRecycling workspace (it is not a database file at all).`);
  }
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const appId = Number(sqlite.pragma('application_id', { simple: true }));
    if (appId !== WORKSPACE_APPLICATION_ID) {
      throw new AppFailure('VALIDATION', `${what} is a database from another program, not a CarbonRecycling workspace. Nothing was changed.`);
    }
  } catch (error) {
    sqlite.close();
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('WORKSPACE_CORRUPT', `${what} cannot be read (${(error as Error).message}). It may be damaged.`);
  }
  return sqlite;
}

function tableExists(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function inspectSchema(sqlite: Database.Database, migrationsDir: string): Omit<WorkspaceInspection, 'integrity'> {
  const journal = readJournal(migrationsDir);
  const newest = journal.at(-1);
  if (!newest) throw new Error('No migrations are bundled with this build');
  const applied = tableExists(sqlite, '__drizzle_migrations')
    ? Number((sqlite.prepare('SELECT max(created_at) AS w FROM __drizzle_migrations').get() as { w: number | null }).w ?? 0)
    : 0;
  if (applied > newest.when) return { schemaVersion: 'from a newer version of the app', schemaStatus: 'newer' };
  const entry = journal.find((m) => m.when === applied);
  return { schemaVersion: entry?.tag ?? 'unknown', schemaStatus: applied === newest.when ? 'current' : 'older' };
}

export function checkIntegrity(sqlite: Database.Database): { ok: boolean; message: string } {
  try {
    const rows = sqlite.pragma('integrity_check(5)', { simple: false }) as { integrity_check: string }[];
    const messages = rows.map((r) => r.integrity_check);
    if (messages.length !== 1 || messages[0] !== 'ok') return { ok: false, message: messages.join('; ') };
    // integrity_check does not look at foreign keys: a record pointing at a missing site would pass it.
    const broken = (sqlite.pragma('foreign_key_check') as unknown[]).length;
    if (broken > 0) return { ok: false, message: `${broken} record(s) refer to rows that do not exist` };
    return { ok: true, message: 'No problems found' };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

export function inspectWorkspaceFile(path: string, migrationsDir: string, what: string): WorkspaceInspection {
  const sqlite = openForReading(path, what);
  try {
    return { ...inspectSchema(sqlite, migrationsDir), integrity: checkIntegrity(sqlite) };
  } finally {
    sqlite.close();
  }
}

/** Throws the reason a file must not replace or become a workspace: damaged, or from a newer app. */
export function assertUsable(inspection: WorkspaceInspection, what: string): void {
  if (!inspection.integrity.ok) {
    throw new AppFailure('WORKSPACE_CORRUPT', `${what} failed its integrity check (${inspection.integrity.message}), so it was not used. Nothing was changed.`);
  }
  if (inspection.schemaStatus === 'newer') {
    throw new AppFailure('WORKSPACE_TOO_NEW', `${what} was saved by a newer version of CarbonRecycling Desktop. Update the app to use it; nothing was changed.`);
  }
}

export interface WorkspaceContents {
  organisationName: string | null;
  sites: string[];
  activityRecords: number;
  activityFrom: string | null;
  activityTo: string | null;
  imports: number;
  calculationRuns: number;
  publishedReports: number;
  auditEntries: number;
}

function countOf(sqlite: Database.Database, table: string, where = ''): number {
  if (!tableExists(sqlite, table)) return 0;
  return (sqlite.prepare(`SELECT count(*) AS n FROM "${table}" ${where}`).get() as { n: number }).n;
}

/** What a workspace file holds. Older backups may lack newer tables: those count as none. */
export function readContents(sqlite: Database.Database): WorkspaceContents {
  const organisationName = readContentsName(sqlite);
  const sites = tableExists(sqlite, 'sites')
    ? (sqlite.prepare('SELECT name FROM sites ORDER BY name').all() as { name: string }[]).map((s) => s.name)
    : [];
  const range = tableExists(sqlite, 'activity_records')
    ? (sqlite.prepare('SELECT min(period_start) AS first, max(period_end) AS last FROM activity_records').get() as { first: string | null; last: string | null })
    : { first: null, last: null };
  return {
    organisationName,
    sites,
    activityRecords: countOf(sqlite, 'activity_records'),
    activityFrom: range.first?.slice(0, 10) ?? null,
    activityTo: range.last?.slice(0, 10) ?? null,
    imports: countOf(sqlite, 'import_files', "WHERE status = 'imported'"),
    calculationRuns: countOf(sqlite, 'calculation_runs'),
    publishedReports: countOf(sqlite, 'published_reports'),
    auditEntries: countOf(sqlite, 'audit_log'),
  };
}

/** The organisation name only, for the backups list; null when the file cannot be read. */
export function readOrganisationName(path: string): string | null {
  try {
    const sqlite = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return readContentsName(sqlite);
    } finally {
      sqlite.close();
    }
  } catch {
    return null;
  }
}

function readContentsName(sqlite: Database.Database): string | null {
  if (!tableExists(sqlite, 'organisations')) return null;
  return (sqlite.prepare('SELECT name FROM organisations ORDER BY created_at LIMIT 1').get() as { name: string } | undefined)?.name ?? null;
}
