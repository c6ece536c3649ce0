import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { WorkspaceCreateInput } from '../../../shared/domain/workspace';
import type { ProcedureName } from '../../../shared/ipc/channels';
import type { AppError, ProcedureInput, ProcedureOutput, Result } from '../../../shared/ipc/contract';
import { createBackend, type Backend } from '../backend';
import { createMemorySettings, type SettingsStore } from '../settings/settings-store';

export interface TestBackend {
  backend: Backend;
  settings: SettingsStore;
  dir: string;
  events: { name: string; payload: unknown }[];
  /** A procedure's value; the test fails with the procedure's name and error otherwise. */
  ok<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  /** The error of a procedure that must fail. */
  fails<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<AppError>;
  cleanup(): void;
}

/** The value of a result, or the test fails with its error's message. */
export async function ok<T>(promise: Promise<Result<T>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function createTestBackend(opts: { clock?: () => Date } = {}): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), 'cr-test-'));
  const settings = createMemorySettings();
  const backend = createBackend({ mode: 'cli', dataDir: dir, settings, userName: 'tester', ...(opts.clock ? { clock: opts.clock } : {}) });
  const events: { name: string; payload: unknown }[] = [];
  backend.onEvent((name, payload) => events.push({ name, payload }));
  return {
    backend,
    settings,
    dir,
    events,
    async ok(name, input) {
      const result = await backend.invoke(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value;
    },
    async fails(name, input) {
      const result = await backend.invoke(name, input);
      if (result.ok) throw new Error(`${name} should have failed`);
      return result.error;
    },
    cleanup() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sampleCreateInput: WorkspaceCreateInput = {
  organisation: { name: 'Acme Widgets Ltd', companiesHouseNumber: '01234567', reportingYearStartMonth: 4, baseYear: 2024 },
  sites: [{ name: 'Head office', country: 'GB', postcode: 'sw1a 1aa', floorAreaM2: 420 }],
};

/** For a test file: before each test a fresh backend with a workspace of `sampleCreateInput`, removed after it. */
export function useTestWorkspace(): { readonly t: TestBackend; readonly path: string } {
  let current: { t: TestBackend; path: string } | null = null;
  beforeEach(async () => {
    const t = createTestBackend();
    current = { t, path: (await t.ok('workspaces.create', sampleCreateInput)).path };
  });
  afterEach(() => current?.t.cleanup());
  const now = () => {
    if (!current) throw new Error('useTestWorkspace: used outside a test');
    return current;
  };
  return {
    get t() {
      return now().t;
    },
    get path() {
      return now().path;
    },
  };
}
