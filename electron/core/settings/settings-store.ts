import Conf from 'conf';
import { defaultPreferences, type Preferences } from '../../../shared/domain/settings';

export interface RecentWorkspaceEntry {
  path: string;
  name: string;
  lastOpenedAt: string;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximised: boolean;
}

export interface AppSettings {
  recentWorkspaces: RecentWorkspaceEntry[];
  lastWorkspacePath: string | null;
  windowBounds: WindowBounds | null;
  preferences: Preferences;
}

export const defaultAppSettings: AppSettings = {
  recentWorkspaces: [],
  lastWorkspacePath: null,
  windowBounds: null,
  preferences: defaultPreferences,
};

/**
 * The one settings interface. `conf` implements it under Node (server, CLI); electron-store, which
 * extends conf, implements it under Electron — so main passes its store and nothing else changes.
 */
export interface SettingsStore {
  get<K extends keyof AppSettings>(key: K): AppSettings[K];
  set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): void;
}

export function createConfSettings(dir: string): SettingsStore {
  return new Conf<AppSettings>({
    cwd: dir,
    configName: 'settings',
    projectName: 'carbonrecycling-desktop',
    defaults: defaultAppSettings,
  });
}

/** For tests and one-shot CLI runs that must not touch the user's settings file. */
export function createMemorySettings(initial: Partial<AppSettings> = {}): SettingsStore {
  const values: AppSettings = { ...defaultAppSettings, ...initial };
  return {
    get: (key) => structuredClone(values[key]),
    set: (key, value) => {
      values[key] = structuredClone(value);
    },
  };
}
