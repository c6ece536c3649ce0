// Maps app://renderer/… requests to files in out/renderer (the path rules live in core, shared with
// the browser build's server).
import { resolveRendererPath, type RendererFileResult } from '../core/renderer-files';
import { APP_HOST, APP_SCHEME } from './url-policy';

export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, contentTypeOf, type RendererFileResult } from '../core/renderer-files';

/** The file an app:// URL names, or why not: other schemes and hosts are refused first. */
export function resolveRendererFile(rendererDir: string, requestUrl: string): RendererFileResult {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'Bad URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403, reason: 'Unknown host' };
  return resolveRendererPath(rendererDir, url.pathname);
}
