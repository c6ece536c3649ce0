// The application menu as data. Pure (type-only electron import) so the test can assert that
// development-only items (reload, devtools) never reach a packaged build.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  about(): void;
}

export interface MenuContext {
  isMac: boolean;
  /** True when running from source (not packaged): adds reload and developer tools. */
  isDevelopment: boolean;
}

export function menuTemplate(context: MenuContext, actions: MenuActions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      { type: 'separator' },
      context.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const developmentItems: MenuItemConstructorOptions[] = context.isDevelopment
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [...developmentItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ label: 'About CarbonRecycling Desktop', click: () => actions.about() }],
  };
  // macOS expects the first menu to be the application menu (About, Hide, Quit…).
  return context.isMac ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}
