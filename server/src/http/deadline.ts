import { CONTENT_SECURITY_POLICY } from './security';

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
      timer = setTimeout(() => {
        resolve(
          new Response(JSON.stringify({ error: { code: 'timeout', message: `服务器 ${Math.round(ms / 1000)} 秒内未能完成请求（数据库繁忙或不可用），请稍后再试；修改是否已保存，请刷新后查看` } }), {
            status: 503,
            headers: { 'Content-Type': 'application/json; charset=UTF-8', 'Retry-After': '5', 'Cache-Control': 'no-store', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
          }),
        );
      }, ms);
    });
    return Promise.race([Promise.resolve(fetch(req, ...rest)), late]).finally(() => clearTimeout(timer));
  };
}
