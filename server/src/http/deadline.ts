import { CONTENT_SECURITY_POLICY } from './security';

const DELIVERY_MARGIN_MS = 300;

/**
 * No request waits longer than `ms`: past it the client gets 503 with Retry-After (the database
 * layer gives up its statements before that, so this is the last guard, e.g. for a PGlite queue).
 * A streamed answer (events) counts as answered once its headers are out.
 */
export function withDeadline<Rest extends unknown[]>(fetch: (req: Request, ...rest: Rest) => Response | Promise<Response>, timeoutMs: number | (() => number)) {
  return (req: Request, ...rest: Rest): Promise<Response> => {
    const ms = typeof timeoutMs === 'number' ? timeoutMs : timeoutMs();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Response>((resolve) => {
      // A little early, so that the answer is at the client within `ms` even when a loaded event
      // loop fires the timer late and takes a moment to send it (measured: up to 0.15 s late).
      timer = setTimeout(() => {
        resolve(
          new Response(JSON.stringify({ error: { code: 'timeout', message: `服务器 ${Math.round(ms / 1000)} 秒内未能完成请求（数据库繁忙或不可用），请稍后再试；修改是否已保存，请刷新后查看` } }), {
            status: 503,
            headers: { 'Content-Type': 'application/json; charset=UTF-8', 'Retry-After': '5', 'Cache-Control': 'no-store', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
          }),
        );
      }, ms - Math.min(DELIVERY_MARGIN_MS, ms / 10));
    });
    return Promise.race([Promise.resolve(fetch(req, ...rest)), late]).finally(() => clearTimeout(timer));
  };
}
