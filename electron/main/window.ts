import { BrowserWindow, screen } from 'electron';
import type { Logger } from '../core/logger';
import type { SettingsStore } from '../core/settings/settings-store';
import { debounce, restoredBounds } from './window-bounds';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, createMainWindow } from './window-options';

const SAVE_BOUNDS_AFTER_MS = 500;

export interface MainWindowDeps {
  preloadPath: string;
  entryUrl: string;
  settings: SettingsStore;
  logger: Logger;
}

/** Saves where the window is, debounced: 'move' and 'resize' fire many times per drag. */
function rememberBounds(window: BrowserWindow, settings: SettingsStore): void {
  const save = (): void => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    // Normal bounds, so a maximised window still remembers the size to restore to.
    const { x, y, width, height } = window.getNormalBounds();
    settings.set('windowBounds', { x, y, width, height, maximised: window.isMaximized() });
  };
  const saver = debounce(save, SAVE_BOUNDS_AFTER_MS);
  const schedule = (): void => saver.schedule();
  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => {
    saver.cancel();
    save();
  });
}

export function openMainWindow(deps: MainWindowDeps): BrowserWindow {
  const bounds = restoredBounds(
    deps.settings.get('windowBounds'),
    screen.getAllDisplays().map((display) => display.workArea),
    { width: MIN_WINDOW_WIDTH, height: MIN_WINDOW_HEIGHT },
  );
  const { maximised: _maximised, ...geometry } = bounds;
  const window = createMainWindow(BrowserWindow, { preloadPath: deps.preloadPath, ...geometry });
  if (bounds.maximised) window.maximize();
  rememberBounds(window, deps.settings);
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    deps.logger.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
  });
  window.loadURL(deps.entryUrl).catch((error: unknown) => {
    deps.logger.error('could not load the renderer', { url: deps.entryUrl, reason: String(error) });
    // 'ready-to-show' may never come: show the window anyway rather than run invisibly.
    if (!window.isDestroyed()) window.show();
  });
  return window;
}
