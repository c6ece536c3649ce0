import { existsSync } from 'node:fs';
import type { Backend } from './backend';
import type { Logger } from './logger';
import type { SettingsStore } from './settings/settings-store';

/** Reopen the workspace that was open last time, as a desktop app does; a missing or broken file just means the start screen. */
export function reopenLastWorkspace(backend: Backend, settings: SettingsStore, logger: Logger): void {
  const last = settings.get('lastWorkspacePath');
  if (!last || !existsSync(last)) return;
  try {
    backend.workspaces.open(last);
  } catch (error) {
    logger.warn('could not reopen the last workspace', { path: last, reason: (error as Error).message });
  }
}
