import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, BACKENDS, auditCount, cellPath, snapshot, startOnFreshDatabase, type InProcessServer } from './support';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

const NASTY_STRINGS = [
  "'; drop table quota_cells; --",
  "长安镇' or '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '\u0000',
  '__proto__',
  'constructor',
  '长安镇\u200b',
  ' 长安镇',
  'A'.repeat(5000),
  '😀'.repeat(100),
  '${7*7}',
  '{{7*7}}',
];
const BAD_VALUES: unknown[] = ['12', 1.5, -1, 1e9, true, [], {}, '', 'NaN', Number.MAX_SAFE_INTEGER, '<b>1</b>', "1; drop table users"];
const BAD_VERSIONS: unknown[] = ['0', -1, 0.5, null, [], {}, 2 ** 40, 'latest'];
const BAD_JSON = ['{', '{"value":', 'null', '[]', '"text"', '12', '{"value":1,"version":0', "{'value':1}", '\u0000\u0001', '{"value":1,"version":0}}', ''];

/** Just over the import's 4 MB limit. */
const HUGE_CSV_ROWS = '长安镇,2025,落地指标,1\n'.repeat(150_000);

interface Case {
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

function generate(seed: number, count: number): Case[] {
  const r = random(seed);
  const json = { 'content-type': 'application/json' };
  const good = cellPath('长安镇', 2025, 'landing_quota');
  const makers: (() => Case)[] = [
    () => ({ method: 'PUT', path: good, body: r.pick(BAD_JSON), headers: json }),
    () => ({ method: 'PUT', path: good, body: JSON.stringify({ value: r.pick(BAD_VALUES), version: 0 }), headers: json }),
    () => ({ method: 'PUT', path: good, body: JSON.stringify({ value: 3, version: r.pick(BAD_VERSIONS) }), headers: json }),
    () => ({ method: 'PUT', path: good, body: JSON.stringify({ value: 3, version: 0, [r.pick(['extra', '__proto__', 'unit', 'status', r.pick(NASTY_STRINGS)])]: r.pick(NASTY_STRINGS) }), headers: json }),
    () => ({ method: 'PUT', path: good, body: JSON.stringify({ version: 0 }), headers: json }),
    () => ({ method: 'PUT', path: good, body: JSON.stringify({ value: 1, version: 0, pad: 'x'.repeat(20_000 + Math.floor(r.next() * 200_000)) }), headers: json }),
    () => ({ method: 'PUT', path: good, body: JSON.stringify({ value: 1, version: 0 }), headers: { 'content-type': r.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) } }),
    () => ({ method: 'PUT', path: `/api/v1/quotas/${encodeURIComponent(r.pick(NASTY_STRINGS))}/2025/landing_quota`, body: JSON.stringify({ value: 1, version: 0 }), headers: json }),
    () => ({ method: 'PUT', path: `/api/v1/quotas/${r.pick(['..%2F..%2Fetc%2Fpasswd', '%2e%2e', '..', '%252e%252e%252f', '长安镇%2F..%2F虎门镇'])}/2025/landing_quota`, body: JSON.stringify({ value: 1, version: 0 }), headers: json }),
    () => ({ method: 'PUT', path: `/api/v1/quotas/长安镇/${r.pick(['1999', '2025.0', '-2025', '20255', 'abcd', '２０２５'])}/landing_quota`, body: JSON.stringify({ value: 1, version: 0 }), headers: json }),
    () => ({ method: 'PUT', path: `/api/v1/quotas/长安镇/2025/${encodeURIComponent(r.pick([...NASTY_STRINGS, 'landing', 'LANDING_QUOTA', 'value']))}`, body: JSON.stringify({ value: 1, version: 0 }), headers: json }),
    () => ({ method: 'POST', path: `${good}/confirm`, body: JSON.stringify({ version: r.pick(BAD_VERSIONS) }), headers: json }),
    () => ({ method: 'POST', path: '/api/v1/quotas/import', body: r.pick(['', 'PK\u0003\u0004binary', '{"json":true}', 'no,header,here\n1,2,3', `镇街,年份,指标,数值\n${r.pick(NASTY_STRINGS.filter((n) => n.trim() !== '长安镇'))},2025,落地指标,1`]), headers: { 'content-type': 'text/csv' } }),
    () => ({ method: 'POST', path: '/api/v1/quotas/import', body: '镇街,年份,指标,数值\n' + HUGE_CSV_ROWS, headers: { 'content-type': 'text/csv' } }),
    () => ({ method: 'POST', path: '/api/v1/quotas/import', body: 'x', headers: { 'content-type': 'application/json' } }),
    () => ({ method: 'GET', path: `/api/v1/quotas?year=${encodeURIComponent(r.pick(NASTY_STRINGS))}` }),
    () => ({ method: 'GET', path: `/api/v1/audit?unit=${encodeURIComponent(r.pick(NASTY_STRINGS))}` }),
    () => ({ method: 'GET', path: `/api/v1/audit?field=${encodeURIComponent(r.pick(NASTY_STRINGS))}&limit=${r.pick(['-1', '0', 'all', '99999999'])}` }),
    () => ({ method: 'POST', path: `/api/v1/imports/${encodeURIComponent(r.pick([...NASTY_STRINGS, '99999', '1e3']))}/undo` }),
    () => ({ method: r.pick(['DELETE', 'PATCH', 'PUT', 'POST']), path: `/api/v1/${encodeURIComponent(r.pick(NASTY_STRINGS))}` }),
    () => ({ method: 'POST', path: '/api/v1/session', body: r.pick([...BAD_JSON, JSON.stringify({ username: r.pick(BAD_VALUES), password: 'x' }), JSON.stringify({ username: 'a', password: 'b', role: 'planner' })]), headers: json }),
  ];
  return Array.from({ length: count }, () => r.pick(makers)());
}

describe.each(BACKENDS)('hostile input on %s', (backend) => {
  let server: InProcessServer;
  let planner: ApiClient;

  beforeAll(async () => {
    server = await startOnFreshDatabase(backend, [{ username: 'planner', role: 'planner' }]);
    planner = new ApiClient(server.fetch);
    await planner.signIn('planner');
    await planner.put(cellPath('长安镇', 2025, 'landing_quota'), { value: 11, version: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('1,200 generated bad requests each get a 4xx with a clear Chinese error, and the data stays as it was', async () => {
    const before = await snapshot(server.db);
    const auditBefore = await auditCount(server.db);
    const cases = generate(20261124, 1200);
    const outcomes = new Map<number, number>();
    for (const c of cases) {
      const r = await planner.request(c.method, c.path, c.body, c.headers ?? {});
      outcomes.set(r.status, (outcomes.get(r.status) ?? 0) + 1);
      if (r.status < 400 || r.status >= 500) throw new Error(`${c.method} ${c.path.slice(0, 120)} ${String(c.body).slice(0, 120)} → ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
      expect(r.body.error.code).toMatch(/^[a-z_]+$/);
      expect(r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await snapshot(server.db)).toBe(before);
    expect(await auditCount(server.db)).toBe(auditBefore);
    expect([...outcomes.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
    console.log(`${backend}: statuses ${JSON.stringify(Object.fromEntries(outcomes))}`);
  });
});
