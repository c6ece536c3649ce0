import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, contentTypeOf, resolveRendererFile } from './renderer-files';

const root = resolve('/srv/app/out/renderer');

function fileFor(url: string): string | null {
  const result = resolveRendererFile(root, url);
  return result.ok ? result.file : null;
}

describe('app:// file resolution', () => {
  it('serves files inside the renderer folder', () => {
    expect(fileFor('app://renderer/index.html')).toBe(join(root, 'index.html'));
    expect(fileFor('app://renderer/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(fileFor('app://renderer/assets/my%20font.woff2')).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it('answers client-side routes with index.html', () => {
    expect(fileFor('app://renderer/')).toBe(join(root, 'index.html'));
    expect(fileFor('app://renderer/reports/secr')).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/%2e%2e/%2e%2e/etc/passwd',
    'app://renderer/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://renderer/..%5c..%5cwindows%5cwin.ini',
    'app://renderer/assets\\..\\..\\secret.txt',
    'app://renderer/index.html%00.js',
    'app://renderer/%E0%A4%A',
    'app://evil/index.html',
    'app://renderer.evil/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('never leaves the folder for %s', (url) => {
    const file = fileFor(url);
    if (file !== null) expect(file.startsWith(root + '/') || file.startsWith(root + '\\')).toBe(true);
  });

  it('refuses traversal explicitly rather than clamping it', () => {
    expect(resolveRendererFile(root, 'app://renderer/assets/..%2f..%2fsecret.txt')).toMatchObject({ ok: false, status: 403 });
    expect(resolveRendererFile(root, 'app://evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveRendererFile(root, 'app://renderer/a%00.js')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('response headers', () => {
  it('carries a strict CSP', () => {
    expect(SECURITY_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('types what it serves', () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/x/a.unknown')).toBe('application/octet-stream');
  });
});
