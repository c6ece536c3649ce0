// The Electron shell: wiring only. Everything that decides something lives in a small module beside
// this one; everything that matters for the user's data lives in electron/core.
import { resolve } from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { createBackend, type Backend } from '../core/backend';
import { createStderrLogger } from '../core/logger';
import { defaultDataDir } from '../core/paths';
import { reopenLastWorkspace } from '../core/startup';
import { bundlePaths, chooseDataDir } from './app-paths';
import { createWorkspaceDialogs, registerDialogHandlers } from './dialogs';
import { createSenderGuard, registerIpcBridge } from './ipc-bridge';
import { installAppMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, installSecurityGuards } from './security';
import { createSettingsStore } from './settings';
import { devServerUrlFrom, rendererEntryUrl } from './url-policy';
import { openMainWindow } from './window';

const logger = createStderrLogger('carbonrecycling-desktop');
const origins = { devServerUrl: devServerUrlFrom(process.env, app.isPackaged) };
const { preloadPath, rendererDir } = bundlePaths(import.meta.url);

// Before 'ready': these only take effect then.
app.enableSandbox();
registerAppScheme();
const userDataOverridden = app.commandLine.hasSwitch('user-data-dir');
if (userDataOverridden) app.setPath('userData', resolve(app.commandLine.getSwitchValue('user-data-dir')));

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the workspace files; it focuses its window on 'second-instance'.
  app.quit();
} else {
  start().catch((error: unknown) => {
    logger.error('start-up failed', { reason: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    dialog.showErrorBox('CarbonRecycling Desktop could not start', String(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  installSecurityGuards(origins, logger);
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  serveRenderer(rendererDir, logger);

  const settings = createSettingsStore();
  const dataDir = chooseDataDir({ userDataOverridden, userDataDir: app.getPath('userData'), defaultDataDir: defaultDataDir() });
  // No appRoot: the core finds package.json and migrations by walking up from this bundle, which is
  // right however Electron was started (`electron .`, `electron out/main/index.js`, app.asar).
  const backend = createBackend({ mode: 'electron', dataDir, settings, logger });
  reopenLastWorkspace(backend, settings, logger);

  let mainWindow: BrowserWindow | null = null;
  const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
  const showWindow = (): void => {
    if (getWindow()) return;
    mainWindow = openMainWindow({ preloadPath, entryUrl: rendererEntryUrl(origins), settings, logger });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  const isTrusted = createSenderGuard(getWindow, origins, logger);
  const dialogs = createWorkspaceDialogs(getWindow, dataDir);
  registerIpcBridge(backend, getWindow, isTrusted, origins);
  registerDialogHandlers(dialogs, isTrusted);
  installAppMenu({ backend, dialogs, getWindow, isDevelopment: !app.isPackaged, logger });
  closeBackendOnQuit(backend);

  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return showWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showWindow);
  showWindow();
}

function closeBackendOnQuit(backend: Backend): void {
  let closed = false;
  app.on('before-quit', () => {
    if (closed) return;
    closed = true;
    try {
      backend.close();
    } catch (error) {
      logger.error('closing the backend failed', { reason: String(error) });
    }
  });
}
