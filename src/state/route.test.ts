import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route';

describe('hash routes', () => {
  it('reads the map, town and presenter routes', () => {
    expect(parseHash('#/map?town=长安镇')).toEqual({ route: { mode: 'map' }, params: { town: '长安镇' } });
    expect(parseHash('#/town/%E9%95%BF%E5%AE%89%E9%95%87').route).toEqual({ mode: 'town', town: '长安镇' });
    expect(parseHash('#/present/3').route).toEqual({ mode: 'present', slide: 3 });
    expect(parseHash('#/present/console').route).toEqual({ mode: 'console' });
    expect(parseHash('#/targets').route).toEqual({ mode: 'targets' });
    expect(parseHash('#/quotas?quota=landing.quota.2025').route).toEqual({ mode: 'quotas' });
  });

  it('falls back to the map for empty, unknown or malformed hashes', () => {
    expect(parseHash('').route).toEqual({ mode: 'map' });
    expect(parseHash('#/nowhere').route).toEqual({ mode: 'map' });
    expect(parseHash('#/present/abc').route).toEqual({ mode: 'present', slide: 1 });
    expect(parseHash('#/town/%E0%A4%A').route).toEqual({ mode: 'town', town: '%E0%A4%A' });
  });

  it('writes what it reads', () => {
    for (const hash of ['#/map', '#/map?town=长安镇,虎门镇&layers=belt-west', '#/present/12', '#/present/console', '#/town/谢岗镇', '#/targets', '#/quotas']) {
      const parsed = parseHash(hash);
      expect(parseHash(formatHash(parsed))).toEqual(parsed);
    }
    expect(decodeURIComponent(formatHash(parseHash('#/map?town=长安镇,虎门镇')))).toBe('#/map?town=长安镇,虎门镇');
    expect(decodeURIComponent(formatHash({ route: { mode: 'town', town: '谢岗镇' }, params: {} }))).toBe('#/town/谢岗镇');
  });
});
