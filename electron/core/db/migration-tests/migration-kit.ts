import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factorsDirOf } from '../../emissions/library/shipped-sets';
import { findAppRoot, migrationsDirOf } from '../../paths';

// Shared by the migration tests: each one builds a workspace at the schema before its migration
// (the bundled migrations cut at a tag), fills it, then reopens it with every bundled migration.

const appRoot = findAppRoot();
export const realMigrations = migrationsDirOf(appRoot);
export const factorsDir = factorsDirOf(appRoot);

/** A copy of the bundled migrations in `dir` that stops at `lastTag`. */
export function migrationsUpTo(dir: string, lastTag: string): string {
  const target = join(dir, 'migrations-old');
  cpSync(realMigrations, target, { recursive: true });
  const journalPath = join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const keep = journal.entries.findIndex((e) => e.tag === lastTag) + 1;
  for (const e of journal.entries.slice(keep)) rmSync(join(target, `${e.tag}.sql`));
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, keep) }));
  return target;
}
