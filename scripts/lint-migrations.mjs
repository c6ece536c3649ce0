#!/usr/bin/env node
// Guards the committed drizzle-kit migrations against the known ways they lose data:
// - table rebuilds (DROP TABLE / __new_) run inside the migrator's transaction, where SQLite ignores
//   PRAGMA foreign_keys=OFF, so ON DELETE CASCADE silently empties child tables;
// - any migration that changes existing data must have its own test on a populated workspace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'electron/core/db/migrations';
const testsDir = 'electron/core/db/migration-tests';
const problems = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
  const sql = readFileSync(join(dir, file), 'utf8');
  const tag = file.replace(/\.sql$/, '');
  const rebuild = /\bDROP\s+TABLE\b|__new_/i.test(sql);
  if (rebuild && !/--\s*migration-reviewed:/i.test(sql)) {
    problems.push(`${file}: rebuilds or drops a table. Hand-write it (foreign keys off outside the transaction, foreign_key_check after) and mark it "-- migration-reviewed: <why it is safe>".`);
  }
  const changesData = /\b(ALTER\s+TABLE|DROP\s+TABLE|UPDATE\s+\S+\s+SET|DELETE\s+FROM|INSERT\s+INTO)\b/i.test(sql) || rebuild;
  if (changesData && !existsSync(join(testsDir, `${tag}.test.ts`))) {
    problems.push(`${file}: changes existing tables or data but has no test at ${testsDir}/${tag}.test.ts (migrate a populated workspace and compare rows).`);
  }
}
if (problems.length) {
  console.error(`Migration lint failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('migrations: ok');
