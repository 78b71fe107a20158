import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionCache } from '../auth/sessionCache';
import type { YearCache } from '../quotas/yearCache';
import { PAGE_API } from '../../../src/quotas/shared/apiTypes';
import { isYear } from '../units';
import { matchesEtag } from './etag';
import { SECURITY_HEADERS, hostAllowed, hostName } from './security';

const QUOTAS = /^\/api\/v1\/quotas\?year=(\d{4})$/;
const SESSION = /(?:^|;\s*)dgmap_session=([A-Za-z0-9_-]{1,100})(?:;|$)/;

/**
 * The request every open page repeats, `GET /api/v1/quotas?year=…`, answered from memory without
 * going through the router: when the session and the year are both in this process's caches (and
 * so may be trusted: the event listener is live), the cached body is written with the headers the
 * API would send. Anything else (another request, a session or year not cached, a bad Host) returns
 * false and goes the ordinary way, which gives the same answer (app.ts; the API tests check both).
 * Per request this costs a regular expression, a cookie lookup and a hash of the token: measured,
 * the router, the middleware and the adapter's Request/Response objects cost several times that.
 */
export function quotaHotPath(sessions: SessionCache, years: YearCache, allowedHosts: readonly string[] | undefined) {
  const allowed = hostAllowed(allowedHosts);
  const headers200 = { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json; charset=UTF-8' };
  const headers304 = { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' };
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET') return false;
    const url = req.url;
    if (!url || url.length > 40) return false;
    const m = QUOTAS.exec(url);
    if (!m) return false;
    const year = Number(m[1]);
    if (!isYear(year)) return false;
    if (allowedHosts && !allowed(hostName(req.headers.host ?? ''))) return false;
    // a browser page that does not say it reads these rows' names: refused the ordinary way (outdatedPages.ts)
    if (req.headers['sec-fetch-site'] !== undefined && !(Number(req.headers[PAGE_API.header]) >= PAGE_API.version)) return false;
    const cookie = req.headers.cookie;
    const token = cookie ? SESSION.exec(cookie)?.[1] : undefined;
    if (!token || !sessions.cached(token)) return false;
    const answer = years.cached(year);
    if (!answer) return false;
    if (matchesEtag(req.headers['if-none-match'], answer.etag)) {
      res.writeHead(304, { ...headers304, ETag: answer.etag });
      res.end();
      return true;
    }
    res.writeHead(200, { ...headers200, ETag: answer.etag, 'Content-Length': answer.body.length });
    res.end(answer.body);
    return true;
  };
}
