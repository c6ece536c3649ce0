import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { WORKSPACE_EXPORT_EXTENSION } from '../../../shared/domain/backups';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { AppFailure } from '../errors';
import type { WorkspaceManager } from '../workspaces/workspace-manager';
import { defaultWorkspacePath, workspacesDir, type OpenWorkspace } from '../workspaces/workspace-session';
import { workspaceBaseName, utcDay } from './backup-files';
import { copyOpenWorkspace } from './copy-file';
import { assertNoImportRunning } from './restore';
import { assertUsable, checkIntegrity, inspectSchema, openForReading, readContents } from './workspace-inspection';

// Export is one self-contained SQLite file (a VACUUM INTO copy: every record, factor, run, report
// and the imported files themselves, which imports keep gzip-compressed in the database). It is
// named `.crworkspace` so an accountant sees which app opens it rather than a generic database;
// inside it is an ordinary SQLite file, and import checks its content, never its extension.

export function exportFileName(ws: OpenWorkspace, now: Date): string {
  return `${workspaceBaseName(ws.path)}-${utcDay(now)}${WORKSPACE_EXPORT_EXTENSION}`;
}

/** The whole workspace as bytes, for the browser's download. */
export function exportWorkspaceBytes(ws: OpenWorkspace, now: Date): { fileName: string; bytes: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'cr-export-'));
  try {
    const path = join(dir, 'export.sqlite');
    copyOpenWorkspace(ws.sqlite, path, 'the workspace');
    return { fileName: exportFileName(ws, now), bytes: readFileSync(path) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The command line's export: to a path, never over an existing file. */
export function exportWorkspaceTo(ws: OpenWorkspace, outPath: string): { path: string; sizeBytes: number } {
  const target = resolve(outPath);
  if (existsSync(target)) throw new AppFailure('CONFLICT', `${target} already exists. Choose another file name; nothing was overwritten.`);
  const tmp = `${target}.${randomUUID()}.tmp`;
  copyOpenWorkspace(ws.sqlite, tmp, 'the workspace');
  try {
    linkNoClobber(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
  return { path: target, sizeBytes: readFileSync(target).length };
}

/** Gives the file its name only if nothing has that name (a link fails with EEXIST, a rename would overwrite). */
function linkNoClobber(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppFailure('CONFLICT', `${to} already exists; nothing was overwritten.`);
    throw error;
  }
}

/**
 * A workspace saved while open in write-ahead mode, without its -wal file, is still consistent
 * (a checkpointed file): header bytes 18–19 say "WAL"; setting them to "rollback journal" lets it
 * be opened read-only for checking without creating -wal/-shm files beside it.
 */
function asRollbackJournal(bytes: Buffer): Buffer {
  if (bytes.length < 20 || (bytes[18] !== 2 && bytes[19] !== 2)) return bytes;
  const copy = Buffer.from(bytes);
  copy[18] = 1;
  copy[19] = 1;
  return copy;
}

/**
 * Adds a workspace file someone sent into the data folder under a name no workspace has, then
 * opens it (upgrading it if it is from an older version; the sender's file is never touched).
 */
export function importWorkspaceBytes(workspaces: WorkspaceManager, fileName: string, bytes: Buffer): { workspace: WorkspaceSummary; path: string } {
  assertNoImportRunning('open the workspace file');
  const what = `The file ${basename(fileName)}`;
  if (bytes.length < 100 || bytes.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') {
    throw new AppFailure('VALIDATION', `${what} is not a CarbonRecycling workspace (it is not a database file at all).`);
  }
  const dir = workspacesDir(workspaces.locations.dataDir);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.import-${randomUUID()}.tmp`);
  writeFileSync(tmp, asRollbackJournal(bytes));
  let finalPath: string;
  try {
    const sqlite = openForReading(tmp, what);
    let organisationName: string | null;
    try {
      assertUsable({ ...inspectSchema(sqlite, workspaces.locations.migrationsDir), integrity: checkIntegrity(sqlite) }, what);
      organisationName = readContents(sqlite).organisationName;
    } finally {
      sqlite.close();
    }
    finalPath = placeWithoutClobbering(tmp, workspaces.locations.dataDir, organisationName ?? basename(fileName).replace(/\.[^.]+$/, ''));
  } finally {
    rmSync(tmp, { force: true });
  }
  try {
    return { workspace: workspaces.open(finalPath), path: finalPath };
  } catch (error) {
    // Nothing half-imported stays behind: the copy that would not open is removed.
    rmSync(finalPath, { force: true });
    rmSync(`${finalPath}-wal`, { force: true });
    rmSync(`${finalPath}-shm`, { force: true });
    throw error;
  }
}

function placeWithoutClobbering(tmp: string, dataDir: string, name: string): string {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = defaultWorkspacePath(dataDir, name);
    try {
      linkNoClobber(tmp, candidate);
      return candidate;
    } catch (error) {
      // Another file took the name between choosing and linking: choose again.
      if (!(error instanceof AppFailure)) throw error;
    }
  }
  const fallback = join(workspacesDir(dataDir), `imported-${randomUUID()}.sqlite`);
  renameSync(tmp, fallback);
  return fallback;
}
