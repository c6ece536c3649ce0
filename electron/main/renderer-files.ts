// Maps app://renderer/… requests to files in out/renderer. Pure (node:path only) so path traversal is
// unit-tested without Electron.
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './url-policy';

/**
 * Same policy as the <meta> tag in renderer/index.html and the browser build's header
 * (electron/server/static-files.ts): a header also covers responses that are not HTML.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type RendererFileResult = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * The file inside `rendererDir` a request URL names, or why not. Refuses other hosts, traversal
 * (`..`, encoded or not, backslashes), NUL bytes and absolute paths. A path without an extension is
 * a client-side route and gets index.html; a missing asset is a 404, never index.html, so a broken
 * build fails loudly instead of running HTML as a script.
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string): RendererFileResult {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'Bad URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403, reason: 'Unknown host' };

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'Bad path encoding' };
  }
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 400, reason: 'Bad path' };
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { ok: false, status: 403, reason: 'Path traversal' };

  const root = resolve(rendererDir);
  const relativePath = segments.length === 0 || extname(segments[segments.length - 1] ?? '') === '' ? 'index.html' : join(...segments);
  const file = resolve(root, relativePath);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'Outside the renderer folder' };
  }
  return { ok: true, file };
}
