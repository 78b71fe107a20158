import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import { isQuotaUnit } from '../units';
import { DUMMY_HASH, MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from './passwords';

export type Role = 'planner' | 'town' | 'viewer';
export const ROLES: readonly Role[] = ['planner', 'town', 'viewer'];
export const ROLE_LABELS: Record<Role, string> = { planner: '规划人员', town: '镇街', viewer: '只读' };

export interface User {
  id: number;
  username: string;
  role: Role;
  unit: string | null;
  disabled: boolean;
}

const USERNAME = /^[\p{L}\p{N}_.-]{1,64}$/u;

export function checkNewUser(username: string, role: string, unit: string | null, password: string): string | null {
  if (!USERNAME.test(username)) return '用户名只能包含字母、数字、汉字和 _ . -（最多 64 个字符）';
  if (!(ROLES as readonly string[]).includes(role)) return `角色「${role}」无效，应为 ${ROLES.join('、')}`;
  if (role === 'town' && !isQuotaUnit(unit)) return `镇街账号必须绑定一个已知镇街（--unit），「${unit ?? ''}」不是`;
  if (role !== 'town' && unit !== null) return '只有镇街账号（--role town）绑定镇街';
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  return null;
}

export async function addUser(db: Queryable, username: string, role: Role, unit: string | null, password: string): Promise<User> {
  const problem = checkNewUser(username, role, unit, password);
  if (problem) throw new Error(problem);
  const [user] = await db.query<User>(
    'insert into users (username, role, unit, password_hash) values ($1, $2, $3, $4) returning id, username, role, unit, disabled',
    [username, role, unit, await hashPassword(password)],
  );
  return user;
}

export async function listUsers(db: Queryable): Promise<User[]> {
  return db.query<User>('select id, username, role, unit, disabled from users order by username');
}

export async function setDisabled(db: Database, username: string, disabled: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number }>('update users set disabled = $2 where username = $1 returning id', [username, disabled]);
    if (rows.length) await tx.query('delete from sessions where user_id = $1', [rows[0].id]);
    return rows.length > 0;
  });
}

export async function resetPassword(db: Database, username: string, password: string): Promise<boolean> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`密码至少 ${MIN_PASSWORD_LENGTH} 个字符`);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number }>('update users set password_hash = $2 where username = $1 returning id', [username, hash]);
    if (rows.length) await tx.query('delete from sessions where user_id = $1', [rows[0].id]);
    return rows.length > 0;
  });
}

/** The user if the name and password match an enabled account; the check takes as long either way. */
export async function checkCredentials(db: Queryable, username: string, password: string): Promise<User | null> {
  const [row] = await db.query<User & { password_hash: string }>(
    'select id, username, role, unit, disabled, password_hash from users where username = $1',
    [username],
  );
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
  return ok && row && !row.disabled ? { id: row.id, username: row.username, role: row.role, unit: row.unit, disabled: false } : null;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A new session: the token goes to the cookie, only its hash to the database. */
export async function createSession(db: Queryable, userId: number, ttlSeconds: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query("insert into sessions (token_hash, user_id, expires_at) values ($1, $2, now() + make_interval(secs => $3))", [
    tokenHash(token),
    userId,
    ttlSeconds,
  ]);
  return token;
}

export async function sessionUser(db: Queryable, token: string): Promise<User | null> {
  const [row] = await db.query<User>(
    `select u.id, u.username, u.role, u.unit, u.disabled from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > now() and not u.disabled`,
    [tokenHash(token)],
  );
  return row ?? null;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [tokenHash(token)]);
}

/** Failed sign-ins allowed per window, per account name and per client address. */
export const LOGIN_LIMITS = { windowSeconds: 15 * 60, perUsername: 10, perAddress: 50 };

export async function loginBlocked(db: Queryable, keys: string[]): Promise<boolean> {
  const rows = await db.query<{ key: string; n: number }>(
    "select key, count(*)::integer as n from login_failures where key = any($1) and at > now() - make_interval(secs => $2) group by key",
    [keys, LOGIN_LIMITS.windowSeconds],
  );
  return rows.some((r) => r.n >= (r.key.startsWith('user:') ? LOGIN_LIMITS.perUsername : LOGIN_LIMITS.perAddress));
}

export async function recordLoginFailure(db: Queryable, keys: string[]): Promise<void> {
  await db.query('insert into login_failures (key) select unnest($1::text[])', [keys]);
  await db.query('delete from login_failures where at < now() - make_interval(secs => $1)', [LOGIN_LIMITS.windowSeconds]);
}
