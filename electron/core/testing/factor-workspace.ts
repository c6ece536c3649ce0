import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findAppRoot, migrationsDirOf } from '../paths';
import { closeWorkspace, openWorkspaceFile, type OpenWorkspace } from '../workspaces/workspace-session';
import { factorsDirOf } from '../emissions/library/shipped-sets';

export const shippedFactorsDir = factorsDirOf(findAppRoot());

export interface TestWorkspace {
  dir: string;
  ws: OpenWorkspace;
  /** Re-opens the same file (as the app does after a restart) and returns the new session. */
  reopen(factorsDir?: string): OpenWorkspace;
  cleanup(): void;
}

/**
 * A real workspace file in a temporary folder, for factor library tests. `factorsDir` defaults to
 * the shipped resources; pass null to get a migrated workspace with an empty factor library.
 */
export function createFactorTestWorkspace(factorsDir: string | null = shippedFactorsDir, now = new Date('2026-01-05T10:00:00Z')): TestWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'cr-factors-'));
  const emptyDir = join(dir, 'no-factors');
  mkdirSync(emptyDir);
  const locations = (factors: string) => ({ dataDir: dir, migrationsDir: migrationsDirOf(findAppRoot()), factorsDir: factors });
  const path = join(dir, 'factors-test.sqlite');
  let ws = openWorkspaceFile(path, locations(factorsDir ?? emptyDir), { create: true, now });
  return {
    dir,
    get ws() {
      return ws;
    },
    reopen(factors = factorsDir ?? emptyDir) {
      closeWorkspace(ws);
      ws = openWorkspaceFile(path, locations(factors), { create: false, now });
      return ws;
    },
    cleanup() {
      closeWorkspace(ws);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
