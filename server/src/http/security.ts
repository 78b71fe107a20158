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

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  };
}

export interface OriginOptions {
  /** Origins besides the server's own that may write (e.g. the public https origin behind a proxy). */
  allowedOrigins: readonly string[];
  /** Behind a reverse proxy: take the scheme and host from X-Forwarded-Proto / X-Forwarded-Host. */
  trustProxy: boolean;
}

/** Every request that changes something must come from a page of this server (Origin header). */
export function originCheck(options: OriginOptions): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('origin');
    const url = new URL(c.req.url);
    const proto = options.trustProxy ? (c.req.header('x-forwarded-proto')?.split(',')[0].trim() ?? url.protocol.slice(0, -1)) : url.protocol.slice(0, -1);
    const host = options.trustProxy ? (c.req.header('x-forwarded-host')?.split(',')[0].trim() ?? url.host) : url.host;
    const own = `${proto}://${host}`;
    if (!origin || (origin !== own && !options.allowedOrigins.includes(origin))) {
      throw new ApiError(403, 'bad_origin', origin ? `拒绝来自其他网站（${origin.slice(0, 80)}）的修改请求` : '修改请求缺少 Origin 标头，已拒绝');
    }
    return next();
  };
}
