import { spawn, type ChildProcess } from 'node:child_process';
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
import { openMigrated } from '../src/open';
import { QUOTA_UNITS } from '../src/units';

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

export const PASSWORD = 'test-password-1';
let passwordHash: Promise<string> | null = null;

/** Accounts for the tests (one password hash for all, so 36 accounts cost one scrypt). */
export async function addAccounts(db: Database, accounts: { username: string; role: Role; unit?: string }[]): Promise<void> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  for (const a of accounts) {
    await db.query('insert into users (username, role, unit, password_hash) values ($1, $2, $3, $4)', [a.username, a.role, a.unit ?? null, hash]);
  }
}

export const townAccount = (unit: string, i = QUOTA_UNITS.indexOf(unit)) => ({ username: `town${i}`, role: 'town' as const, unit });

/** The server in this process, answering Request objects (no socket). */
export async function startInProcess(space: DatabaseSpace) {
  const opened = await openMigrated(space.config, 'test');
  const hub = new EventHub(opened.db);
  await hub.start();
  const app = createApp({
    db: opened.db,
    hub,
    schemaVersion: opened.schemaVersion,
    sessionTtlSeconds: 3600,
    cookieSecure: false,
    trustProxy: false,
    allowedOrigins: [],
    remoteAddress: () => '127.0.0.1',
  });
  return {
    app,
    db: opened.db,
    fetch: (path: string, init?: RequestInit) => app.request(`${ORIGIN}${path}`, init),
    close: async () => {
      await hub.stop();
      await opened.close();
    },
  };
}

export const ORIGIN = 'http://127.0.0.1:8080';

type Fetch = (path: string, init?: RequestInit) => Promise<Response> | Response;

/** A signed-in (or not) API user with its own cookie, sending the Origin a browser would. */
export class ApiClient {
  private cookie = '';
  constructor(
    private readonly doFetch: Fetch,
    private readonly origin = ORIGIN,
  ) {}

  static forUrl(baseUrl: string): ApiClient {
    return new ApiClient((path, init) => fetch(`${baseUrl}${path}`, init), baseUrl);
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.cookie) h.cookie = this.cookie;
    if (method !== 'GET' && method !== 'HEAD') h.origin ??= this.origin;
    if (typeof body === 'string') {
      init.body = body;
      h['content-type'] ??= 'text/csv';
    } else if (body !== undefined) {
      init.body = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await this.doFetch(path, init);
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /dgmap_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `dgmap_session=${m[1]}` : '';
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  async signIn(username: string, password = PASSWORD): Promise<void> {
    const r = await this.request('POST', '/api/v1/session', { username, password });
    if (r.status !== 200) throw new Error(`sign-in of ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
  }

  get = (path: string) => this.request('GET', path);
  put = (path: string, body: unknown) => this.request('PUT', path, body);
  post = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', path, body, headers);
}

export const cellPath = (unit: string, year: number, metric: string) => `/api/v1/quotas/${encodeURIComponent(unit)}/${year}/${metric}`;

/** Every cell of every year, for comparing the whole record before and after. */
export async function snapshot(db: Database): Promise<string> {
  const rows = await db.query('select unit, year, metric, value, status, version, updated_by from quota_cells order by unit, year, metric');
  return JSON.stringify(rows);
}

export async function auditCount(db: Database): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>('select count(*)::integer as n from audit');
  return n;
}

/** A server process (npm start without the build) on a free port; resolves once it listens. */
export async function spawnServer(config: DatabaseSpace['config'], env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess; output: () => string; waitFor: (text: string) => Promise<void>; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, SKIP_BUILD: '1', PORT: '0', HOST: '127.0.0.1', DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (d: Buffer) => {
    output += d.toString();
    for (const w of waiters.filter((w) => output.includes(w.text))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (output.includes(text)) return resolve();
      waiters.push({ text, resolve });
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before "${text}":\n${output}`)));
    });
  await waitFor('dgmap: serving ');
  const url = /serving (http:\/\/[\d.:]+)/.exec(output)![1];
  return {
    url,
    child,
    output: () => output,
    waitFor,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
