import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../core/testing/fixtures';
import { startAppServer, type AppServer } from './http-server';

let t: TestBackend;
let server: AppServer;

beforeEach(async () => {
  t = createTestBackend();
  const rendererDir = join(t.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  server = await startAppServer({ backend: t.backend, rendererDir, token: 'test-token' });
});
afterEach(async () => {
  await server.close();
  t.cleanup();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http rather than fetch, because fetch will not let us forge Host and Origin headers.
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const auth = { authorization: 'Bearer test-token' };
const json = { 'content-type': 'application/json' };

describe('app server', () => {
  it('binds to 127.0.0.1 and prints a login URL with the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.loginUrl).toBe(`${server.url}/?token=test-token`);
  });

  it('swaps the URL token for an HttpOnly SameSite=Strict cookie that then authorises requests', async () => {
    const login = await send('/?token=test-token');
    expect(login.status).toBe(303);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/cr_token=test-token; HttpOnly; SameSite=Strict; Path=\//);
    const page = await send('/', { headers: { cookie: 'cr_token=test-token' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses requests without the token, with a wrong token, or with a wrong login token', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/rpc/app.info', { method: 'POST', headers: { ...json, authorization: 'Bearer nope' }, body: '{}' })).status).toBe(401);
    expect((await send('/?token=guess')).status).toBe(401);
    expect((await send('/events')).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin even with the token', async () => {
    const rebind = await send('/rpc/app.info', { method: 'POST', headers: { ...json, ...auth, host: 'evil.example:80' }, body: '{}' });
    expect(rebind.status).toBe(421);
    const crossOrigin = await send('/rpc/app.info', { method: 'POST', headers: { ...json, ...auth, origin: 'http://localhost:1234' }, body: '{}' });
    expect(crossOrigin.status).toBe(403);
    const crossSite = await send('/rpc/app.info', { method: 'POST', headers: { ...json, ...auth, 'sec-fetch-site': 'cross-site' }, body: '{}' });
    expect(crossSite.status).toBe(403);
  });

  it('requires JSON for procedure calls (so cross-site forms cannot post)', async () => {
    const form = await send('/rpc/app.info', { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('runs procedures through the router and returns Results', async () => {
    const created = await send('/rpc/workspaces.create', { method: 'POST', headers: { ...json, ...auth, origin: `http://127.0.0.1:${server.port}` }, body: JSON.stringify(sampleCreateInput) });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { organisation: { name: 'Acme Widgets Ltd' } } });
    const invalid = await send('/rpc/sites.create', { method: 'POST', headers: { ...json, ...auth }, body: JSON.stringify({ name: 'X', country: 'GB', postcode: 'bad' }) });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const garbage = await send('/rpc/sites.create', { method: 'POST', headers: { ...json, ...auth }, body: '{not json' });
    expect(garbage.status).toBe(400);
    const unknown = await send('/rpc/nope', { method: 'POST', headers: { ...json, ...auth }, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
  });

  it('streams backend events as server-sent events', async () => {
    const events: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/events', headers: { host: `127.0.0.1:${server.port}`, ...auth } }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          events.push(chunk);
          if (chunk.includes('workspace.changed')) {
            req.destroy();
            resolve();
          }
        });
        void t.backend.invoke('workspaces.create', sampleCreateInput);
      });
      req.on('error', (e) => (events.some((c) => c.includes('workspace.changed')) ? resolve() : reject(e)));
      req.end();
    });
    await done;
    const frame = events.join('').split('\n').find((l) => l.includes('workspace.changed')) ?? '';
    expect(JSON.parse(frame.replace(/^data: /, ''))).toMatchObject({ name: 'workspace.changed', payload: { path: expect.stringMatching(/acme-widgets-ltd\.sqlite$/) } });
  });

  it('never serves files outside the renderer folder', async () => {
    writeFileSync(join(t.dir, 'secret.txt'), 'secret');
    const res = await send('/..%2Fsecret.txt', { headers: auth });
    expect(res.body).not.toContain('secret');
  });
});
