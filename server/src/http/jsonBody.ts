import type { Context } from 'hono';
import { ApiError, badRequest } from './errors';

/**
 * A request's body as parsed JSON: 415 unless it is sent as JSON, 400 when it does not parse. What
 * shape it must have is the caller's check.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'bad_content_type', '请求内容须为 JSON（Content-Type: application/json）');
  try {
    return JSON.parse(await c.req.text());
  } catch {
    throw badRequest('bad_json', '请求内容不是有效的 JSON');
  }
}
