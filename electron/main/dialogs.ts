// Native file dialogs. Paths come from the OS dialog in main, never from renderer strings, so the UI
// cannot point the backend at an arbitrary file.
import { mkdirSync } from 'node:fs';
import { dialog, ipcMain, type BrowserWindow } from 'electron';
import { defaultWorkspacePath, workspacesDir } from '../core/workspaces/workspace-session';
import { NEW_WORKSPACE_DIALOG_CHANNEL, OPEN_WORKSPACE_DIALOG_CHANNEL } from '../../shared/ipc/channels';
import { WORKSPACE_FILE_FILTERS, suggestedWorkspaceName, withWorkspaceExtension } from './dialog-paths';
import type { SenderGuard } from './ipc-bridge';

export interface WorkspaceDialogs {
  chooseWorkspaceFile(): Promise<string | null>;
  chooseNewWorkspaceFile(suggestedName: unknown): Promise<string | null>;
}

export function createWorkspaceDialogs(getWindow: () => BrowserWindow | null, dataDir: string): WorkspaceDialogs {
  const defaultFolder = (): string => {
    const dir = workspacesDir(dataDir);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  return {
    async chooseWorkspaceFile() {
      const options = { title: 'Open workspace', defaultPath: defaultFolder(), filters: WORKSPACE_FILE_FILTERS, properties: ['openFile' as const] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseNewWorkspaceFile(suggestedName) {
      defaultFolder();
      const options = {
        title: 'Create workspace',
        defaultPath: defaultWorkspacePath(dataDir, suggestedWorkspaceName(suggestedName)),
        filters: WORKSPACE_FILE_FILTERS,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withWorkspaceExtension(result.filePath);
    },
  };
}

export function registerDialogHandlers(dialogs: WorkspaceDialogs, isTrusted: SenderGuard): () => void {
  ipcMain.handle(OPEN_WORKSPACE_DIALOG_CHANNEL, (event) => (isTrusted(event) ? dialogs.chooseWorkspaceFile() : null));
  ipcMain.handle(NEW_WORKSPACE_DIALOG_CHANNEL, (event, suggestedName: unknown) =>
    isTrusted(event) ? dialogs.chooseNewWorkspaceFile(suggestedName) : null,
  );
  return () => {
    ipcMain.removeHandler(OPEN_WORKSPACE_DIALOG_CHANNEL);
    ipcMain.removeHandler(NEW_WORKSPACE_DIALOG_CHANNEL);
  };
}
