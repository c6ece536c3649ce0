// Which URLs the app may show, navigate to or hand to the system browser. Pure (no electron import)
// so every rule is unit-tested under plain Node. Always parse with `new URL()`: prefix checks
// (`startsWith`) accept lookalikes such as https://gov.uk.evil.com.

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Sites a link in the app may open in the system browser: guidance the app cites. Exact host names,
 * not suffixes: a suffix rule would also trust any subdomain someone manages to register or take over.
 */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = [
  'gov.uk',
  'www.gov.uk',
  'find-and-update.company-information.service.gov.uk',
  'ghgprotocol.org',
  'www.ghgprotocol.org',
];

export interface RendererOrigins {
  /** electron-vite's dev server, trusted in development only; null when packaged. */
  devServerUrl: string | null;
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function hasCredentialsOrPort(url: URL): boolean {
  return url.username !== '' || url.password !== '' || url.port !== '';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL, or null. Ignored in a packaged app
 * (an environment variable must never make the installed app load remote content) and unless it is
 * plain http(s) on loopback.
 */
export function devServerUrlFrom(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !raw) return null;
  const url = parse(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/**
 * True for our own pages: app://renderer/… or, in development, the dev server's origin. Node gives
 * non-special schemes an opaque origin ('null'), so app:// is compared by scheme and host, not `.origin`.
 */
export function isAppUrl(raw: string, origins: RendererOrigins): boolean {
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST && !hasCredentialsOrPort(url);
  if (origins.devServerUrl === null) return false;
  const dev = parse(origins.devServerUrl);
  return dev !== null && url.origin === dev.origin;
}

/**
 * The normalised URL to hand to the system browser, or null: https only, no credentials or port, host
 * on the allowlist. Links can come from imported files and vendor data, so they are untrusted input.
 */
export function allowedExternalUrl(raw: string): string | null {
  const url = parse(raw);
  if (!url || url.protocol !== 'https:' || hasCredentialsOrPort(url)) return null;
  return EXTERNAL_HOST_ALLOWLIST.includes(url.hostname) ? url.href : null;
}

export function isAllowedExternalUrl(raw: string): boolean {
  return allowedExternalUrl(raw) !== null;
}

/** The page may only move within our own origin; an allowlisted link goes to the system browser instead. */
export function decideNavigation(raw: string, origins: RendererOrigins): NavigationDecision {
  if (isAppUrl(raw, origins)) return 'allow';
  return isAllowedExternalUrl(raw) ? 'open-external' : 'deny';
}

/** The URL the main window loads first. */
export function rendererEntryUrl(origins: RendererOrigins): string {
  return origins.devServerUrl ?? APP_ENTRY_URL;
}
