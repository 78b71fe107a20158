import { resolve } from 'node:path';
import { REPO_ROOT } from './paths';

export { REPO_ROOT };

export interface ServerConfig {
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  distDir: string;
  sessionTtlSeconds: number;
  cookieSecure: boolean;
  /** Reverse proxies in front of the server whose X-Forwarded-For entries are trusted (0: none). */
  trustProxy: number;
  allowedOrigins: string[];
  /** Host names (without port) requests may carry; anything else is refused (DNS rebinding). */
  allowedHosts: string[];
  /** No request waits longer than this (then 503 with Retry-After). */
  requestTimeoutMs: number;
  /** Events older than this many days are pruned (a client away longer gets a reset and reloads). */
  eventKeepDays: number;
}

/** The server's settings, from the environment (see the README's table); every bad variable is named. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems: string[] = [];
  const number = (name: string, fallback: number, check: (n: number) => boolean, what: string): number => {
    const text = env[name];
    if (text === undefined || text.trim() === '') return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || !check(n)) {
      problems.push(`${name}=「${text.slice(0, 40)}」无效：应为${what}`);
      return fallback;
    }
    return n;
  };
  const flag = (name: string): boolean => {
    const text = env[name];
    if (text === undefined || text === '' || text === '0') return false;
    if (text === '1') return true;
    problems.push(`${name}=「${text.slice(0, 40)}」无效：应为 1 或 0`);
    return false;
  };
  const port = number('PORT', 8080, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, ' 0 到 65535 的整数');
  const ttlHours = number('SESSION_TTL_HOURS', 8, (n) => n > 0 && n <= 24 * 90, '大于 0、不超过 2160 的小时数');
  const trustProxy = number('TRUST_PROXY', 0, (n) => Number.isInteger(n) && n >= 0 && n <= 10, '反向代理的层数（0 到 10 的整数；nginx 一层为 1）');
  const requestTimeoutMs = number('REQUEST_TIMEOUT_MS', 10_000, (n) => Number.isInteger(n) && n >= 500 && n <= 60_000, ' 500 到 60000 的毫秒数');
  const eventKeepDays = number('EVENT_KEEP_DAYS', 7, (n) => n > 0 && n <= 365, '大于 0、不超过 365 的天数');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL 无效：应以 postgres:// 或 postgresql:// 开头');
  const host = env.HOST || '127.0.0.1';
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const o of allowedOrigins) if (!/^https?:\/\/[^/]+$/.test(o)) problems.push(`ALLOWED_ORIGINS 中的「${o.slice(0, 60)}」无效：应为 https://主机名[:端口]，不带路径`);
  const ownHosts = ['localhost', '127.0.0.1', '[::1]', ...(['0.0.0.0', '::', '[::]'].includes(host) ? [] : [host])];
  const allowedHosts = [...new Set([...ownHosts, ...(env.ALLOWED_HOSTS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)])];
  for (const h of allowedHosts) if (/[/:@\s]/.test(h.replace(/^\[.*\]$/, ''))) problems.push(`ALLOWED_HOSTS 中的「${h.slice(0, 60)}」无效：应为主机名，不带协议、端口或路径`);
  if (problems.length) throw new Error(`配置有误（环境变量）：\n  ${problems.join('\n  ')}`);
  return {
    host,
    port,
    databaseUrl,
    dataDir: resolve(env.DATA_DIR ?? resolve(REPO_ROOT, 'data')),
    distDir: resolve(env.DIST_DIR ?? resolve(REPO_ROOT, 'dist')),
    sessionTtlSeconds: Math.round(ttlHours * 3600),
    cookieSecure: flag('COOKIE_SECURE'),
    trustProxy,
    allowedOrigins,
    allowedHosts,
    requestTimeoutMs,
    eventKeepDays,
  };
}
