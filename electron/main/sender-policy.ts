import { isAppUrl, type RendererOrigins } from './url-policy';

/** What main knows about the frame behind an IPC message, reduced to plain data so the rule is testable. */
export interface SenderFacts {
  /** The sending WebContents' id. */
  webContentsId: number;
  /** event.senderFrame?.url — null when the frame navigated away or was destroyed before we looked. */
  frameUrl: string | null;
  /** True when the message comes from the top-level frame, not an iframe. */
  isTopFrame: boolean;
}

/**
 * Only our main window's top-level page, showing our own origin, may call the backend. Anything else
 * (a destroyed frame, an iframe, a page that navigated elsewhere, another window) is refused.
 */
export function isTrustedSender(sender: SenderFacts, mainWebContentsId: number | null, origins: RendererOrigins): boolean {
  if (mainWebContentsId === null || sender.webContentsId !== mainWebContentsId) return false;
  if (sender.frameUrl === null || !sender.isTopFrame) return false;
  return isAppUrl(sender.frameUrl, origins);
}
