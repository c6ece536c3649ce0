import { rmSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import {
  backupSettingsSchema,
  defaultBackupSettings,
  type BackupEntry,
  type BackupPreview,
  type BackupSettings,
} from '../../../shared/domain/backups';
import { backupInto } from '../db/backup';
import type { WorkspaceDb } from '../db/connection';
import { workspaceMeta } from '../db/schema';
import type { OpenWorkspace } from '../workspaces/workspace-session';
import { backupsDir } from '../workspaces/workspace-session';
import { listBackupFiles, resolveBackupFile, utcDay, type BackupFile } from './backup-files';
import { checkIntegrity, inspectSchema, openForReading, readContents, readOrganisationName } from './workspace-inspection';

export type CreatableBackupKind = 'daily' | 'manual' | 'before-restore';

const SETTINGS_KEY = 'backup_settings';

function toEntry(file: BackupFile): BackupEntry {
  return { file: file.file, kind: file.kind, createdAt: file.createdAt, sizeBytes: file.sizeBytes, organisationName: readOrganisationName(file.path) };
}

export function listBackups(ws: OpenWorkspace): { folder: string; backups: BackupEntry[] } {
  return { folder: backupsDir(ws.path), backups: listBackupFiles(ws.path).map(toEntry) };
}

/** A verified VACUUM INTO copy in the backups folder (see db/backup.ts). */
export function createBackup(ws: OpenWorkspace, kind: CreatableBackupKind, now: Date): BackupEntry {
  const path = backupInto(ws.sqlite, backupsDir(ws.path), kind, now);
  const created = listBackupFiles(ws.path).find((b) => b.path === path);
  if (!created) throw new Error(`The backup ${path} was written but is not named as a backup of ${ws.path}`);
  return toEntry(created);
}

// Stored in the workspace (not the app's settings) so the choice travels with the organisation's
// file and each workspace on a shared machine can keep its own.
export function readBackupSettings(db: WorkspaceDb): BackupSettings {
  const row = db.select().from(workspaceMeta).where(eq(workspaceMeta.key, SETTINGS_KEY)).get();
  if (!row) return defaultBackupSettings;
  const parsed = backupSettingsSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : defaultBackupSettings;
}

export function writeBackupSettings(db: WorkspaceDb, next: BackupSettings): void {
  const value = JSON.stringify(next);
  db.insert(workspaceMeta).values({ key: SETTINGS_KEY, value }).onConflictDoUpdate({ target: workspaceMeta.key, set: { value } }).run();
}

/**
 * Retention is a simple count of automatic daily backups (default 14: two weeks to notice a
 * mistake, ~14 × the workspace size on disk). Manual, before-restore and pre-upgrade backups are
 * never deleted automatically: somebody made them on purpose or they guard a risky step.
 */
export function backupsToPrune(files: readonly BackupFile[], keepDaily: number): BackupFile[] {
  return files.filter((f) => f.kind === 'daily').slice(keepDaily);
}

export function pruneDailyBackups(ws: OpenWorkspace, keepDaily: number): string[] {
  const doomed = backupsToPrune(listBackupFiles(ws.path), keepDaily);
  for (const file of doomed) rmSync(file.path, { force: true });
  return doomed.map((f) => f.file);
}

/** True when automatic backups are on and this workspace has no daily backup dated today (UTC). */
export function dailyBackupDue(ws: OpenWorkspace, now: Date): boolean {
  if (!readBackupSettings(ws.db).automaticDaily) return false;
  const today = utcDay(now);
  return !listBackupFiles(ws.path).some((b) => b.kind === 'daily' && b.createdAt.slice(0, 10) === today);
}

/** Makes today's daily backup if it is due, then applies retention. Returns null when none was due. */
export function runDailyBackupIfDue(ws: OpenWorkspace, now: Date): { backup: BackupEntry; pruned: string[] } | null {
  if (!dailyBackupDue(ws, now)) return null;
  const backup = createBackup(ws, 'daily', now);
  return { backup, pruned: pruneDailyBackups(ws, readBackupSettings(ws.db).keepDaily) };
}

/** What a backup holds, read without changing it (read-only, never migrated). */
export function previewBackup(ws: OpenWorkspace, file: string, migrationsDir: string): BackupPreview {
  const backup = resolveBackupFile(ws.path, file);
  const sqlite = openForReading(backup.path, `The backup ${file}`);
  try {
    const contents = readContents(sqlite);
    return {
      file: backup.file,
      kind: backup.kind,
      createdAt: backup.createdAt,
      sizeBytes: backup.sizeBytes,
      ...contents,
      ...inspectSchema(sqlite, migrationsDir),
      integrity: checkIntegrity(sqlite),
    };
  } finally {
    sqlite.close();
  }
}
