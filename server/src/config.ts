import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerConfig {
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  distDir: string;
  sessionTtlSeconds: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  allowedOrigins: string[];
}

/** The server's settings, from the environment (see the README's table). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT「${env.PORT}」无效`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? resolve(REPO_ROOT, 'data')),
    distDir: resolve(env.DIST_DIR ?? resolve(REPO_ROOT, 'dist')),
    sessionTtlSeconds: Number(env.SESSION_TTL_HOURS ?? 8) * 3600,
    cookieSecure: env.COOKIE_SECURE === '1',
    trustProxy: env.TRUST_PROXY === '1',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  };
}
