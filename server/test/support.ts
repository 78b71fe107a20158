import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { hashPassword } from '../src/auth/passwords';
import type { Role } from '../src/auth/users';
import type { Database } from '../src/db/database';
import { EventHub } from '../src/events/hub';
import { createApp } from '../src/http/app';
import { withDeadline } from '../src/http/deadline';
import { openMigrated } from '../src/open';
import { QUOTA_UNITS } from '../src/units';
import { ApiClient, ORIGIN, cellPath, spawnServer as spawnServerProcess } from './processes';

export { ApiClient, ORIGIN, cellPath };

/**
 * A server process on a free port (processes.ts, spawnServer), running this run's compiled build of
 * the entry (server/test/globalSetup.ts): `server/src/main.ts`, or `server/test/pausingServer.ts` for
 * one that pauses inside an import.
 */
export function spawnServer(config: Parameters<typeof spawnServerProcess>[0], env: Record<string, string> = {}, entry: 'server/src/main.ts' | 'server/test/pausingServer.ts' = 'server/src/main.ts') {
  const script = join(inject('serverBuild'), entry === 'server/src/main.ts' ? 'main.js' : 'pausingServer.js');
  return spawnServerProcess(config, env, entry, { script });
}

export type Backend = 'pglite' | 'postgresql';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server (CI starts one). */
export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

export interface DatabaseSpace {
  config: { databaseUrl?: string; dataDir: string };
  drop: () => Promise<void>;
}

/** A fresh, empty database: a copy of the migrated PGlite template, or a new PostgreSQL database. */
export async function freshDatabase(backend: Backend): Promise<DatabaseSpace> {
  const dir = mkdtempSync(join(tmpdir(), 'dgmap-db-'));
  if (backend === 'pglite') {
    cpSync(inject('pgliteTemplate'), join(dir, 'data'), { recursive: true });
    return { config: { dataDir: join(dir, 'data') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `dgmap_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { databaseUrl: url.toString(), dataDir: join(dir, 'unused') },
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { PASSWORD } from './processes';
export { PASSWORD };
let passwordHash: Promise<string> | null = null;

/**
 * The test accounts' password hash: the stored format (`scrypt$N$r$p$salt$hash`, read by the
 * server's verifyPassword, which takes the cost from the hash) at N = 1024 instead of the service's
 * 16384. A sign-in then checks the password as in service, for a sixteenth of the CPU: the sign-in
 * tests check hundreds of wrong passwords (each 50-220 ms at 16384 on this machine, the server
 * project's largest CPU cost after PGlite), the concurrency tests sign 37 accounts in twice.
 * Accounts made through the server (addUser, resetPassword: the users command, the API) still get
 * hashPassword's cost; server/test/passwords.test.ts checks that cost.
 */
export function testPasswordHash(password: string): Promise<string> {
  return hashPassword(password, { N: 1024, r: 8, p: 1 });
}

/** Accounts for the tests (one password hash for all, so 36 accounts cost one scrypt). */
export async function addAccounts(db: Database, accounts: { username: string; role: Role; unit?: string }[]): Promise<void> {
  passwordHash ??= testPasswordHash(PASSWORD);
  const hash = await passwordHash;
  for (const a of accounts) {
    await db.query('insert into users (username, role, unit, password_hash) values ($1, $2, $3, $4)', [a.username, a.role, a.unit ?? null, hash]);
  }
}

export const townAccount = (unit: string, i = QUOTA_UNITS.indexOf(unit)) => ({ username: `town${i}`, role: 'town' as const, unit });

/** The server in this process, answering Request objects (no socket). */
export async function startInProcess(space: DatabaseSpace, overrides: Partial<Parameters<typeof createApp>[0]> & { requestTimeoutMs?: number } = {}) {
  const opened = await openMigrated(space.config, 'test');
  const hub = new EventHub(opened.db);
  await hub.start();
  const app = createApp({
    db: opened.db,
    hub,
    schemaVersion: opened.schemaVersion,
    sessionTtlSeconds: 3600,
    cookieSecure: false,
    trustProxy: 0,
    allowedOrigins: [],
    remoteAddress: () => '127.0.0.1',
    ...overrides,
  });
  const deadlineFetch = withDeadline((req) => app.request(req), () => overrides.requestTimeoutMs ?? 10_000);
  return {
    app,
    db: opened.db,
    hub,
    fetch: (path: string, init?: RequestInit) => deadlineFetch(new Request(`${ORIGIN}${path}`, init)),
    close: async () => {
      await hub.stop();
      await opened.close();
    },
  };
}

export type InProcessServer = Awaited<ReturnType<typeof startInProcess>>;

/**
 * A fresh database with these accounts and the in-process server on it; its close() also drops
 * the database (a describe block's beforeAll / afterAll).
 */
export async function startOnFreshDatabase(backend: Backend, accounts: Parameters<typeof addAccounts>[1], overrides: Parameters<typeof startInProcess>[1] = {}): Promise<InProcessServer> {
  const space = await freshDatabase(backend);
  let server: InProcessServer | undefined;
  try {
    server = await startInProcess(space, overrides);
    await addAccounts(server.db, accounts);
  } catch (error) {
    await server?.close();
    await space.drop();
    throw error;
  }
  const started = server;
  return {
    ...started,
    close: async () => {
      await started.close();
      await space.drop();
    },
  };
}

/** Every cell of every year, for comparing the whole record before and after. */
export async function snapshot(db: Database): Promise<string> {
  const rows = await db.query('select unit, year, field, value, status, version, updated_by from quota_cells order by unit, year, field');
  return JSON.stringify(rows);
}

export async function auditCount(db: Database): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>('select count(*)::integer as n from audit');
  return n;
}

