import { Menu, app, dialog, type BrowserWindow } from 'electron';
import type { Backend } from '../core/backend';
import type { Logger } from '../core/logger';
import type { WorkspaceDialogs } from './dialogs';
import { menuTemplate } from './menu-template';

export interface AppMenuDeps {
  backend: Backend;
  dialogs: WorkspaceDialogs;
  getWindow: () => BrowserWindow | null;
  isDevelopment: boolean;
  logger: Logger;
}

async function showFailure(getWindow: () => BrowserWindow | null, message: string): Promise<void> {
  const options = { type: 'error' as const, title: 'CarbonRecycling Desktop', message };
  const window = getWindow();
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export function installAppMenu(deps: AppMenuDeps): void {
  const run = (label: string, action: () => Promise<void>): void => {
    action().catch((error: unknown) => deps.logger.error(`menu action failed: ${label}`, { reason: String(error) }));
  };
  const template = menuTemplate(
    { isMac: process.platform === 'darwin', isDevelopment: deps.isDevelopment },
    {
      // The renderer answers workspace.changed { path: null } with its start screen, where a new
      // workspace is created; closing first loses nothing (every change is already saved).
      newWorkspace: () =>
        run('new workspace', async () => {
          const result = await deps.backend.call('workspaces.close', {});
          if (!result.ok) await showFailure(deps.getWindow, result.error.message);
        }),
      // Opened here in main, so the path comes from the OS dialog; the backend's workspace.changed
      // event tells the renderer to reload.
      openWorkspace: () =>
        run('open workspace', async () => {
          const path = await deps.dialogs.chooseWorkspaceFile();
          if (path === null) return;
          const result = await deps.backend.call('workspaces.open', { path });
          if (!result.ok) await showFailure(deps.getWindow, result.error.message);
        }),
      about: () => app.showAboutPanel(),
    },
  );
  app.setAboutPanelOptions({
    applicationName: 'CarbonRecycling Desktop',
    applicationVersion: app.getVersion(),
    copyright: 'CarbonRecycling. Your data stays on this computer.',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
