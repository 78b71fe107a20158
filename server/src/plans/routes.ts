import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_PLAN_FILE_BYTES } from '../../../src/plans/planFile';
import type { User } from '../auth/users';
import type { Database } from '../db/database';
import { ApiError, badRequest } from '../http/errors';
import { readJsonBody } from '../http/jsonBody';
import { checkPlanWriteRight, createPlan, deletePlan, listPlans, mayReadDrafts, publishPlan, readPlan, readPlanAudit, updatePlan } from './plans';

type Env = { Variables: { user: User | null } };

/** A plan file may be as large as an import allows, plus its envelope. */
const PLAN_BODY_LIMIT = MAX_PLAN_FILE_BYTES + 4096;

const PLAN_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function planId(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!PLAN_ID.test(id)) throw badRequest('bad_plan_id', `规划标识 “${id.slice(0, 40)}” 无效`);
  return id;
}

function parseVersion(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2_147_483_647) return value;
  if (typeof value === 'string' && /^\d{1,9}$/.test(value)) return Number(value);
  throw badRequest('bad_field', '版本 version 缺失或无效：应为非负整数');
}

async function readBody(c: Context): Promise<Record<string, unknown>> {
  const json = await readJsonBody(c);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw badRequest('bad_body', '请求内容应为一个 JSON 对象');
  const unknown = Object.keys(json).filter((k) => k !== 'file' && k !== 'version');
  if (unknown.length) throw badRequest('unknown_field', `不认识的字段：${unknown.map((k) => k.slice(0, 40)).join('、')}`);
  return json as Record<string, unknown>;
}

/**
 * /api/v1/plans: the planners' plans (server/src/plans/plans.ts). Mounted by the API after its
 * session middleware; `requireUser` is the API's own check.
 *   GET    /plans               the plans this account may see (drafts: planners only)
 *   GET    /plans/:id           one plan
 *   GET    /plans/:id/audit     its writes, newest first (planners)
 *   POST   /plans               { file }            create
 *   PUT    /plans/:id           { file, version }   save (409 with both versions when stale)
 *   POST   /plans/:id/publish   { version }         发布 a draft
 *   DELETE /plans/:id?version=N                     delete
 */
export function planRoutes(db: Database, requireUser: (c: Context<Env>) => User): Hono<Env> {
  const routes = new Hono<Env>();
  const tooLarge = bodyLimit({
    maxSize: PLAN_BODY_LIMIT,
    onError: () => {
      throw new ApiError(413, 'too_large', `规划文件过大（上限 ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB）`);
    },
  });

  routes.get('/', async (c) => c.json({ plans: await listPlans(db, requireUser(c)) }));
  routes.get('/:id', async (c) => c.json(await readPlan(db, requireUser(c), planId(c))));
  routes.get('/:id/audit', async (c) => {
    const user = requireUser(c);
    if (!mayReadDrafts(user)) await readPlan(db, user, planId(c)); // a town sees the history of published plans only
    return c.json({ entries: await readPlanAudit(db, planId(c)) });
  });
  routes.post('/', tooLarge, async (c) => {
    const user = requireUser(c);
    checkPlanWriteRight(user);
    const body = await readBody(c);
    return c.json(await createPlan(db, user, body.file), 201);
  });
  routes.put('/:id', tooLarge, async (c) => {
    const user = requireUser(c);
    checkPlanWriteRight(user);
    const id = planId(c);
    const body = await readBody(c);
    return c.json(await updatePlan(db, user, id, body.file, parseVersion(body.version)));
  });
  routes.post('/:id/publish', tooLarge, async (c) => {
    const user = requireUser(c);
    checkPlanWriteRight(user);
    const id = planId(c);
    const body = await readBody(c);
    return c.json(await publishPlan(db, user, id, parseVersion(body.version)));
  });
  routes.delete('/:id', async (c) => {
    const user = requireUser(c);
    checkPlanWriteRight(user);
    const id = planId(c);
    return c.json(await deletePlan(db, user, id, parseVersion(c.req.query('version'))));
  });
  return routes;
}
