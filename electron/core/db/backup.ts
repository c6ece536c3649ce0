import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../errors';

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\..+$/, 'Z');
}

/**
 * A consistent copy via VACUUM INTO (never a file copy of a live WAL database), verified with an
 * integrity check on the copy before it is given its final name.
 */
export function backupInto(sqlite: Database.Database, dir: string, label: string, now: Date): string {
  mkdirSync(dir, { recursive: true });
  const base = basename(sqlite.name).replace(/\.sqlite$/, '');
  // Two backups in the same second (a manual one right after the daily one) must not overwrite each other.
  let finalPath = join(dir, `${base}.${label}.${stamp(now)}.sqlite`);
  for (let n = 2; existsSync(finalPath); n++) finalPath = join(dir, `${base}.${label}.${stamp(now)}-${n}.sqlite`);
  const tmpPath = `${finalPath}.tmp`;
  rmSync(tmpPath, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(tmpPath);
  const copy = new Database(tmpPath, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma('integrity_check(1)', { simple: true });
    if (result !== 'ok') throw new AppFailure('INTERNAL', `The backup copy failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
  renameSync(tmpPath, finalPath);
  return finalPath;
}
