import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../src/auth/passwords';
import { PASSWORD, testPasswordHash } from './support';

/**
 * The service's password cost, checked here once: the other tests' accounts are stored at a lower
 * cost (support.ts, testPasswordHash) so that their hundreds of sign-ins are cheap.
 */
describe('stored passwords', () => {
  it('are scrypt at N = 16384, r = 8, p = 1 with a salt of their own, never the password itself', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct');
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct hors', a)).toBe(false);
    // a name without an account is checked against a hash of the same cost (as long either way)
    expect(DUMMY_HASH.split('$').slice(0, 4)).toEqual(a.split('$').slice(0, 4));
  });

  it('are checked at the cost written in the hash (what the test accounts rely on)', async () => {
    const cheap = await testPasswordHash(PASSWORD);
    expect(cheap).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, cheap)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}x`, cheap)).toBe(false);
  });
});
