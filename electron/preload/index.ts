// The whole bridge between the sandboxed page and main. Runs in the sandbox, so: no npm packages,
// one CommonJS file, and nothing of Electron handed to the page except these functions.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
  isEventName,
  isProcedureName,
  NEW_WORKSPACE_DIALOG_CHANNEL,
  OPEN_WORKSPACE_DIALOG_CHANNEL,
  type EventName,
  type ProcedureName,
} from '../../shared/ipc/channels';

const api = {
  invoke(name: ProcedureName, input: unknown) {
    if (!isProcedureName(name)) {
      return Promise.resolve({ ok: false as const, error: { code: 'UNKNOWN_PROCEDURE' as const, message: `Unknown procedure: ${String(name)}` } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, input);
  },
  on(listener: (name: EventName, payload: unknown) => void) {
    if (typeof listener !== 'function') throw new TypeError('api.on expects a function');
    // The page gets (name, payload) only: IpcRendererEvent would hand it `sender`, i.e. ipcRenderer.
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (isEventName(name)) listener(name, payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  desktop: {
    chooseWorkspaceFile: (): Promise<string | null> => ipcRenderer.invoke(OPEN_WORKSPACE_DIALOG_CHANNEL),
    chooseNewWorkspaceFile: (suggestedName: string): Promise<string | null> =>
      ipcRenderer.invoke(NEW_WORKSPACE_DIALOG_CHANNEL, String(suggestedName)),
    // Electron 32+ no longer puts a path on File; only the preload can ask for it.
    pathForDroppedFile: (file: File): string => webUtils.getPathForFile(file),
  },
};

/** The shape exposed as window.api; preload-contract.test.ts checks it against shared/ipc/window-api.ts. */
export type ExposedApi = typeof api;

contextBridge.exposeInMainWorld('api', api);
