/**
 * npm run load — not a test: prints latency percentiles and throughput of the API under load.
 * 200 concurrent readers of GET /api/v1/quotas and 35 concurrent writers (one town account per
 * unit, version-checked PUTs of its own actual), for LOAD_SECONDS (default 15) per database:
 * PGlite in a temporary folder, and PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set
 * (a temporary database is created on that server and dropped afterwards).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { hashPassword } from '../src/auth/passwords';
import { openMigrated } from '../src/open';
import { QUOTA_UNITS } from '../src/units';
import { ApiClient, PASSWORD, cellPath, spawnServer } from '../test/processes';

const READERS = Number(process.env.LOAD_READERS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 15);
const pgUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

function report(label: string, latencies: number[], errors: number, seconds: number): string {
  const s = [...latencies].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  return `${label.padEnd(9)} ${String(s.length).padStart(7)} ok ${String(errors).padStart(5)} err  p50 ${f(percentile(s, 50))} ms  p95 ${f(percentile(s, 95))} ms  p99 ${f(percentile(s, 99))} ms  ${(s.length / seconds).toFixed(0).padStart(6)} req/s`;
}

async function run(backend: 'pglite' | 'postgresql'): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dgmap-load-'));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (backend === 'postgresql') {
    const name = `dgmap_load_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(pgUrl!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const config = { databaseUrl, dataDir: join(dir, 'data') };
  const setup = await openMigrated(config, 'load setup');
  const hash = await hashPassword(PASSWORD);
  await setup.db.query("insert into users (username, role, password_hash) values ('reader', 'viewer', $1)", [hash]);
  for (const [i, unit] of QUOTA_UNITS.entries()) {
    await setup.db.query("insert into users (username, role, unit, password_hash) values ($1, 'town', $2, $3)", [`town${i}`, unit, hash]);
  }
  await setup.close();

  const server = await spawnServer(config);
  try {
    const readerClient = ApiClient.forUrl(server.url);
    await readerClient.signIn('reader');
    const writers = await Promise.all(
      QUOTA_UNITS.map(async (unit, i) => {
        const c = ApiClient.forUrl(server.url);
        await c.signIn(`town${i}`);
        return { unit, c };
      }),
    );
    const reads: number[] = [];
    const writes: number[] = [];
    let readErrors = 0;
    let writeErrors = 0;
    let conflicts = 0;
    const failures = new Map<string, number>();
    const failed = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
    const until = performance.now() + SECONDS * 1000;

    const reader = async () => {
      while (performance.now() < until) {
        const t = performance.now();
        const r = await readerClient.get('/api/v1/quotas?year=2025').catch((e: Error) => (failed(`GET ${e.cause ?? e.message}`), null));
        if (r?.status === 200) reads.push(performance.now() - t);
        else {
          readErrors++;
          if (r) failed(`GET ${r.status}`);
        }
      }
    };
    const writer = async ({ unit, c }: (typeof writers)[number]) => {
      let version = 0;
      let value = 0;
      while (performance.now() < until) {
        const t = performance.now();
        const r = await c.put(cellPath(unit, 2025, 'landing_actual'), { value: ++value, version }).catch((e: Error) => (failed(`PUT ${e.cause ?? e.message}`), null));
        if (r?.status === 200) {
          writes.push(performance.now() - t);
          version = r.body.version;
        } else if (r?.status === 409) {
          conflicts++;
          version = r.body.current.version;
        } else {
          writeErrors++;
          if (r) failed(`PUT ${r.status}`);
        }
      }
    };
    const started = performance.now();
    await Promise.all([...Array.from({ length: READERS }, reader), ...writers.map(writer)]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`\n${backend} — ${READERS} readers + ${writers.length} writers for ${seconds.toFixed(1)} s`);
    console.log(report('GET', reads, readErrors, seconds));
    console.log(report('PUT', writes, writeErrors, seconds));
    console.log(`conflicts (409): ${conflicts}${failures.size ? `; errors: ${[...failures].map(([k, n]) => `${k} ×${n}`).join(', ')}` : ''}`);
  } finally {
    await server.stop();
    await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`npm run load: ${new Date().toISOString()}, node ${process.version}`);
await run('pglite');
if (pgUrl) await run('postgresql');
else console.log('\n(PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to a server where a database may be created)');
