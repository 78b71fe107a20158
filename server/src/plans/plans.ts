/**
 * The planners' own plans in the shared record (#21 §7). A plan is its plan file, checked by the
 * same code as an import in the app (src/plans/planFile.ts), with a version: every write names the
 * version it read, and a stale one is refused with 409 carrying both the stored plan and the one
 * sent, so nothing is lost. Drafts are read by planners only; only planners write; every write is
 * an audit entry and an event (the event names the plan; pages read it with their own rights).
 */
import { BUILTIN_PLANS } from '../../../src/plans/builtin';
import type { PlanAuditEntry, PlanChangeMessage, PlanVia, ServerPlan } from '../../../src/plans/planApiTypes';
import { parsePlanValue } from '../../../src/plans/planFile';
import type { PlanFile } from '../../../src/plans/schema';
import type { User } from '../auth/users';
import type { Database, Queryable } from '../db/database';
import { emit } from '../events/outbox';
import { ApiError, badRequest, forbidden } from '../http/errors';

export type { ServerPlan, PlanChangeMessage };

/** Plan writes take this lock first: the id checks across plans then see every committed plan. */
const PLANS_LOCK_KEY = 4_190_021;

const COLUMNS = `id, version, draft, file, created_by as "createdBy", updated_by as "updatedBy",
  to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"`;

const BUILTIN_PLAN_IDS = new Set(BUILTIN_PLANS.map((p) => p.group.id));
const BUILTIN_ELEMENT_IDS = new Set(BUILTIN_PLANS.flatMap((p) => p.elements.map((e) => e.id)));

function fromRow(row: ServerPlan): ServerPlan {
  return { ...row, file: typeof row.file === 'string' ? JSON.parse(row.file) : row.file };
}

export function mayReadDrafts(user: User): boolean {
  return user.role === 'planner';
}

export function checkPlanWriteRight(user: User): void {
  if (user.role === 'planner') return;
  if (user.role === 'town') throw forbidden(`镇街账号「${user.username}」不能修改规划，规划由市里的规划人员编写和发布`);
  throw forbidden('只读账号不能修改规划');
}

/** The file checked as an import is: every problem named, or the checked file. */
export function checkFile(file: unknown): PlanFile {
  const parsed = parsePlanValue(file);
  if (!parsed.ok) {
    throw new ApiError(400, 'bad_plan', `规划文件有 ${parsed.problems.length} 处问题：${parsed.problems.slice(0, 3).join('；')}${parsed.problems.length > 3 ? ' 等' : ''}`, {
      problems: parsed.problems,
    });
  }
  return parsed.file;
}

export async function listPlans(db: Queryable, user: User): Promise<ServerPlan[]> {
  const rows = await db.query<ServerPlan>(`select ${COLUMNS} from plans where not draft or $1 order by position, id`, [mayReadDrafts(user)]);
  return rows.map(fromRow);
}

export async function readPlan(db: Queryable, user: User, id: string): Promise<ServerPlan> {
  const [row] = await db.query<ServerPlan>(`select ${COLUMNS} from plans where id = $1`, [id]);
  if (!row || (row.draft && !mayReadDrafts(user))) throw new ApiError(404, 'unknown_plan', `没有标识为 “${id.slice(0, 64)}” 的规划`);
  return fromRow(row);
}

export async function readPlanAudit(db: Queryable, id: string, limit = 200): Promise<PlanAuditEntry[]> {
  return db.query<PlanAuditEntry>(
    `select id::integer as id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, username as "user", plan_id as "planId", action, version
     from plan_audit where plan_id = $1 order by id desc limit $2`,
    [id, limit],
  );
}

/** Ids the map finds things by must stay unique across the built-in plans and every stored plan. */
async function checkIds(tx: Queryable, file: PlanFile, replacing: string | null): Promise<void> {
  if (BUILTIN_PLAN_IDS.has(file.plan.id)) throw new ApiError(409, 'id_taken', `规划标识 “${file.plan.id}” 是内置规划的标识，请换一个`);
  const others = await tx.query<{ id: string; file: unknown }>('select id, file from plans where id <> $1', [replacing ?? '']);
  const taken = new Map<string, string>();
  for (const e of BUILTIN_ELEMENT_IDS) taken.set(e, '内置规划');
  for (const row of others) {
    const other = (typeof row.file === 'string' ? JSON.parse(row.file) : row.file) as PlanFile;
    for (const e of other.elements ?? []) taken.set(e.id, `规划 “${other.plan?.nameZh ?? row.id}”`);
  }
  const clashes = file.elements.filter((e) => taken.has(e.id));
  if (clashes.length) {
    const names = clashes.slice(0, 5).map((e) => `“${e.id}”（${taken.get(e.id)}已用）`).join('、');
    throw new ApiError(409, 'id_taken', `元素标识 ${names}${clashes.length > 5 ? ` 等 ${clashes.length} 个` : ''}已被占用，请改用其他标识`);
  }
}

async function lockRow(tx: Queryable, id: string): Promise<ServerPlan | undefined> {
  await tx.query('select pg_advisory_xact_lock($1)', [PLANS_LOCK_KEY]);
  const [row] = await tx.query<ServerPlan>(`select ${COLUMNS} from plans where id = $1 for update`, [id]);
  return row && fromRow(row);
}

async function record(tx: Queryable, user: User, via: PlanVia, id: string, version: number, draft: boolean, file: unknown): Promise<void> {
  await tx.query('insert into plan_audit (username, plan_id, action, version, file) values ($1, $2, $3, $4, $5)', [
    user.username,
    id,
    via,
    version,
    file === null ? null : JSON.stringify(file),
  ]);
  const message: PlanChangeMessage = { kind: 'plans', via, user: user.username, id, version, draft };
  await emit(tx, message);
}

/** What the writer sent, given back with a 409 beside the stored plan: both versions, for the choice. */
const stale = (current: ServerPlan | null, yours: { file: unknown; version: number }, what: string) =>
  new ApiError(
    409,
    current ? 'version_conflict' : 'plan_deleted',
    current
      ? `规划 “${nameOf(current.file)}” 已被 ${current.updatedBy} 修改（现为第 ${current.version} 版，您修改的是第 ${yours.version} 版），${what}未保存；请查看两个版本后再决定`
      : `规划 “${nameOf(yours.file)}” 已被他人删除，${what}未保存；您的版本仍在，可另存`,
    { current, yours },
  );

function nameOf(file: unknown): string {
  return String((file as PlanFile | null)?.plan?.nameZh ?? '').slice(0, 40);
}

export async function createPlan(db: Database, user: User, body: unknown): Promise<ServerPlan> {
  checkPlanWriteRight(user);
  const file = checkFile(body);
  const draft = file.plan.draft === true;
  return db.transaction(async (tx) => {
    const existing = await lockRow(tx, file.plan.id);
    if (existing) {
      throw new ApiError(409, 'plan_exists', `已有标识为 “${file.plan.id}” 的规划（“${nameOf(existing.file)}”，${existing.updatedBy} 保存），请换一个标识`, {
        current: mayReadDrafts(user) ? existing : null,
        yours: { file, version: 0 },
      });
    }
    await checkIds(tx, file, null);
    const [row] = await tx.query<ServerPlan>(
      `insert into plans (id, file, draft, version, position, created_by, updated_by)
       values ($1, $2, $3, 1, (select coalesce(max(position), 0) + 1 from plans), $4, $4) returning ${COLUMNS}`,
      [file.plan.id, JSON.stringify(file), draft, user.username],
    );
    await record(tx, user, 'create', row.id, row.version, draft, file);
    return fromRow(row);
  });
}

/** Replaces a plan's file, if `version` is the stored one. A draft saved as not a draft is published. */
export async function updatePlan(db: Database, user: User, id: string, body: unknown, version: number): Promise<ServerPlan> {
  checkPlanWriteRight(user);
  const file = checkFile(body);
  if (file.plan.id !== id) throw badRequest('plan_id_mismatch', `文件中的规划标识 “${file.plan.id}” 与地址中的 “${id}” 不一致`);
  const draft = file.plan.draft === true;
  return db.transaction(async (tx) => {
    const old = await lockRow(tx, id);
    if (!old || old.version !== version) throw stale(old ?? null, { file, version }, '修改');
    await checkIds(tx, file, id);
    const [row] = await tx.query<ServerPlan>(
      `update plans set file = $2, draft = $3, version = version + 1, updated_by = $4, updated_at = now() where id = $1 returning ${COLUMNS}`,
      [id, JSON.stringify(file), draft, user.username],
    );
    await record(tx, user, old.draft && !draft ? 'publish' : 'update', id, row.version, draft, file);
    return fromRow(row);
  });
}

/** 发布: a draft becomes a plan everyone sees. */
export async function publishPlan(db: Database, user: User, id: string, version: number): Promise<ServerPlan> {
  checkPlanWriteRight(user);
  return db.transaction(async (tx) => {
    const old = await lockRow(tx, id);
    if (!old || old.version !== version) throw stale(old ?? null, { file: old?.file ?? null, version }, '发布');
    if (!old.draft) throw new ApiError(409, 'not_a_draft', `规划 “${nameOf(old.file)}” 已经发布`, { current: old });
    const { draft: _d, ...meta } = (old.file as PlanFile).plan;
    void _d;
    const file = { ...(old.file as PlanFile), plan: meta };
    const [row] = await tx.query<ServerPlan>(
      `update plans set file = $2, draft = false, version = version + 1, updated_by = $3, updated_at = now() where id = $1 returning ${COLUMNS}`,
      [id, JSON.stringify(file), user.username],
    );
    await record(tx, user, 'publish', id, row.version, false, file);
    return fromRow(row);
  });
}

/** Deletes a plan if `version` is the stored one; its last file stays in the audit trail. */
export async function deletePlan(db: Database, user: User, id: string, version: number): Promise<{ id: string; version: number }> {
  checkPlanWriteRight(user);
  return db.transaction(async (tx) => {
    const old = await lockRow(tx, id);
    if (!old) throw new ApiError(404, 'unknown_plan', `没有标识为 “${id.slice(0, 64)}” 的规划`);
    if (old.version !== version) throw stale(old, { file: null, version }, '删除');
    await tx.query('delete from plans where id = $1', [id]);
    await record(tx, user, 'delete', id, old.version + 1, old.draft, old.file);
    return { id, version: old.version + 1 };
  });
}
