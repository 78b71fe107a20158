import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors';

/**
 * Sent with every response. The page may load nothing from elsewhere (as the built page's own
 * meta policy says); the header adds what a meta tag cannot: no framing, no <base> rewriting.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const name in SECURITY_HEADERS) c.header(name, SECURITY_HEADERS[name]);
  };
}

export interface OriginOptions {
  /** Origins besides the server's own that may write (e.g. the public https origin behind a proxy). */
  allowedOrigins: readonly string[];
  /** Behind reverse proxies (their count): take the scheme and host from X-Forwarded-Proto / X-Forwarded-Host. */
  trustProxy: number;
}

/** Every request that changes something must come from a page of this server (Origin header). */
export function originCheck(options: OriginOptions): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('origin');
    const url = new URL(c.req.url);
    // The proxy nearest to the server writes these last (nginx: proxy_set_header replaces them).
    const forwarded = (name: string) => (options.trustProxy > 0 ? c.req.header(name)?.split(',').at(-1)?.trim() || undefined : undefined);
    const proto = forwarded('x-forwarded-proto') ?? url.protocol.slice(0, -1);
    const host = forwarded('x-forwarded-host') ?? url.host;
    const own = `${proto}://${host}`;
    if (!origin || (origin !== own && !options.allowedOrigins.includes(origin))) {
      throw new ApiError(403, 'bad_origin', origin ? `拒绝来自其他网站（${origin.slice(0, 80)}）的修改请求` : '修改请求缺少 Origin 标头，已拒绝');
    }
    return next();
  };
}

/**
 * The client's address. Behind `hops` trusted proxies, each appends the address it got the request
 * from to X-Forwarded-For: the entry `hops` from the right (counting the socket's address as the
 * last) is the one the outermost trusted proxy saw. Entries further left are the client's own
 * words and are never trusted.
 */
export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, hops: number): string {
  const socket = socketAddress ?? 'unknown';
  if (hops <= 0) return socket;
  const chain = [...(forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean), socket];
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/**
 * Only requests naming this server in Host are answered: a page on another site whose name was
 * made to resolve to this server (DNS rebinding) is refused before it reaches sign-in.
 */
export function hostCheck(allowedHosts: readonly string[] | undefined): MiddlewareHandler {
  const allowed = hostAllowed(allowedHosts);
  return async (c, next) => {
    if (!allowedHosts) return next();
    const name = hostName(c.req.header('host') ?? new URL(c.req.url).host);
    if (!allowed(name)) {
      return c.json({ error: { code: 'bad_host', message: `主机名「${name.slice(0, 80)}」不在 ALLOWED_HOSTS 中，已拒绝` } }, 421);
    }
    return next();
  };
}

/** The host name (without port) a Host header names, lower case. */
export function hostName(hostHeader: string): string {
  const host = hostHeader.toLowerCase();
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
}

/** Whether a host name may be answered (any, when no list is given). */
export function hostAllowed(allowedHosts: readonly string[] | undefined): (name: string) => boolean {
  if (!allowedHosts) return () => true;
  const allowed = new Set(allowedHosts);
  return (name) => allowed.has(name);
}
