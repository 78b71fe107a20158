import { describe, expect, it } from 'vitest';
import { BUILTIN_PLANS } from '../../plans/builtin';
import { editPlan, newElement } from '../../plans/editorActions';
import type { Plan } from '../../plans/planFile';
import { deckFileSchema } from '../present/slide';
import { buildPlanBriefing, predecessorOf } from './planBriefing';

const plan2018 = BUILTIN_PLANS.find((p) => p.group.id === 'plan2018')!;
const fyp14 = BUILTIN_PLANS.find((p) => p.group.id === 'fyp14')!;

function newPlan(): Plan {
  let p: Plan = { group: { id: 'plan2030', nameZh: '新布局', title: '2026 新布局', document: '测试文件', period: { start: 2026, end: 2030 }, draft: true }, elements: [] };
  const zone = newElement(p, 'plan2030-e1', 'region', '#0072B2');
  const base = newElement(p, 'plan2030-e2', 'base', '#AA4499');
  p = editPlan(editPlan(p, { type: 'element/add', element: zone }), { type: 'element/add', element: base });
  for (const town of ['长安镇', '虎门镇']) p = editPlan(p, { type: 'member/toggle', id: zone.id, town });
  return editPlan(p, { type: 'member/toggle', id: base.id, town: '谢岗镇' });
}

describe('the generated briefing', () => {
  it('has a title slide, one slide per element kind and the change list against the plan it follows', () => {
    const slides = buildPlanBriefing(newPlan(), plan2018);
    expect(slides.map((s) => s.title)).toEqual(['2026 新布局', '新布局：片区（区域）（1 个）', '新布局：基地（1 个）', '与“一核三带十区”相比的变化']);
    expect(slides[1].highlight).toEqual(['长安镇', '虎门镇']);
    expect(slides[1].layers).toEqual(['plan2030-e1']);
    expect(slides[3].caption).toMatch(/^片区（区域）新增镇街：长安镇、虎门镇；基地新增镇街：谢岗镇/);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('the built-in 14th FYP plan briefed against 2018 makes a valid deck file', () => {
    const slides = buildPlanBriefing(fyp14, plan2018);
    const kinds = new Set(fyp14.elements.map((e) => e.kind)).size;
    expect(slides).toHaveLength(kinds + 2);
    const parsed = deckFileSchema.safeParse({ format: 'dgmap-deck', schemaVersion: 1, slides });
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('without a plan to follow there is no change slide; the predecessor is the latest plan that ended before', () => {
    expect(buildPlanBriefing(newPlan(), null)).toHaveLength(3);
    expect(predecessorOf(newPlan(), BUILTIN_PLANS)?.group.id).toBe('fyp14');
    expect(predecessorOf(fyp14, BUILTIN_PLANS)?.group.id).toBe('plan2018');
  });
});
