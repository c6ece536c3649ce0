// The one procedure channel between the renderer and the backend, and the one event channel back.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../core/backend';
import type { Logger } from '../core/logger';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/contract';
import { isTrustedSender, type SenderFacts } from './sender-policy';
import { isAppUrl, type RendererOrigins } from './url-policy';

export type SenderGuard = (event: IpcMainInvokeEvent) => boolean;

function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  try {
    return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isTopFrame: frame !== null && frame.parent === null };
  } catch {
    // A frame disposed mid-call throws on access: treat it as gone.
    return { webContentsId: event.sender.id, frameUrl: null, isTopFrame: false };
  }
}

/** Every IPC handler asks this first: is it our main window's top frame, showing our origin? */
export function createSenderGuard(getWindow: () => BrowserWindow | null, origins: RendererOrigins, logger: Logger): SenderGuard {
  return (event) => {
    const window = getWindow();
    const mainId = window && !window.isDestroyed() ? window.webContents.id : null;
    const facts = senderFacts(event);
    if (isTrustedSender(facts, mainId, origins)) return true;
    logger.warn('refused IPC from an untrusted sender', { frameUrl: facts.frameUrl?.slice(0, 200) ?? null });
    return false;
  };
}

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not call the app.' } };

/** Returns a function that removes the handler and the event subscription. */
export function registerIpcBridge(
  backend: Backend,
  getWindow: () => BrowserWindow | null,
  isTrusted: SenderGuard,
  origins: RendererOrigins,
): () => void {
  // The backend validates name and input itself (router → zod); main only decides who may ask.
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown) => (isTrusted(event) ? backend.call(name, input) : FORBIDDEN));

  const unsubscribe = backend.onEvent((name, payload) => {
    const window = getWindow();
    // Events carry workspace paths: only to our own page, as the sender check is for calls.
    if (window && !window.isDestroyed() && isAppUrl(window.webContents.getURL(), origins)) {
      window.webContents.send(EVENT_CHANNEL, name, payload);
    }
  });

  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
