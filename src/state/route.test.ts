import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route';
import { quoteUserText } from './noticeStore';

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
    expect(parseHash('#/town/').route).toEqual({ mode: 'map' });
    expect(parseHash('#/town/%E0%A4%A').route).toEqual({ mode: 'town', town: '%E0%A4%A' });
  });

  it('says why a link could not be followed: unknown page, bad slide number, empty name', () => {
    expect(parseHash('#/nowhere').problem).toBe('链接中的页面 “nowhere” 不存在，已打开地图。');
    expect(parseHash('#/map/extra').problem).toMatch(/页面 “map\/extra” 不存在/);
    expect(parseHash('#/present/-1').problem).toBe('链接中的幻灯片编号“-1”无效（应为 1 起的整数），已转到第 1 张。');
    expect(parseHash('#/present/3abc')).toMatchObject({ route: { mode: 'present', slide: 1 }, problem: expect.stringMatching(/“3abc”无效/) });
    expect(parseHash('#/present/0').problem).toMatch(/“0”无效/);
    expect(parseHash('#/town/')).toMatchObject({ route: { mode: 'map' }, problem: expect.stringMatching(/没有给出镇街名称/) });
    for (const fine of ['', '#', '#/', '#/map', '#/present', '#/present/7', '#/present/console', '#/town/长安镇', '#/targets', '#/quotas']) {
      expect(parseHash(fine).problem, fine).toBeUndefined();
    }
  });

  it('shows invisible characters of a link as such, and keeps a quoted text short', () => {
    expect(quoteUserText('长安镇\u0007')).toBe('“长安镇⟨U+0007⟩”');
    expect(quoteUserText('长安\u200B镇')).toBe('“长安⟨U+200B⟩镇”');
    expect(quoteUserText('x'.repeat(10_000))).toBe(`“${'x'.repeat(24)}…（共 10000 字）”`);
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
