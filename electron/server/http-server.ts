import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Backend } from '../core/backend';
import { checkHostAndOrigin, checkRequest, TOKEN_COOKIE, tokensEqual } from './request-guard';
import { securityHeaders, serveStatic } from './static-files';

// Files travel as base64 inside JSON: a 25 MB file is about 34 MB of request.
const MAX_BODY_BYTES = 40 * 1024 * 1024;
const HEARTBEAT_MS = 20_000;

export interface AppServer {
  url: string;
  /** The address to open: carries the token once, which the server swaps for an HttpOnly cookie. */
  loginUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface AppServerOptions {
  backend: Backend;
  rendererDir: string;
  port?: number;
  token?: string;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders(), 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Serves the renderer and the contract (POST /rpc/:name, GET /events as SSE) on 127.0.0.1 only. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = options.backend.onEvent((name, payload) => {
    const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Server error' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const loginToken = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && loginToken !== null) {
      // Swap the one-time URL token for an HttpOnly cookie so scripts in the page never see it.
      if (!checkHostAndOrigin(req.headers, port).ok || !tokensEqual(loginToken, token)) {
        res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' }).end('This link is not valid for the running server.');
        return;
      }
      res.writeHead(303, {
        location: '/',
        'set-cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      res.end();
      return;
    }
    const verdict = checkRequest(req.headers, { port, token });
    if (!verdict.ok) {
      res.writeHead(verdict.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${verdict.reason}. Open the address printed by \`npm run serve\`.`);
      return;
    }
    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Use POST' } });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Send JSON (content-type: application/json)' } });
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request body is not valid JSON' } });
      }
      const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      return sendJson(res, 200, await options.backend.call(name, input));
    }
    if (url.pathname === '/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      sseClients.add(res);
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
      req.on('close', () => {
        clearInterval(heartbeat);
        sseClients.delete(res);
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(rendererDir, url.pathname, res, req.method);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    loginUrl: `${base}/?token=${token}`,
    port,
    token,
    async close() {
      unsubscribe();
      for (const client of sseClients) client.end();
      sseClients.clear();
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Browsers hold keep-alive connections open; without this, close() waits for them forever.
      server.closeAllConnections();
      await closed;
    },
  };
}
