import type { EventName, ProcedureName } from './channels';
import type { Result } from './contract';

/** What the preload exposes as window.api, and what the HTTP bridge imitates. */
export interface WindowApi {
  invoke(name: ProcedureName, input: unknown): Promise<Result<unknown>>;
  /** Returns an unsubscribe function. The listener never sees Electron's event object. */
  on(listener: (name: EventName, payload: unknown) => void): () => void;
  /** Desktop only: native dialogs and file drops; absent in the browser build. */
  desktop?: DesktopApi;
}

export interface DesktopApi {
  /** Opens a native "open workspace" dialog; resolves to the chosen path or null. */
  chooseWorkspaceFile(): Promise<string | null>;
  /** Opens a native "save as" dialog for a new workspace; resolves to the chosen path or null. */
  chooseNewWorkspaceFile(suggestedName: string): Promise<string | null>;
  /**
   * Absolute path of a file dropped onto the window (Electron's webUtils.getPathForFile). The
   * argument is a DOM File; typed loosely because shared/ has no DOM types.
   */
  pathForDroppedFile(file: object): string;
}
