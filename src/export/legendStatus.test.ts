/**
 * An ended plan is badged 已到期 in exported legends too (PNG, PDF pages and PowerPoint slides draw
 * their legend from this layout): every line of its elements says so, in full.
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
  const lines = (year: number, width: number, height: number) =>
    computeLayout({ width, height, title: '布局', dateText: '制图日期 2026-12-05', legend: legendSections(state, undefined, year) }, measure)
      .legend!.items.filter((i) => i.kind === 'row')
      .map((i) => ({ text: i.text.text, plan: shown.find((e) => e.id === (i as { row: { elementId?: string } }).row.elementId)!.plan }));

  for (const [what, width, height] of [['a 16:9 slide (PowerPoint, PDF deck)', 1920, 1080], ['an A4 landscape page', 1123, 794]] as const) {
    it(`on ${what}: every line of the ended 十四五 plan ends with 已到期, the 六大片区 lines do not`, () => {
      const in2026 = lines(2026, width, height);
      expect(in2026.filter((l) => l.plan === 'fyp14').length).toBeGreaterThan(0);
      for (const l of in2026) expect(l.text.endsWith('（已到期）')).toBe(l.plan === 'fyp14');
      // while the plan was in force nothing says it
      expect(lines(2024, width, height).some((l) => l.text.includes('已到期'))).toBe(false);
    });
  }
});
