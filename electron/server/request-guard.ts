import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_COOKIE = 'cr_token';

export interface GuardConfig {
  port: number;
  token: string;
}

/** The Host values we answer to. Anything else (e.g. a DNS-rebinding attacker's name) is refused. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`);
}

export function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export type GuardVerdict =
  | { ok: true }
  | { ok: false; status: 400 | 401 | 403 | 421; reason: string };

/**
 * Every request must come to our own host name (a DNS-rebinding attacker's name is refused) and,
 * when a browser says where it comes from, from our own page.
 */
export function checkHostAndOrigin(headers: IncomingHttpHeaders, port: number): GuardVerdict {
  const host = headers.host;
  if (!host || !allowedHosts(port).includes(host.toLowerCase())) {
    return { ok: false, status: 421, reason: 'Unexpected Host header' };
  }
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) {
    return { ok: false, status: 403, reason: 'Cross-origin requests are not allowed' };
  }
  if (headers['sec-fetch-site'] === 'cross-site') {
    return { ok: false, status: 403, reason: 'Cross-site requests are not allowed' };
  }
  return { ok: true };
}

/** The per-run token: the cookie set from the printed URL, or a bearer header for scripts. */
export function checkToken(headers: IncomingHttpHeaders, token: string): GuardVerdict {
  const bearer = headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  const presented = bearer ?? readCookie(headers.cookie, TOKEN_COOKIE);
  if (!presented || !tokensEqual(presented, token)) {
    return { ok: false, status: 401, reason: 'Missing or wrong access token' };
  }
  return { ok: true };
}

export function checkRequest(headers: IncomingHttpHeaders, config: GuardConfig): GuardVerdict {
  const place = checkHostAndOrigin(headers, config.port);
  return place.ok ? checkToken(headers, config.token) : place;
}
