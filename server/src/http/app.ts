import { Hono, type Context } from 'hono';
import { matchesEtag } from './etag';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import * as z from 'zod';
import { SessionCache } from '../auth/sessionCache';
import { ROLE_LABELS, checkCredentials, clearLoginAttempts, createSession, deleteSession, loginKey, reserveLoginAttempt, type User } from '../auth/users';
import { isUnavailable, type Database } from '../db/database';
import { latestSchemaVersion } from '../db/migrate';
import type { EventHub, StoredEvent } from '../events/hub';
import { MAX_COUNT, applyImport, confirmCell, previewImport, putCell, readAudit, undoImport, type QuotaRow } from '../quotas/cells';
import { YearCache } from '../quotas/yearCache';
import { planRoutes } from '../plans/routes';
import { YEARS, isQuotaField, isQuotaUnit, isYear, type QuotaField } from '../units';
import { ApiError, badRequest, errorBody, notSignedIn } from './errors';
import { quotaHotPath } from './hotPath';
import { readJsonBody } from './jsonBody';
import { refuseOutdatedPages } from './outdatedPages';
import { clientAddress, hostCheck, originCheck, securityHeaders } from './security';

export interface AppOptions {
  db: Database;
  hub: EventHub;
  schemaVersion: number;
  sessionTtlSeconds: number;
  cookieSecure: boolean;
  /** Trusted reverse proxies in front (0: none); see clientAddress. */
  trustProxy: number;
  allowedOrigins: readonly string[];
  /** Host names requests may name (absent: any, for in-process tests). */
  allowedHosts?: readonly string[];
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
  const parsed = schema.safeParse(await readJsonBody(c));
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

function parseCell(c: Context): { unit: string; year: number; field: QuotaField } {
  const unit = c.req.param('unit') ?? '';
  if (!isQuotaUnit(unit)) throw badRequest('unknown_unit', `未知镇街「${String(unit).slice(0, 30)}」`);
  const year = parseYear(c.req.param('year'));
  const field = c.req.param('field');
  if (!isQuotaField(field)) throw badRequest('unknown_quota_field', `未知指标「${String(field ?? "").slice(0, 30)}」，应为 discovery_quota、landing_quota、discovery_actual、landing_actual`);
  return { unit, year, field };
}

export function createApp(options: AppOptions): Hono<Env> {
  return createApi(options).app;
}

/** The API, and its hot path for the node server (hotPath.ts): both answer from the same caches. */
export function createApi(options: AppOptions): { app: Hono<Env>; hotPath: ReturnType<typeof quotaHotPath> } {
  const { db, hub } = options;
  const app = new Hono<Env>();
  const addressOf = (c: Context) => clientAddress(c.req.header('x-forwarded-for'), options.remoteAddress?.(c), options.trustProxy);
  const sessions = new SessionCache(db, hub);

  const tooLarge = (limit: number) =>
    bodyLimit({ maxSize: limit, onError: () => { throw new ApiError(413, 'too_large', `请求内容过大（上限 ${Math.round(limit / 1024)} KB）`); } });

  app.use('*', securityHeaders());
  app.use('*', hostCheck(options.allowedHosts));
  app.use('/api/*', originCheck(options));
  app.use('/api/*', async (c, next) => {
    const path = c.req.path;
    if (path === '/api/v1/health' || path === '/api/v1/ready') return next();
    const token = getCookie(c, SESSION_COOKIE);
    c.set('user', token && token.length <= 100 ? await sessions.user(token) : null);
    c.header('Cache-Control', 'no-store');
    return next();
  });
  const requireUser = (c: Context<Env>): User => {
    const user = c.get('user');
    if (!user) throw notSignedIn();
    return user;
  };

  const api = new Hono<Env>();
  // The calls that answer with quota rows (or events carrying them) refuse a page from before schema 4.
  const outdated = refuseOutdatedPages();
  for (const path of ['/quotas', '/quotas/*', '/imports/*', '/audit', '/events']) api.use(path, outdated);

  const years = new YearCache(db, hub);
  /** This process's own writes reach its cache at once (the event follows, and then changes nothing). */
  const afterWrite = async <T>(write: Promise<T>, rowsOf: (result: T) => QuotaRow[]): Promise<T> => {
    try {
      const result = await write;
      years.apply(rowsOf(result));
      return result;
    } catch (e) {
      // a refusal (409, 403 …) wrote nothing; any other failure may have: read the years again
      if (!(e instanceof ApiError)) years.invalidate();
      throw e;
    }
  };

  /** Liveness: the process answers. Whether it can serve is /ready. */
  api.get('/health', (c) => c.json({ ok: true, database: db.kind, schemaVersion: options.schemaVersion }));

  /** Readiness: the database answers, the migrations are applied and the event listener is live. */
  api.get('/ready', async (c) => {
    const problems: string[] = [];
    let database: 'ok' | string = 'ok';
    try {
      await Promise.race([
        db.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('2 秒内无应答')), 2000).unref()),
      ]);
    } catch (e) {
      database = (e as Error).message;
      problems.push(`数据库不可用：${database}`);
    }
    const latest = latestSchemaVersion();
    if (options.schemaVersion !== latest) problems.push(`数据库结构版本 ${options.schemaVersion}，本程序需要 ${latest}`);
    const events = hub.status;
    if (!events.live) problems.push(`事件监听中断${events.downForSeconds !== undefined ? ` ${events.downForSeconds} 秒` : ''}${events.error ? `（${events.error}）` : ''}，正在重连`);
    const body = { ready: problems.length === 0, database: db.kind, databaseStatus: database, schemaVersion: options.schemaVersion, latestSchemaVersion: latest, events, problems };
    if (problems.length) c.header('Retry-After', '5');
    return c.json(body, problems.length ? 503 : 200);
  });

  api.post('/session', tooLarge(JSON_LIMIT), async (c) => {
    const { username, password } = await readJson(c, credentials);
    const key = loginKey(username, addressOf(c));
    const wait = await reserveLoginAttempt(db, key);
    if (wait !== null) {
      c.header('Retry-After', String(wait));
      throw new ApiError(429, 'too_many_attempts', `这个账号从本机登录失败次数过多，请 ${wait < 120 ? `${wait} 秒` : `${Math.ceil(wait / 60)} 分钟`}后再试`);
    }
    const since = sessions.mark();
    const user = await checkCredentials(db, username, password);
    if (!user) throw new ApiError(401, 'bad_credentials', '用户名或密码不正确，或账号已停用');
    await clearLoginAttempts(db, key);
    // the database's expiry is now() + TTL when the row is written, a little after this
    const expiresAt = Date.now() + options.sessionTtlSeconds * 1000;
    const token = await createSession(db, user.id, options.sessionTtlSeconds);
    sessions.remember(token, user, expiresAt, since);
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
    if (token && token.length <= 100) {
      sessions.forget(token);
      await deleteSession(db, token);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: options.cookieSecure, sameSite: 'Strict', httpOnly: true });
    return c.json({ ok: true });
  });

  api.get('/quotas', async (c) => {
    requireUser(c);
    const year = parseYear(c.req.query('year'));
    const { body, etag } = await years.get(year);
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
  });

  api.post('/quotas/import', tooLarge(CSV_LIMIT), async (c) => {
    const user = requireUser(c);
    const type = c.req.header('content-type') ?? '';
    if (!/^text\/(csv|plain)\b/i.test(type)) throw new ApiError(415, 'bad_content_type', '导入的内容须为 CSV 文本（Content-Type: text/csv）');
    const csv = await c.req.text();
    const dryRun = c.req.query('dryRun');
    if (dryRun === '1' || dryRun === 'true') return c.json(await previewImport(db, user, csv));

    const token = c.req.header('x-preview-token') ?? null;
    const result = await afterWrite(applyImport(db, user, csv, token), (r) => r.rows);
    return c.json({ importId: result.importId, changed: result.rows.length, rows: result.rows });
  });

  api.post('/imports/:id/undo', async (c) => {
    const user = requireUser(c);
    const id = c.req.param('id');
    if (!/^\d{1,9}$/.test(id)) throw badRequest('bad_import_id', '导入编号无效');
    return c.json({ rows: await afterWrite(undoImport(db, user, Number(id)), (r) => r) });
  });

  api.put('/quotas/:unit/:year/:field', tooLarge(JSON_LIMIT), async (c) => {
    const user = requireUser(c);
    const { unit, year, field } = parseCell(c);
    const { value, version } = await readJson(c, cellWrite);
    return c.json(await afterWrite(putCell(db, user, unit, year, field, value, version), (r) => [r]));
  });

  api.post('/quotas/:unit/:year/:field/confirm', tooLarge(JSON_LIMIT), async (c) => {
    const user = requireUser(c);
    const { unit, year, field } = parseCell(c);
    const { version } = await readJson(c, cellConfirm);
    return c.json(await afterWrite(confirmCell(db, user, unit, year, field, version), (r) => [r]));
  });

  api.get('/audit', async (c) => {
    requireUser(c);
    const unit = c.req.query('unit') || undefined;
    if (unit !== undefined && !isQuotaUnit(unit)) throw badRequest('unknown_unit', `未知镇街「${String(unit).slice(0, 30)}」`);
    const yearText = c.req.query('year') || undefined;
    const year = yearText === undefined ? undefined : parseYear(yearText);
    // `metric`: this filter's name before schema 4, still read for scripts written then (an old browser page is refused: outdatedPages.ts).
    const field = c.req.query('field') || c.req.query('metric') || undefined;
    if (field !== undefined && !isQuotaField(field)) throw badRequest('unknown_quota_field', `未知指标「${String(field).slice(0, 30)}」`);
    const limitText = c.req.query('limit') ?? '200';
    const limit = /^\d{1,5}$/.test(limitText) ? Math.min(Number(limitText), 10_000) : NaN;
    if (!(limit >= 1)) throw badRequest('bad_limit', 'limit 应为 1 到 10000 的整数');
    return c.json({ entries: await readAudit(db, { unit, year, field, limit }) });
  });

  api.route('/plans', planRoutes(db, requireUser));

  api.get('/events', (c) => {
    const user = requireUser(c);
    const lastText = c.req.header('last-event-id') ?? c.req.query('after');
    const lastEventId = lastText !== undefined && /^\d{1,15}$/.test(lastText) ? Number(lastText) : null;
    return streamSSE(c, async (stream) => {
      let queue: Promise<unknown> = Promise.resolve();
      let sent = lastEventId ?? hub.lastDelivered;
      let replaying = true;
      const held: StoredEvent[] = [];
      const write = (e: StoredEvent) => {
        if (e.id <= sent) return; // already sent (by the replay)
        sent = e.id;
        if (e.payload.kind === 'restored' || e.payload.kind === 'upgraded') {
          // The record was restored from a backup, or the schema and API changed under a page opened
          // before (a migration's event): the page reloads.
          const data = JSON.stringify({ reason: e.payload.kind });
          queue = queue.then(() => stream.writeSSE({ id: String(e.id), event: 'reset', data })).catch(() => {});
          return;
        }
        if (e.payload.kind === 'plans') {
          // A draft is news for planners only (the event names the plan; the page reads it with its rights).
          if (e.payload.draft && user.role !== 'planner') return;
          const data = JSON.stringify(e.payload);
          queue = queue.then(() => stream.writeSSE({ id: String(e.id), event: 'plan', data })).catch(() => {});
          return;
        }
        if (e.payload.kind !== 'cells') return; // sign-in events are for the servers' caches
        const data = JSON.stringify(e.payload);
        queue = queue.then(() => stream.writeSSE({ id: String(e.id), event: 'change', data })).catch(() => {});
      };
      // Live events wait while the replay is read, then follow it: each once, in order.
      const unsubscribeEvents = hub.subscribe((e) => (replaying ? held.push(e) : write(e)));
      // While the database is away the page is told it is not live, and when it is back, so it
      // reads the record again (the stream itself never dropped: this server kept answering).
      const unsubscribeStatus = hub.onStatus((status) => {
        queue = queue.then(() => stream.writeSSE({ event: 'status', data: JSON.stringify({ live: status.live }) })).catch(() => {});
      });
      const unsubscribe = () => {
        unsubscribeEvents();
        unsubscribeStatus();
      };
      stream.onAbort(() => unsubscribe());
      if (lastEventId !== null) {
        const replay = await hub.replay(lastEventId);
        if (replay.reset) {
          // The missed changes are not all kept: the app reloads the record.
          unsubscribe();
          await stream.writeSSE({ event: 'reset', data: JSON.stringify({ reason: replay.reason }), retry: 1000 });
          return;
        }
        for (const e of replay.events) write(e);
      } else {
        // A new stream starts at what is committed now, not at what this process has heard of yet.
        sent = Math.max(sent, await hub.head().catch(() => sent));
      }
      replaying = false;
      for (const e of held.splice(0)) write(e);
      queue = queue.then(() => stream.writeSSE({ event: 'ready', data: '{}' })).catch(() => {});
      await queue;
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
    if (isUnavailable(err)) {
      c.header('Retry-After', '5');
      return c.json({ error: { code: 'database_unavailable', message: '数据库暂时无法访问，请稍后再试（修改是否已保存，请刷新后查看）' } }, 503);
    }
    if ((err as { code?: string }).code === 'ENOSPC' || /no space left|could not extend file/i.test((err as Error).message ?? '')) {
      console.error(`dgmap: the disk is full: ${(err as Error).message}`);
      return c.json({ error: { code: 'disk_full', message: '服务器磁盘已满，未能保存；请联系管理员' } }, 507 as 500);
    }
    console.error(err);
    return c.json({ error: { code: 'internal', message: '服务器内部错误，请稍后再试' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: '没有这个地址' } }, 404));
  return { app, hotPath: quotaHotPath(sessions, years, options.allowedHosts) };
}

function describeUser(user: User) {
  return { username: user.username, role: user.role, roleLabel: ROLE_LABELS[user.role], unit: user.unit };
}
