// The built renderer's files, for both ways of serving it (app:// in Electron, HTTP in the server).
// Pure (node:path only) so path traversal is unit-tested without Electron or a socket.
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Same policy as the <meta> tag in renderer/index.html (checked by a test): sent as a header too,
 * so it also covers responses that are not HTML.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
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
 * The file inside `rendererDir` a URL path (still percent-encoded) names, or why not. Refuses
 * traversal (`..`, encoded or not, backslashes), NUL bytes and absolute paths. A path without an
 * extension is a client-side route and gets index.html; a missing asset is a 404, never
 * index.html, so a broken build fails loudly instead of running HTML as a script.
 */
export function resolveRendererPath(rendererDir: string, encodedPath: string): RendererFileResult {
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
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
