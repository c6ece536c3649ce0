import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupKind } from '../../../shared/domain/backups';
import { AppFailure } from '../errors';
import { backupsDir } from '../workspaces/workspace-session';

// Backups live in the `backups/` folder beside the workspace file: the folder the pre-upgrade
// backups already use (see db/migrate.ts), so there is one place to look and pre-upgrade copies
// show up in the list too. Several workspaces in one folder share it, so each backup is named
// `<workspace>.<kind>.<UTC stamp>[-n].sqlite` and a workspace lists only names of exactly its shape.

export interface BackupFile {
  file: string;
  path: string;
  kind: BackupKind;
  /** ISO time from the name (UTC, to the second). */
  createdAt: string;
  sizeBytes: number;
  /** 1, or n for the n-th backup of the same kind in the same second. */
  sequence: number;
}

export function workspaceBaseName(workspacePath: string): string {
  return basename(workspacePath).replace(/\.sqlite$/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namePattern(workspacePath: string): RegExp {
  return new RegExp(
    `^${escapeRegExp(workspaceBaseName(workspacePath))}\\.(daily|manual|before-restore|pre-migration-[A-Za-z0-9_]+)\\.(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.sqlite$`,
  );
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) return stamp;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
}

export function parseBackupName(workspacePath: string, file: string): { kind: BackupKind; createdAt: string; sequence: number } | null {
  const m = namePattern(workspacePath).exec(file);
  if (!m?.[1] || !m[2]) return null;
  const kind: BackupKind = m[1].startsWith('pre-migration-') ? 'pre-migration' : (m[1] as BackupKind);
  return { kind, createdAt: stampToIso(m[2]), sequence: m[3] ? Number(m[3]) : 1 };
}

/** This workspace's backups, newest first. */
export function listBackupFiles(workspacePath: string): BackupFile[] {
  const dir = backupsDir(workspacePath);
  if (!existsSync(dir)) return [];
  const found: BackupFile[] = [];
  for (const file of readdirSync(dir)) {
    const parsed = parseBackupName(workspacePath, file);
    if (!parsed) continue;
    const path = join(dir, file);
    const stat = lstatSync(path);
    if (!stat.isFile()) continue;
    found.push({ file, path, ...parsed, sizeBytes: stat.size });
  }
  // Same-second backups get -2, -3…: the name order breaks ties in creation order.
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.sequence - a.sequence);
}

/**
 * The renderer names a backup by file name only. Anything else (a folder, "..", a symlink, another
 * workspace's backup, a file that is not a backup) is refused, so no path outside the folder is reachable.
 */
export function resolveBackupFile(workspacePath: string, file: string): BackupFile {
  if (file !== basename(file) || file.includes('\\') || file === '..' || file === '.') {
    throw new AppFailure('VALIDATION', 'Give the backup file name only, without a folder.');
  }
  const match = listBackupFiles(workspacePath).find((b) => b.file === file);
  if (!match) {
    throw new AppFailure('NOT_FOUND', `There is no backup called ${file} for this workspace. Refresh the list of backups and choose one from it.`);
  }
  return match;
}

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
