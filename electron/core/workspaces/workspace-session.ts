import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { openSqlite, wrapDrizzle, type WorkspaceDb } from '../db/connection';
import { migrateWorkspace } from '../db/migrate';
import { workspaceMeta } from '../db/schema';
import { ensureShippedFactorSets, type FactorLoadReport } from '../emissions/library/factor-repository';
import { ensureFigureRollups } from '../dashboard/rollups';
import { AppFailure } from '../errors';
import { getOrganisation, isSampleWorkspace, listSites } from './organisation-repository';

export const WORKSPACE_EXTENSION = '.sqlite';

export interface OpenWorkspace {
  path: string;
  sqlite: Database.Database;
  db: WorkspaceDb;
  schemaVersion: string;
  /** What opening loaded into the factor library (normally nothing after the first open), and any file refused. */
  factorLoad: FactorLoadReport;
}

export interface WorkspaceLocations {
  dataDir: string;
  migrationsDir: string;
  /** resources/factors: every shipped factor set is loaded into each workspace it opens. */
  factorsDir: string;
}

export function workspacesDir(dataDir: string): string {
  return join(dataDir, 'workspaces');
}

export function backupsDir(workspacePath: string): string {
  return join(dirname(workspacePath), 'backups');
}

/** A file name people recognise in their file manager: "Acme Widgets Ltd" → acme-widgets-ltd.sqlite. */
export function defaultWorkspacePath(dataDir: string, organisationName: string): string {
  const slug =
    organisationName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'workspace';
  const dir = workspacesDir(dataDir);
  let candidate = join(dir, `${slug}${WORKSPACE_EXTENSION}`);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dir, `${slug}-${n}${WORKSPACE_EXTENSION}`);
  return candidate;
}

/** Opens (and if asked creates) one workspace file: pragmas, integrity, version gate, migrations. */
export function openWorkspaceFile(
  rawPath: string,
  locations: WorkspaceLocations,
  opts: { create: boolean; now: Date },
): OpenWorkspace {
  const path = resolve(rawPath);
  const exists = existsSync(path);
  if (opts.create && exists) {
    throw new AppFailure('CONFLICT', `A file already exists at ${path}. Choose another name or open it instead.`);
  }
  if (!opts.create && !exists) {
    throw new AppFailure('NOT_FOUND', `No workspace file at ${path}. It may have been moved or deleted.`);
  }
  if (opts.create) mkdirSync(dirname(path), { recursive: true });
  const sqlite = openSqlite(path, { create: opts.create });
  try {
    const db = wrapDrizzle(sqlite);
    const outcome = migrateWorkspace(db, {
      migrationsDir: locations.migrationsDir,
      backupDir: backupsDir(path),
      isNew: opts.create,
      now: opts.now,
    });
    const factorLoad = ensureShippedFactorSets(db, locations.factorsDir, opts.now);
    ensureFigureRollups(db);
    return { path, sqlite, db, schemaVersion: outcome.schemaVersion, factorLoad };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export function readMeta(db: WorkspaceDb): Record<string, string> {
  return Object.fromEntries(db.select().from(workspaceMeta).all().map((r) => [r.key, r.value]));
}

export function describeWorkspace(ws: OpenWorkspace): WorkspaceSummary {
  const meta = readMeta(ws.db);
  return {
    path: ws.path,
    organisation: getOrganisation(ws.db),
    sites: listSites(ws.db),
    schemaVersion: ws.schemaVersion,
    createdByAppVersion: meta['created_by_app_version'] ?? 'unknown',
    isSample: isSampleWorkspace(ws.db),
  };
}

export function closeWorkspace(ws: OpenWorkspace): void {
  if (ws.sqlite.open) {
    // Fold the WAL back into the main file so the workspace is one self-contained file at rest.
    ws.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    ws.sqlite.close();
  }
}
