// Guards applied to every webContents the app ever creates. The renderer is treated as untrusted:
// an XSS must not be able to navigate, open windows, attach webviews or gain permissions.
import { app, shell, type Session, type WebContents } from 'electron';
import type { Logger } from '../core/logger';
import { allowedExternalUrl, decideNavigation, type RendererOrigins } from './url-policy';

/** The app needs no web permission (camera, notifications, clipboard-read…): refuse every request and check. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function openInSystemBrowser(raw: string, logger: Logger): void {
  const url = allowedExternalUrl(raw);
  if (url === null) {
    logger.warn('refused to open a link outside the allowlist', { url: raw.slice(0, 200) });
    return;
  }
  shell.openExternal(url).catch((error: unknown) => logger.warn('could not open the system browser', { reason: String(error) }));
}

export function hardenWebContents(contents: WebContents, origins: RendererOrigins, logger: Logger): void {
  denyAllPermissions(contents.session);

  const guardNavigation = (event: { url: string; preventDefault(): void }): void => {
    const decision = decideNavigation(event.url, origins);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openInSystemBrowser(event.url, logger);
    else logger.warn('blocked navigation', { url: event.url.slice(0, 200) });
  };
  const denyUnlessOurs = (event: { url: string; preventDefault(): void }): void => {
    if (decideNavigation(event.url, origins) === 'allow') return;
    event.preventDefault();
    logger.warn('blocked navigation', { url: event.url.slice(0, 200) });
  };
  contents.on('will-navigate', guardNavigation);
  // A redirect is the server's doing, not a click: never worth opening a browser for.
  contents.on('will-redirect', denyUnlessOurs);
  // will-navigate covers only the top frame; iframes may not leave our origin either (top-frame
  // navigations arrive here too and were handled above).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) denyUnlessOurs(event);
  });

  // window.open and target=_blank: never a new Electron window; allowlisted links go to the browser.
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url, logger);
    return { action: 'deny' };
  });

  // webviewTag is off, but refuse here too in case a future window turns it on.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Covers windows created later as well as the main window; call before the first window exists. */
export function installSecurityGuards(origins: RendererOrigins, logger: Logger): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins, logger));
}
