import { createReadStream, existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS, contentTypeOf, resolveRendererPath } from '../core/renderer-files';

export function securityHeaders(): Record<string, string> {
  return { ...SECURITY_HEADERS };
}

/** Serves the built renderer with the same path rules and headers as the desktop app's app:// handler. */
export function serveStatic(rendererDir: string, encodedPath: string, res: ServerResponse, method: string): void {
  const resolved = resolveRendererPath(rendererDir, encodedPath);
  if (!resolved.ok) {
    res.writeHead(resolved.status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(resolved.reason);
    return;
  }
  if (!existsSync(resolved.file)) {
    const missingBuild = resolved.file.endsWith('index.html');
    res
      .writeHead(missingBuild ? 500 : 404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
      .end(missingBuild ? 'The app has not been built. Run `npm run build` first.' : 'Not found');
    return;
  }
  const isIndex = resolved.file.endsWith('index.html');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': contentTypeOf(resolved.file),
    // Built assets have content hashes in their names; index.html must always be fresh.
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (method === 'HEAD') res.end();
  else createReadStream(resolved.file).pipe(res);
}
