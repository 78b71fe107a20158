/**
 * npm run load — not a test: prints latency percentiles and throughput of the API under load.
 * 200 concurrent readers of GET /api/v1/quotas (each on its own keep-alive connection, signed in,
 * reading the whole year's answer every time) and 36 concurrent writers (a town account per unit,
 * version-checked PUTs of its own actual, all in the year the readers read), for LOAD_SECONDS
 * (default 10) per database: PGlite in a temporary folder, and PostgreSQL when DATABASE_URL or
 * TEST_DATABASE_URL is set (a temporary database is created on that server and dropped afterwards).
 * The server is the compiled one `npm start` runs (built here first). LOAD_PROFILE=1 writes a CPU
 * profile of the server (node --cpu-prof) into the working folder.
 *
 * The client is a lean HTTP/1.1 one (rawHttp.ts): with fetch, the client's own CPU on the same two
 * cores set the figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { hashPassword } from '../src/auth/passwords';
import { openMigrated } from '../src/open';
import { QUOTA_UNITS } from '../src/units';
import { PASSWORD, cellPath, spawnServer } from '../test/processes';
import { RawConnection, requestBytes } from './rawHttp';

const READERS = Number(process.env.LOAD_READERS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const pgUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const only = process.env.LOAD_ONLY; // 'pglite' or 'postgresql'

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

function report(label: string, latencies: number[], errors: number, seconds: number): string {
  const s = [...latencies].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  return `${label.padEnd(9)} ${String(s.length).padStart(7)} ok ${String(errors).padStart(5)} err  p50 ${f(percentile(s, 50))} ms  p95 ${f(percentile(s, 95))} ms  p99 ${f(percentile(s, 99))} ms  max ${f(s.at(-1) ?? NaN)} ms  ${(s.length / seconds).toFixed(0).padStart(6)} req/s`;
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

/** CPU seconds a process has used (user + system), from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 per second)
  } catch {
    return NaN;
  }
}

/** A signed-in client on its own connection. */
async function signIn(host: string, port: number, username: string): Promise<{ conn: RawConnection; cookie: string }> {
  const conn = new RawConnection(host, port);
  const r = await conn.request(
    requestBytes('POST', '/api/v1/session', `${host}:${port}`, { Origin: `http://${host}:${port}`, 'Content-Type': 'application/json' }, JSON.stringify({ username, password: PASSWORD })),
  );
  const m = /\r\nset-cookie: *dgmap_session=([^;\r]*)/i.exec(r.head);
  if (r.status !== 200 || !m) throw new Error(`sign-in of ${username} failed: ${r.status} ${r.body.toString()}`);
  return { conn, cookie: `dgmap_session=${m[1]}` };
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

  const server = await spawnServer(config, {}, undefined, { compiled: true, nodeArgs: process.env.LOAD_PROFILE ? ['--cpu-prof', `--cpu-prof-name=load-${backend}.cpuprofile`] : [] });
  try {
    const { hostname: host, port: portText } = new URL(server.url);
    const port = Number(portText);
    const authority = `${host}:${port}`;
    const reader = await signIn(host, port, 'reader');
    reader.conn.close();
    // one after the other: 36 password checks at once can outlast the request timeout on a loaded machine
    const writers: { unit: string; field: string; conn: RawConnection; cookie: string }[] = [];
    for (const [i, unit] of QUOTA_UNITS.entries()) writers.push({ unit, field: 'landing_actual', ...(await signIn(host, port, `town${i}`)) });
    const reads: number[] = [];
    const writes: number[] = [];
    // when each of the slowest writes started, from the start of the run: a stall or a slow start
    const writeStarts: number[] = [];
    let readErrors = 0;
    let writeErrors = 0;
    let conflicts = 0;
    let bytesRead = 0;
    const failures = new Map<string, number>();
    const failed = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
    let until = Infinity;
    let started = 0;

    const getBytes = requestBytes('GET', '/api/v1/quotas?year=2025', authority, { Cookie: reader.cookie });
    // Every reader's connection is open (and has had one answer) before the clock starts: a page
    // keeps its connection, and 200 connections opened at once measure the start, not the server.
    const readerConns = Array.from({ length: READERS }, () => new RawConnection(host, port));
    await Promise.all(readerConns.map((c) => c.request(getBytes)));
    const readLoop = async (conn: RawConnection) => {
      while (performance.now() < until) {
        const t = performance.now();
        const r = await conn.request(getBytes).catch((e: Error) => (failed(`GET ${e.message}`), null));
        if (r?.status === 200 && r.body.length > 100) {
          reads.push(performance.now() - t);
          bytesRead += r.body.length;
        } else {
          readErrors++;
          if (r) failed(`GET ${r.status}`);
        }
      }
      conn.close();
    };
    const writeLoop = async ({ unit, field, conn, cookie }: (typeof writers)[number]) => {
      let version = 0;
      let value = 0;
      const headers = { Cookie: cookie, Origin: `http://${authority}`, 'Content-Type': 'application/json' };
      const path = cellPath(unit, 2025, field);
      while (performance.now() < until) {
        const t = performance.now();
        const r = await conn.request(requestBytes('PUT', path, authority, headers, JSON.stringify({ value: ++value, version }))).catch((e: Error) => (failed(`PUT ${e.message}`), null));
        if (r?.status === 200) {
          writes.push(performance.now() - t);
          writeStarts.push(t - started);
          version = JSON.parse(r.body.toString()).version;
        } else if (r?.status === 409) {
          conflicts++;
          version = JSON.parse(r.body.toString()).current.version;
        } else {
          writeErrors++;
          if (r) failed(`PUT ${r.status}`);
        }
      }
      conn.close();
    };
    console.log(`\n${backend}: load average before ${load()}`);
    const serverCpu = cpuSeconds(server.child.pid!);
    const clientCpu = process.cpuUsage();
    started = performance.now();
    until = started + SECONDS * 1000;
    await Promise.all([...readerConns.map(readLoop), ...writers.map(writeLoop)]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${backend} — ${READERS} readers + ${writers.length} writers for ${seconds.toFixed(1)} s (load average after ${load()}; ${(bytesRead / seconds / 1e6).toFixed(1)} MB/s read)`);
    const usedServer = cpuSeconds(server.child.pid!) - serverCpu;
    const usedClient = (process.cpuUsage().user + process.cpuUsage().system - clientCpu.user - clientCpu.system) / 1e6;
    const requests = reads.length + writes.length + readErrors + writeErrors + conflicts;
    // Under contention the wall-clock figures are the machine's; the CPU per request is the server's.
    console.log(
      `CPU: server ${usedServer.toFixed(2)} s (${((usedServer / requests) * 1e6).toFixed(0)} µs a request), load client ${usedClient.toFixed(2)} s (${((usedClient / requests) * 1e6).toFixed(0)} µs a request)`,
    );
    console.log(report('GET', reads, readErrors, seconds));
    console.log(report('PUT', writes, writeErrors, seconds));
    const slowest = writes.map((ms, i) => ({ ms, at: writeStarts[i]! })).sort((a, b) => b.ms - a.ms);
    const overSecond = slowest.filter((w) => w.ms > 1000).length;
    console.log(
      `writes over 1 s: ${overSecond}; slowest five (started at): ${slowest
        .slice(0, 5)
        .map((w) => `${w.ms.toFixed(0)} ms (${(w.at / 1000).toFixed(2)} s)`)
        .join(', ')}`,
    );
    console.log(`conflicts (409): ${conflicts}${failures.size ? `; errors: ${[...failures].map(([k, n]) => `${k} ×${n}`).join(', ')}` : ''}`);
  } finally {
    await server.stop();
    await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`npm run load: ${new Date().toISOString()}, node ${process.version}`);
execFileSync(process.execPath, ['server/build.mjs'], { stdio: 'inherit' });
if (only !== 'postgresql') await run('pglite');
if (pgUrl && only !== 'pglite') await run('postgresql');
else console.log('\n(PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to a server where a database may be created)');
