import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../src/auth/users';
import { ApiClient, BACKENDS, ORIGIN, startOnFreshDatabase, type InProcessServer } from './support';

/** Behind one trusted proxy (nginx): the address is the one nginx appended, whatever the client sent. */
describe.each(BACKENDS)('sign-in on %s cannot be turned against a user', (backend) => {
  let server: InProcessServer;
  beforeAll(async () => {
    server = await startOnFreshDatabase(backend, [{ username: 'zhang', role: 'planner' }, { username: 'li', role: 'viewer' }], {
      trustProxy: 1,
      remoteAddress: () => '127.0.0.1',
      allowedHosts: ['127.0.0.1', 'localhost'],
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A sign-in from a client address (as nginx would forward it), with anything the client itself put in front. */
  const attempt = (username: string, password: string, address: string, spoofed = '') =>
    server.fetch('/api/v1/session', {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json', 'x-forwarded-for': `${spoofed ? `${spoofed}, ` : ''}${address}` },
      body: JSON.stringify({ username, password }),
    });

  it('1,000 wrong passwords for zhang from 20 addresses, then zhang signs in from a new address within 1 s', async () => {
    const statuses = new Map<number, number>();
    const started = performance.now();
    for (let round = 0; round < 50; round++) {
      const answers = await Promise.all(Array.from({ length: 20 }, (_, a) => attempt('zhang', `wrong-${round}`, `203.0.113.${a + 1}`)));
      for (const r of answers) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
    // each address had its 5 tries, then one more after 1 s, 2 s, 4 s … (on a loaded machine the
    // 1,000 requests take a while)
    const seconds = (performance.now() - started) / 1000;
    let perAddress = 5;
    for (let wait = 1, waited = wait; waited <= seconds; wait *= 2, waited += wait) perAddress++;
    console.log(`1,000 wrong passwords from 20 addresses in ${seconds.toFixed(1)} s: ${statuses.get(401)} checked (at most ${20 * perAddress} allowed), ${statuses.get(429)} refused`);
    expect(statuses.get(401)).toBeLessThanOrEqual(20 * perAddress);
    expect(statuses.get(401)! + statuses.get(429)!).toBe(1000);
    const t = performance.now();
    const own = await attempt('zhang', 'test-password-1', '198.51.100.7');
    const took = performance.now() - t;
    expect(own.status).toBe(200);
    expect(took).toBeLessThan(1000);
    // a colleague behind one of the attackers' addresses (an office NAT) is not locked out either
    expect((await attempt('li', 'test-password-1', '203.0.113.5')).status).toBe(200);
  }, 120_000);

  it('200 simultaneous wrong passwords: at most the allowed number are checked', async () => {
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 200 }, () => attempt('li', 'not-it', '192.0.2.50')));
    const seconds = (performance.now() - started) / 1000;
    const checked = answers.filter((r) => r.status === 401).length;
    const refused = answers.filter((r) => r.status === 429);
    // 5 free attempts; after that one more after 1 s, 2 s, 4 s … (if the burst took that long)
    let allowed = 5;
    for (let wait = 1, waited = wait; waited <= seconds; wait *= 2, waited += wait) allowed++;
    console.log(`200 simultaneous wrong passwords in ${seconds.toFixed(1)} s: ${checked} checked (allowed ${allowed}), ${refused.length} refused`);
    expect(checked).toBeLessThanOrEqual(allowed);
    expect(checked + refused.length).toBe(200);
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('what a client writes into X-Forwarded-For itself does not change its address', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('zhang', 'bad', '192.0.2.99', `10.9.9.${i}`)).status).toBe(401);
    // rotating the spoofed part does not give new tries
    expect((await attempt('zhang', 'bad', '192.0.2.99', '10.9.9.200')).status).toBe(429);
    // and cannot lock out another address by naming it
    expect((await attempt('zhang', 'test-password-1', '10.9.9.1')).status).toBe(200);
  });

  it('usernames are NFKC-normalised and case-folded; look-alike letters are refused', async () => {
    await expect(addUser(server.db, 'Zhang', 'viewer', null, 'another-password')).rejects.toThrow();
    await expect(addUser(server.db, 'ｚｈａｎｇ', 'viewer', null, 'another-password')).rejects.toThrow();
    await expect(addUser(server.db, 'zhаng', 'viewer', null, 'another-password')).rejects.toThrow(/U\+0430/);
    const wang = await addUser(server.db, 'Wang.Wei', 'viewer', null, 'another-password');
    expect(wang.username).toBe('wang.wei');
    expect((await attempt('ＷＡＮＧ.wei', 'another-password', '192.0.2.10')).status).toBe(200);
    const [{ n }] = await server.db.query<{ n: number }>("select count(*)::integer as n from users where lower(username) = 'zhang'");
    expect(n).toBe(1);
  });

  it('a request naming another host (DNS rebinding) is refused before sign-in', async () => {
    const r = await new ApiClient((path, init) => server.app.request(`http://evil.example:8080${path}`, init), 'http://evil.example:8080').post('/api/v1/session', {
      username: 'zhang',
      password: 'test-password-1',
    });
    expect(r.status).toBe(421);
    expect(r.body.error.code).toBe('bad_host');
  });
});
