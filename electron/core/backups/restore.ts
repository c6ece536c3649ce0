import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupEntry } from '../../../shared/domain/backups';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { AppFailure } from '../errors';
import { importsInProgress } from '../importers/import-runner';
import type { WorkspaceManager } from '../workspaces/workspace-manager';
import { resolveBackupFile } from './backup-files';
import { createBackup } from './backup-service';
import { copyWorkspaceVerified } from './copy-file';
import { assertUsable, inspectWorkspaceFile } from './workspace-inspection';

export interface RestoreOutcome {
  restoredFrom: BackupEntry['file'];
  restoredFromCreatedAt: string;
  safetyBackup: BackupEntry['file'];
  workspace: WorkspaceSummary;
}

export function assertNoImportRunning(action: string): void {
  if (importsInProgress() > 0) {
    throw new AppFailure('CONFLICT', `An import is still running. Wait for it to finish (or cancel it), then ${action}.`);
  }
}

/**
 * Swaps the live file for a checked copy: the copy is made beside the workspace (same disk, so
 * the rename is atomic), the session is closed, stale -wal/-shm files are removed (SQLite would
 * otherwise replay the old log onto the restored file), then the file is renamed into place.
 */
function swapIn(workspaces: WorkspaceManager, target: string, sourcePath: string, what: string): WorkspaceSummary {
  const tmp = join(dirname(target), `.${basename(target)}.restoring.tmp`);
  copyWorkspaceVerified(sourcePath, tmp, what);
  workspaces.close();
  try {
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    workspaces.open(target);
    throw new AppFailure('INTERNAL', `The workspace file could not be replaced (${(error as Error).message}); it is unchanged and open again.`);
  }
  // Opening migrates a backup made by an older version, with its own pre-upgrade backup first.
  return workspaces.open(target);
}

/** Restores one of the open workspace's backups, after backing up the current state. */
export function restoreBackup(workspaces: WorkspaceManager, file: string, now: Date): RestoreOutcome {
  const ws = workspaces.require();
  assertNoImportRunning('restore');
  const backup = resolveBackupFile(ws.path, file);
  const what = `The backup ${file}`;
  assertUsable(inspectWorkspaceFile(backup.path, workspaces.locations.migrationsDir, what), what);

  const safety = createBackup(ws, 'before-restore', now);
  const target = ws.path;
  let workspace: WorkspaceSummary;
  try {
    workspace = swapIn(workspaces, target, backup.path, what);
  } catch (error) {
    if (workspaces.current) throw error;
    // The restored file would not open: put the state from just before back, so the person is never left with nothing.
    const safetyPath = resolveBackupFile(target, safety.file).path;
    swapIn(workspaces, target, safetyPath, `the backup taken before restoring (${safety.file})`);
    // The first line is enough to report (a failed upgrade's message carries the whole SQL statement).
    const reason = ((error as Error).message.split('\n')[0] ?? '').slice(0, 200);
    throw new AppFailure('WORKSPACE_CORRUPT', `${what} could not be opened (${reason}). Your workspace was put back as it was before the restore.`);
  }
  return { restoredFrom: backup.file, restoredFromCreatedAt: backup.createdAt, safetyBackup: safety.file, workspace };
}
