import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkspaceCreateInput } from '../../../shared/domain/workspace';
import { createBackend, type Backend } from '../backend';
import { createMemorySettings, type SettingsStore } from '../settings/settings-store';

export interface TestBackend {
  backend: Backend;
  settings: SettingsStore;
  dir: string;
  events: { name: string; payload: unknown }[];
  cleanup(): void;
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
