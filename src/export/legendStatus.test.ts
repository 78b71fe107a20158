/**
 * An ended plan is badged 已到期 in exported legends too (PNG, PDF pages and PowerPoint slides draw
 * their legend from this layout): once, on the plan's heading above its lines, not on every line.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_PLANS } from '../plans/builtin';
import { legendSections } from '../map/legend';
import { emptyMapState } from '../state/mapState';
import { computeLayout, type MeasureText } from './layout';

const measure: MeasureText = (text, fontPx, bold) => [...text].length * fontPx * (bold ? 1.05 : 1);
const plan = (id: string) => BUILTIN_PLANS.find((p) => p.group.id === id)!;

describe('exported legend lines', () => {
  const shown = [...plan('fyp14').elements.slice(0, 3), ...plan('pianqu').elements.slice(0, 2)];
  const state = { ...emptyMapState(), overlays: shown.map((e) => ({ id: e.id, opacity: 1 })) };
  const items = (year: number, width: number, height: number) =>
    computeLayout({ width, height, title: '布局', dateText: '制图日期 2026-12-05', legend: legendSections(state, undefined, year) }, measure).legend!.items.map((i) =>
      i.kind === 'row' ? { kind: 'row', text: i.text.text, plan: shown.find((e) => e.id === i.row.elementId)!.plan } : { kind: 'heading', text: i.text.text },
    );

  for (const [what, width, height] of [['a 16:9 slide (PowerPoint, PDF deck)', 1920, 1080], ['an A4 landscape page', 1123, 794]] as const) {
    it(`on ${what}: the ended 十四五 plan's heading says 已到期 once, above its lines; no line says it, nor the 六大片区 heading`, () => {
      const in2026 = items(2026, width, height);
      const headings = in2026.filter((i) => i.kind === 'heading').map((i) => i.text);
      expect(headings).toEqual(['图例', `${plan('fyp14').group.title}（已到期）`, plan('pianqu').group.title]);
      // Each plan's lines come right under its heading.
      const fyp14At = in2026.findIndex((i) => i.text === `${plan('fyp14').group.title}（已到期）`);
      expect(in2026.slice(fyp14At + 1, fyp14At + 1 + 3).every((i) => 'plan' in i && i.plan === 'fyp14')).toBe(true);
      expect(in2026.filter((i) => i.kind === 'row').some((i) => i.text.includes('已到期'))).toBe(false);
      // while the plan was in force nothing says it
      expect(items(2024, width, height).some((i) => i.text.includes('已到期'))).toBe(false);
    });
  }
});
