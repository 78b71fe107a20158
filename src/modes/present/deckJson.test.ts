import { describe, expect, it } from 'vitest';
import { buildDefaultDeck } from './defaultDeck';
import { deckToJson, parseDeckJson } from './deckJson';
import type { Slide } from './slide';

const custom: Slide[] = [
  { id: 'one', title: '开场', caption: '', layers: [], camera: { kind: 'city' }, highlight: [], quota: null },
  {
    id: 'two',
    title: '长安与虎门',
    caption: '两镇对比',
    layers: ['belt-west', 'base-yinping'],
    camera: { kind: 'bounds', bounds: [113.6, 22.7, 113.9, 22.9] },
    highlight: ['长安镇', '虎门镇'],
    quota: { field: 'landing', measure: 'rate', year: 2026 },
  },
];

function file(slides: unknown[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({ format: 'dgmap-deck', schemaVersion: 1, slides, ...extra });
}

function error(text: string): string {
  const result = parseDeckJson(text);
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

describe('deck JSON', () => {
  it('round-trips a deck exactly (default and custom)', () => {
    for (const deck of [buildDefaultDeck(), custom]) {
      expect(parseDeckJson(deckToJson(deck))).toEqual({ ok: true, slides: deck });
    }
  });

  it('keeps a slide’s chart or table and names an unknown table', () => {
    const withFigure = [{ ...custom[0], figure: { kind: 'target-table' as const, table: 'baiqianwan' } }];
    expect(parseDeckJson(deckToJson(withFigure))).toEqual({ ok: true, slides: withFigure });
    const bad = error(file([{ title: 'A', caption: '', layers: [], camera: { kind: 'city' }, figure: { kind: 'target-table', table: 'nope' } }]));
    expect(bad).toContain('目标表“nope”不存在');
    expect(error(file([{ title: 'A', caption: '', layers: [], camera: { kind: 'city' }, figure: { kind: 'pie' } }]))).toContain('figure.kind');
  });

  it('accepts a hand-written file without ids and fills in the optional parts', () => {
    const result = parseDeckJson(file([{ title: 'A', caption: 'B', layers: [], camera: { kind: 'towns', towns: ['谢岗镇'] } }, { title: 'C', caption: '', layers: [], camera: { kind: 'city' } }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.slides[0]).toMatchObject({ highlight: [], quota: null, camera: { kind: 'towns', towns: ['谢岗镇'] } });
    expect(result.slides[0].id).not.toBe(result.slides[1].id);
  });

  it('gives repeated ids fresh ones', () => {
    const result = parseDeckJson(file([custom[0], custom[0]]));
    expect(result.ok && new Set(result.slides.map((s) => s.id)).size).toBe(2);
  });

  it('rejects what is not JSON or not a deck file, saying so', () => {
    expect(error('{ not json')).toMatch(/^不是有效的 JSON/);
    expect(error('[1,2]')).toContain('不是汇报幻灯片文件');
    expect(error(JSON.stringify({ slides: [] }))).toContain('缺少 format');
    expect(error(JSON.stringify({ format: 'dgmap-quotas', schemaVersion: 1 }))).toContain('"dgmap-quotas"');
    expect(error(JSON.stringify({ format: 'dgmap-deck', schemaVersion: 7, slides: [] }))).toContain('版本 7 未知');
    expect(error(file([]))).toContain('至少要有一张幻灯片');
  });

  it('names the slide and the problem: unknown layer, unknown town, bad camera, bad quota', () => {
    expect(error(file([custom[0], { ...custom[1], layers: ['belt-north'] }]))).toBe('第 2 张幻灯片 › layers › 0：图层“belt-north”不存在');
    expect(error(file([{ ...custom[1], highlight: ['长安'] }]))).toContain('第 1 张幻灯片 › highlight › 0：“长安”不是东莞的镇街名称');
    expect(error(file([{ ...custom[1], camera: { kind: 'globe' } }]))).toContain('第 1 张幻灯片 › camera');
    expect(error(file([{ ...custom[1], camera: { kind: 'globe' } }]))).toContain('city（全市）、towns（镇街）或 bounds（范围）');
    expect(error(file([{ ...custom[1], camera: { kind: 'bounds', bounds: [113.9, 22.7, 113.6, 22.9] } }]))).toContain('西 < 东');
    expect(error(file([{ ...custom[1], quota: { field: 'landing', measure: 'rate', year: 2030 } }]))).toContain('年份 year 须为 2025、2026、2027');
    expect(error(file([{ ...custom[1], title: undefined }]))).toContain('第 1 张幻灯片 › title：缺少标题');
  });

  it('lists at most three problems and counts the rest', () => {
    const bad = Array.from({ length: 5 }, () => ({ ...custom[0], layers: ['nope'] }));
    const message = error(file(bad));
    expect(message.split('；')).toHaveLength(3);
    expect(message).toContain('另有 2 处问题');
  });
});
