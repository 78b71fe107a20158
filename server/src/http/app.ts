import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import * as z from 'zod';
import {
  LOGIN_LIMITS,
  ROLE_LABELS,
  checkCredentials,
  createSession,
  deleteSession,
  loginBlocked,
  recordLoginFailure,
  sessionUser,
  type User,
} from '../auth/users';
import type { Database } from '../db/database';
import type { EventHub } from '../events/hub';
import { MAX_COUNT, applyImport, confirmCell, previewImport, putCell, readAudit, readYear, undoImport } from '../quotas/cells';
import { YEARS, isQuotaField, isQuotaUnit, isYear, type QuotaField } from '../units';
import { ApiError, badRequest, errorBody, notSignedIn } from './errors';
import { originCheck, securityHeaders } from './security';

export interface AppOptions {
  db: Database;
  hub: EventHub;
  schemaVersion: number;
  sessionTtlSeconds: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  allowedOrigins: readonly string[];
  /** Client address of a request (the socket's), when not behind a trusted proxy. */
  remoteAddress?: (c: Context) => string | undefined;
  /** Serves the app's static bundle; absent in API-only tests. */
  staticFiles?: Hono;
}

export const SESSION_COOKIE = 'dgmap_session';
const JSON_LIMIT = 16 * 1024;
const CSV_LIMIT = 4 * 1024 * 1024;

type Env = { Variables: { user: User | null } };

const credentials = z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) });
const cellWrite = z.strictObject({
  value: z.number().int().min(0).max(MAX_COUNT).nullable(),
  version: z.number().int().min(0).max(2_147_483_647),
});
const cellConfirm = z.strictObject({ version: z.number().int().min(0).max(2_147_483_647) });

const FIELD_NAMES: Record<string, string> = { username: '用户名', password: '密码', value: '数值 value', version: '版本 version' };

async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'bad_content_type', '请求内容须为 JSON（Content-Type: application/json）');
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch {
    throw badRequest('bad_json', '请求内容不是有效的 JSON');
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') throw badRequest('unknown_field', `不认识的字段：${issue.keys.map((k) => k.slice(0, 40)).join('、')}`);
  const field = FIELD_NAMES[String(issue.path[0])] ?? String(issue.path[0] ?? '请求内容');
  if (issue.path.length === 0) throw badRequest('bad_body', '请求内容应为一个 JSON 对象');
  const what = field.startsWith('数值') ? `应为 0 到 ${MAX_COUNT} 的整数，或 null（清除）` : field.startsWith('版本') ? '应为非负整数' : '应为非空文本';
  throw badRequest('bad_field', `${field}${issue.code === 'invalid_type' && issue.input === undefined ? '缺失' : '无效'}：${what}`);
}

function parseYear(text: string | undefined): number {
  const year = /^\d{4}$/.test(text ?? '') ? Number(text) : NaN;
  if (!isYear(year)) throw badRequest('unknown_year', `年份「${(text ?? '').slice(0, 20)}」无效，应为 ${YEARS.join('、')}`);
  return year;
}

function parseCell(c: Context): { unit: string; year: number; metric: QuotaField } {
  const unit = c.req.param('unit') ?? '';
  if (!isQuotaUnit(unit)) throw badRequest('unknown_unit', `未知镇街「${String(unit).slice(0, 30)}」`);
  const year = parseYear(c.req.param('year'));
  const metric = c.req.param('metric');
  if (!isQuotaField(metric)) throw badRequest('unknown_metric', `未知指标「${String(metric ?? "").slice(0, 30)}」，应为 discovery_quota、landing_quota、discovery_actual、landing_actual`);
  return { unit, year, metric };
}

export function createApp(options: AppOptions): Hono<Env> {
  const { db, hub } = options;
  const app = new Hono<Env>();
  const clientAddress = (c: Context) =>
    (options.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0].trim() : undefined) ?? options.remoteAddress?.(c) ?? 'unknown';

  const tooLarge = (limit: number) =>
    bodyLimit({ maxSize: limit, onError: () => { throw new ApiError(413, 'too_large', `请求内容过大（上限 ${Math.round(limit / 1024)} KB）`); } });

  app.use('*', securityHeaders());
  app.use('/api/*', originCheck(options));
  app.use('/api/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('user', token && token.length <= 100 ? await sessionUser(db, token) : null);
    c.header('Cache-Control', 'no-store');
    return next();
  });
  const requireUser = (c: Context<Env>): User => {
    const user = c.get('user');
    if (!user) throw notSignedIn();
    return user;
  };

  const api = new Hono<Env>();

  // The year lists are read far more often than written: kept per process until the next change
  // (any process's change reaches this one as an event; this process's own writes clear it at once).
  const yearCache = new Map<number, Awaited<ReturnType<typeof readYear>>>();
  let generation = 0;
  const invalidate = () => {
    generation++;
    yearCache.clear();
  };
  hub.subscribe(invalidate);
  const afterWrite = async <T>(write: Promise<T>): Promise<T> => {
    try {
      return await write;
    } finally {
      invalidate();
    }
  };
  const cachedYear = async (year: number) => {
    const hit = yearCache.get(year);
    if (hit) return hit;
    const started = generation;
    const rows = await readYear(db, year);
    if (generation === started) yearCache.set(year, rows);
    return rows;
  };

  api.get('/health', (c) => c.json({ ok: true, database: db.kind, schemaVersion: options.schemaVersion }));

  api.post('/session', tooLarge(JSON_LIMIT), async (c) => {
    const { username, password } = await readJson(c, credentials);
    const keys = [`user:${username}`, `addr:${clientAddress(c)}`];
    if (await loginBlocked(db, keys)) {
      c.header('Retry-After', String(LOGIN_LIMITS.windowSeconds));
      throw new ApiError(429, 'too_many_attempts', `登录失败次数过多，请 ${LOGIN_LIMITS.windowSeconds / 60} 分钟后再试`);
    }
    const user = await checkCredentials(db, username, password);
    if (!user) {
      await recordLoginFailure(db, keys);
      throw new ApiError(401, 'bad_credentials', '用户名或密码不正确，或账号已停用');
    }
    const token = await createSession(db, user.id, options.sessionTtlSeconds);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: options.cookieSecure,
      path: '/',
      maxAge: options.sessionTtlSeconds,
    });
    return c.json(describeUser(user));
  });

  api.get('/session', (c) => c.json(describeUser(requireUser(c))));

  api.delete('/session', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: options.cookieSecure, sameSite: 'Strict', httpOnly: true });
    return c.json({ ok: true });
  });

  api.get('/quotas', async (c) => {
    requireUser(c);
    const year = parseYear(c.req.query('year'));
    return c.json({ rows: await cachedYear(year) });
  });

  api.post('/quotas/import', tooLarge(CSV_LIMIT), async (c) => {
    const user = requireUser(c);
    const type = c.req.header('content-type') ?? '';
    if (!/^text\/(csv|plain)\b/i.test(type)) throw new ApiError(415, 'bad_content_type', '导入的内容须为 CSV 文本（Content-Type: text/csv）');
    const csv = await c.req.text();
    const dryRun = c.req.query('dryRun');
    if (dryRun === '1' || dryRun === 'true') return c.json(await previewImport(db, user, csv));

    const token = c.req.header('x-preview-token') ?? null;
    const result = await afterWrite(applyImport(db, user, csv, token));
    return c.json({ importId: result.importId, changed: result.rows.length, rows: result.rows });
  });

  api.post('/imports/:id/undo', async (c) => {
    const user = requireUser(c);
    const id = c.req.param('id');
    if (!/^\d{1,9}$/.test(id)) throw badRequest('bad_import_id', '导入编号无效');
    return c.json({ rows: await afterWrite(undoImport(db, user, Number(id))) });
  });

  api.put('/quotas/:unit/:year/:metric', tooLarge(JSON_LIMIT), async (c) => {
    const user = requireUser(c);
    const { unit, year, metric } = parseCell(c);
    const { value, version } = await readJson(c, cellWrite);
    return c.json(await afterWrite(putCell(db, user, unit, year, metric, value, version)));
  });

  api.post('/quotas/:unit/:year/:metric/confirm', tooLarge(JSON_LIMIT), async (c) => {
    const user = requireUser(c);
    const { unit, year, metric } = parseCell(c);
    const { version } = await readJson(c, cellConfirm);
    return c.json(await afterWrite(confirmCell(db, user, unit, year, metric, version)));
  });

  api.get('/audit', async (c) => {
    requireUser(c);
    const unit = c.req.query('unit') || undefined;
    if (unit !== undefined && !isQuotaUnit(unit)) throw badRequest('unknown_unit', `未知镇街「${String(unit).slice(0, 30)}」`);
    const yearText = c.req.query('year') || undefined;
    const year = yearText === undefined ? undefined : parseYear(yearText);
    const metric = c.req.query('metric') || undefined;
    if (metric !== undefined && !isQuotaField(metric)) throw badRequest('unknown_metric', `未知指标「${String(metric).slice(0, 30)}」`);
    const limitText = c.req.query('limit') ?? '200';
    const limit = /^\d{1,5}$/.test(limitText) ? Math.min(Number(limitText), 10_000) : NaN;
    if (!(limit >= 1)) throw badRequest('bad_limit', 'limit 应为 1 到 10000 的整数');
    return c.json({ entries: await readAudit(db, { unit, year, metric, limit }) });
  });

  api.get('/events', (c) => {
    requireUser(c);
    const lastEventId = Number(c.req.header('last-event-id') ?? c.req.query('after') ?? NaN);
    return streamSSE(c, async (stream) => {
      let queue: Promise<unknown> = Promise.resolve();
      const send = (id: number, payload: unknown) => {
        queue = queue.then(() => stream.writeSSE({ id: String(id), event: 'change', data: JSON.stringify(payload) })).catch(() => {});
      };
      const unsubscribe = hub.subscribe((e) => send(e.id, e.payload));
      stream.onAbort(() => unsubscribe());
      if (Number.isInteger(lastEventId) && lastEventId >= 0) for (const e of await hub.since(lastEventId)) send(e.id, e.payload);
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(15_000);
        queue = queue.then(() => stream.write(': keep-alive\n\n')).catch(() => {});
      }
      unsubscribe();
    });
  });

  api.all('*', () => {
    throw new ApiError(404, 'not_found', '没有这个接口');
  });

  app.route('/api/v1', api);
  app.all('/api/*', () => {
    throw new ApiError(404, 'not_found', '没有这个接口');
  });
  if (options.staticFiles) app.route('/', options.staticFiles);

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err), err.status);
    console.error(err);
    return c.json({ error: { code: 'internal', message: '服务器内部错误，请稍后再试' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: '没有这个地址' } }, 404));
  return app;
}

function describeUser(user: User) {
  return { username: user.username, role: user.role, roleLabel: ROLE_LABELS[user.role], unit: user.unit };
}
