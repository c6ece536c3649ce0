import { rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { AppFailure } from '../errors';
import { checkIntegrity, openForReading } from './workspace-inspection';

/**
 * Copies a closed workspace file (a backup, an upload) with VACUUM INTO through a read-only
 * connection, then checks the copy: a consistent, self-contained file (no -wal) or nothing at all.
 */
export function copyWorkspaceVerified(sourcePath: string, destPath: string, what: string): void {
  rmSync(destPath, { force: true });
  const source = openForReading(sourcePath, what);
  try {
    source.prepare('VACUUM INTO ?').run(destPath);
  } finally {
    source.close();
  }
  verifyCopy(destPath, what);
}

/** Copies an open workspace (its connection sees the WAL too) and checks the copy. */
export function copyOpenWorkspace(sqlite: Database.Database, destPath: string, what: string): void {
  rmSync(destPath, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(destPath);
  verifyCopy(destPath, what);
}

function verifyCopy(path: string, what: string): void {
  let problem: string | null = null;
  try {
    const copy = openForReading(path, what);
    try {
      const integrity = checkIntegrity(copy);
      if (!integrity.ok) problem = integrity.message;
    } finally {
      copy.close();
    }
  } catch (error) {
    problem = (error as Error).message;
  }
  if (problem !== null) {
    rmSync(path, { force: true });
    throw new AppFailure('INTERNAL', `The copy of ${what} failed its check (${problem}); nothing was changed.`);
  }
}
