import Store from 'electron-store';
import { defaultAppSettings, type AppSettings, type SettingsStore } from '../core/settings/settings-store';

/** electron-store extends conf, so it is the SettingsStore the core expects (userData/settings.json). */
export function createSettingsStore(): SettingsStore {
  return new Store<AppSettings>({
    name: 'settings',
    defaults: defaultAppSettings,
    // A hand-edited or truncated settings file must not stop the app from starting: it only holds
    // the recent list, window bounds and preferences, all cheap to lose. Workspaces are separate.
    clearInvalidConfig: true,
  });
}
