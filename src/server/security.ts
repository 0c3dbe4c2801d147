/**
 * Security of the HTTP server: response headers (a strict Content-Security-Policy: the web app has
 * no inline script or style), the write token, and guards against cross-site writes and DNS
 * rebinding, which matter even on 127.0.0.1 because any web page the user visits can send requests
 * to a loopback port.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

/**
 * The Content-Security-Policy of every response: everything from the server itself, nothing inline
 * (no `'unsafe-inline'`, no `'unsafe-eval'`), no plugins, no framing. Article text that slipped into
 * markup could therefore still not run a script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers added to every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Middleware: sets {@link SECURITY_HEADERS} on every response (errors and 404s included). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}

/** Host names that mean "this machine" (the names a browser uses for a loopback server). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The host name of a `Host` header value, without the port, lower case. */
export function hostName(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

/**
 * Middleware against DNS rebinding: without a token the server trusts only requests addressed to a
 * loopback name, so a hostile page whose domain was re-pointed at 127.0.0.1 cannot read the API.
 * With a token the server may be bound to a public address and every host name is accepted.
 */
export function hostGuard(tokenSet: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (!tokenSet) {
      const host = c.req.header('host');
      if (host !== undefined && !LOOPBACK_HOSTS.has(hostName(host))) {
        throw new HttpError(403, 'bad-host', `requests must be addressed to localhost or 127.0.0.1 (got Host: ${host}); bind with --token to serve other names`);
      }
    }
    await next();
  };
}

/**
 * Refuses requests with a body that come from another site (`Sec-Fetch-Site`, `Origin`): a page
 * elsewhere could otherwise post articles to a local server with a plain form.
 */
export function assertSameOrigin(c: Context): void {
  const site = c.req.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') {
    throw new HttpError(403, 'cross-site', 'cross-site requests may not write to or run analyses on this server');
  }
  const origin = c.req.header('origin');
  const host = c.req.header('host');
  if (origin !== undefined && origin !== 'null' && host !== undefined) {
    let originHost: string;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      throw new HttpError(403, 'cross-site', `bad Origin header ${JSON.stringify(origin)}`);
    }
    if (originHost !== host.trim().toLowerCase()) {
      throw new HttpError(403, 'cross-site', `requests from ${origin} may not write to this server`);
    }
  } else if (origin === 'null') {
    throw new HttpError(403, 'cross-site', 'requests from an opaque origin may not write to this server');
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** The token a request presents: `Authorization: Bearer …` or `X-Khabar-Token: …`. */
export function presentedToken(c: Context): string | undefined {
  const auth = c.req.header('authorization');
  if (auth !== undefined) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (m) return m[1]!.trim();
  }
  return c.req.header('x-khabar-token')?.trim() || undefined;
}

/**
 * Checks the write token in constant time (both sides hashed first, so lengths leak nothing).
 * Does nothing when the server has no token.
 */
export function assertToken(c: Context, token: string | undefined): void {
  if (token === undefined) return;
  const given = presentedToken(c);
  if (given === undefined) {
    throw new HttpError(401, 'token-required', 'this server needs a token for writes: send "Authorization: Bearer <token>"');
  }
  if (!timingSafeEqual(digest(given), digest(token))) throw new HttpError(403, 'bad-token', 'the token is not valid');
}

/** True for addresses that only this machine can reach. */
export function isLoopbackAddress(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
