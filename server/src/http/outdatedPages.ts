import type { MiddlewareHandler } from 'hono';
import { PAGE_API } from '../../../src/quotas/shared/apiTypes';
import { ApiError } from './errors';

/**
 * A page of the app says which API names it reads (PAGE_API: a header on its requests, a query
 * parameter on its event stream). Schema 4 renamed the quota column `metric` to `field` in every
 * row the API sends; a page loaded before the upgrade (still open, or served once more from the
 * previous service worker's cache) keys rows by `metric` and would show an empty record without a
 * word. A browser's request (browsers send `Sec-Fetch-Site` with every request, fetch and
 * EventSource alike) that does not name a version at least PAGE_API.version is such a page: the
 * calls that answer with rows refuse it with 409 `page_outdated`, whose message the old page shows
 * (it asks to reload). Scripts, curl, Node's fetch and the tests send no `Sec-Fetch-Site` and are
 * not asked (Node's fetch does send Sec-Fetch-Mode, so that one cannot tell).
 */
export function refuseOutdatedPages(): MiddlewareHandler {
  return async (c, next) => {
    // A page open through the upgrade reconnects its stream with its last event id: it is let
    // through to be sent the migration's `upgraded` event, a `reset`, and reloads. A freshly loaded
    // old page has no id: refused like its reads, so that a reload never loops.
    const reconnecting = c.req.header('last-event-id') !== undefined && c.req.path.endsWith('/events');
    if (c.req.header('sec-fetch-site') !== undefined && !reconnecting) {
      const said = Number(c.req.header(PAGE_API.header) ?? c.req.query(PAGE_API.query));
      if (!(said >= PAGE_API.version)) throw new ApiError(409, 'page_outdated', '此页面是服务器升级之前打开的旧版本，读不了新的数据：请刷新页面（若仍提示，再刷新一次）');
    }
    return next();
  };
}
