import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from './paths';
import { CONTENT_SECURITY_POLICY, resolveRendererPath } from './renderer-files';

describe('renderer files', () => {
  it('uses the same CSP as the <meta> tag in renderer/index.html', () => {
    const html = readFileSync(join(findAppRoot(), 'renderer', 'index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses traversal in every spelling', () => {
    for (const path of ['/../secret.txt', '/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/a/..%5C..%5Csecret', '/%00.js', '/%E0%A4%A']) {
      expect(resolveRendererPath('/srv/app', path).ok).toBe(false);
    }
  });

  it('maps routes to index.html and assets to themselves', () => {
    expect(resolveRendererPath('/srv/app', '/')).toEqual({ ok: true, file: '/srv/app/index.html' });
    expect(resolveRendererPath('/srv/app', '/settings')).toEqual({ ok: true, file: '/srv/app/index.html' });
    expect(resolveRendererPath('/srv/app', '/assets/index-abc.js')).toEqual({ ok: true, file: '/srv/app/assets/index-abc.js' });
  });
});
