// Serves the built renderer from app://renderer/ instead of file://: a custom origin gets no
// file-system privileges, so an XSS cannot read local files, and every response carries our CSP.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import type { Logger } from '../core/logger';
import { SECURITY_HEADERS, contentTypeOf, resolveRendererFile } from './renderer-files';
import { APP_SCHEME } from './url-policy';

/** Must run before 'ready'. `standard` gives real origins and relative URLs; `secure` a secure context. */
export function registerAppScheme(): void {
  // No corsEnabled, bypassCSP or service workers: nothing outside our origin may read from app://.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, codeCache: true } }]);
}

function refusal(status: number, reason: string): Response {
  return new Response(reason, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

export function serveRenderer(rendererDir: string, logger: Logger): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    const resolved = resolveRendererFile(rendererDir, request.url);
    if (!resolved.ok) {
      logger.warn('refused an app:// request', { url: request.url.slice(0, 200), reason: resolved.reason });
      return refusal(resolved.status, resolved.reason);
    }
    try {
      const body = await readFile(resolved.file);
      return new Response(request.method === 'HEAD' ? null : body, {
        headers: { ...SECURITY_HEADERS, 'content-type': contentTypeOf(resolved.file), 'cache-control': 'no-cache' },
      });
    } catch {
      return refusal(404, 'Not found');
    }
  });
}
