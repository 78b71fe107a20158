import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import { emit } from '../events/outbox';
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

/**
 * Usernames are compared and stored NFKC-normalised and case-folded, so `Zhang` and `ｚｈａｎｇ` are
 * `zhang`. A new name may hold only Latin letters, digits, Chinese characters and _ . -: letters of
 * other scripts that look Latin (Cyrillic а, Greek ο) are refused, so no name can pass for another.
 */
export function normalizeUsername(name: string): string {
  return name.normalize('NFKC').toLowerCase().normalize('NFKC');
}
const USERNAME = /^[a-z0-9\p{Script=Han}_.-]{1,64}$/u;

export function checkNewUser(username: string, role: string, unit: string | null, password: string): string | null {
  if (!USERNAME.test(normalizeUsername(username))) {
    const odd = [...normalizeUsername(username)].find((ch) => !/[a-z0-9\p{Script=Han}_.-]/u.test(ch));
    return `用户名只能包含拉丁字母、数字、汉字和 _ . -（最多 64 个字符）${odd ? `；「${odd}」（U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）不行，它可能冒充别的字母` : ''}`;
  }
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
    [normalizeUsername(username), role, unit, await hashPassword(password)],
  );
  return user;
}

export async function listUsers(db: Queryable): Promise<User[]> {
  return db.query<User>('select id, username, role, unit, disabled from users order by username');
}

export async function setDisabled(db: Database, username: string, disabled: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number }>('update users set disabled = $2 where lower(username) = $1 returning id', [normalizeUsername(username), disabled]);
    if (rows.length) await endSessions(tx, rows[0].id);
    return rows.length > 0;
  });
}

export async function resetPassword(db: Database, username: string, password: string): Promise<boolean> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`密码至少 ${MIN_PASSWORD_LENGTH} 个字符`);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number }>('update users set password_hash = $2 where lower(username) = $1 returning id', [normalizeUsername(username), hash]);
    if (rows.length) await endSessions(tx, rows[0].id);
    return rows.length > 0;
  });
}

/** The user if the name and password match an enabled account; the check takes as long either way. */
export async function checkCredentials(db: Queryable, username: string, password: string): Promise<User | null> {
  const [row] = await db.query<User & { password_hash: string }>(
    'select id, username, role, unit, disabled, password_hash from users where lower(username) = $1',
    [normalizeUsername(username)],
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

/** Ends a user's sessions; the event tells every server's session cache (last statement of tx). */
async function endSessions(tx: Queryable, userId: number): Promise<void> {
  await tx.query('delete from sessions where user_id = $1', [userId]);
  await emit(tx, { kind: 'sessions', userId });
}

export { tokenHash };

export async function sessionUser(db: Queryable, token: string): Promise<(User & { expiresAt: number }) | null> {
  const [row] = await db.query<User & { expiresAt: number }>(
    `select u.id, u.username, u.role, u.unit, u.disabled, (extract(epoch from s.expires_at) * 1000)::float8 as "expiresAt"
     from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > now() and not u.disabled`,
    [tokenHash(token)],
  );
  return row ?? null;
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  const hash = tokenHash(token);
  await db.transaction(async (tx) => {
    await tx.query('delete from sessions where token_hash = $1', [hash]);
    await emit(tx, { kind: 'sessions', tokenHash: hash });
  });
}

/**
 * Sign-in failures are counted per account *and* address: someone elsewhere cannot lock an account
 * out (the owner's address has its own count), and colleagues behind one office NAT each have their
 * own. After `free` failed attempts each next attempt must wait twice as long as the one before
 * (1 s, 2 s, 4 s … up to maxDelaySeconds). An attempt is reserved before the password is checked,
 * in one atomic statement, so simultaneous attempts cannot all be checked.
 */
export const LOGIN_LIMITS = { free: 5, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 24 * 3600 };

export const loginKey = (username: string, address: string) => `${address} ${normalizeUsername(username)}`;

/** Reserves an attempt: null when one may check the password now, else the seconds to wait. */
export async function reserveLoginAttempt(db: Queryable, key: string): Promise<number | null> {
  const rows = await db.query<{ attempts: number }>(
    `insert into login_counters as l (key, attempts, next_allowed_at) values ($1, 1, now())
     on conflict (key) do update set
       attempts = case when l.last_at < now() - make_interval(secs => $3) then 1 else l.attempts + 1 end,
       next_allowed_at = now() + case when l.attempts + 1 >= $2 then make_interval(secs => least($4, power(2, l.attempts + 1 - $2))) else interval '0' end,
       last_at = now()
     where l.attempts < $2 or l.next_allowed_at <= now() or l.last_at < now() - make_interval(secs => $3)
     returning attempts`,
    [key, LOGIN_LIMITS.free, LOGIN_LIMITS.forgetAfterSeconds, LOGIN_LIMITS.maxDelaySeconds],
  );
  if (rows.length) return null;
  const [row] = await db.query<{ wait: number }>('select greatest(1, ceil(extract(epoch from next_allowed_at - now())))::integer as wait from login_counters where key = $1', [key]);
  return row?.wait ?? 1;
}

/** A successful sign-in clears its account-and-address count. */
export async function clearLoginAttempts(db: Queryable, key: string): Promise<void> {
  await db.query('delete from login_counters where key = $1', [key]);
}
