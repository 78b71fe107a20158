import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config';
import { clientAddress } from '../src/http/security';

describe('configuration checked at start', () => {
  it('names every bad variable with what it should be', () => {
    expect(() => configFromEnv({ SESSION_TTL_HOURS: 'abc', TRUST_PROXY: 'yes', PORT: '99999', DATABASE_URL: 'mysql://x' })).toThrow(
      /SESSION_TTL_HOURS=「abc」无效[\s\S]*TRUST_PROXY=「yes」无效[\s\S]*PORT=「99999」无效|PORT=「99999」无效[\s\S]*SESSION_TTL_HOURS[\s\S]*TRUST_PROXY/,
    );
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL 无效/);
    expect(() => configFromEnv({ ALLOWED_HOSTS: 'https://a.example/path' })).toThrow(/ALLOWED_HOSTS/);
  });

  it('takes sensible defaults: the server\'s own host names, 10 s per request', () => {
    const c = configFromEnv({});
    expect(c.allowedHosts).toEqual(expect.arrayContaining(['localhost', '127.0.0.1']));
    expect(c.requestTimeoutMs).toBe(10_000);
    expect(c.trustProxy).toBe(0);
    expect(configFromEnv({ SESSION_TTL_HOURS: '2' }).sessionTtlSeconds).toBe(7200);
  });
});

describe('client address behind trusted proxies', () => {
  it('takes the entry the outermost trusted proxy added, never what the client wrote', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9');
    expect(clientAddress('6.6.6.6, 203.0.113.9, 10.0.0.1', '10.0.0.2', 2)).toBe('203.0.113.9');
    expect(clientAddress('6.6.6.6', '10.0.0.2', 0)).toBe('10.0.0.2');
    expect(clientAddress(undefined, '10.0.0.2', 1)).toBe('10.0.0.2');
  });
});
