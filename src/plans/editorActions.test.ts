import { describe, expect, it } from 'vitest';
import { isTownName } from '../towns/townFacts';
import { BUILTIN_PLANS } from './builtin';
import { drawableElements, editorUpdate, editPlan, newElement, planProblems, problemsOf, type EditorHistory, type HistoryAction } from './editorActions';
import type { Plan } from './planFile';

const empty = (): Plan => ({ group: { id: 'plan-test', nameZh: '测试规划', title: '测试规划', document: '测试文件', draft: true }, elements: [] });

function run(plan: Plan, actions: HistoryAction[]): EditorHistory {
  return actions.reduce<EditorHistory>((s, a) => editorUpdate(s, a), { plan, past: [], future: [] });
}

describe('the plan editor updater', () => {
  it('adds a zone and toggles member towns on and off, with a partial toggle', () => {
    const p0 = empty();
    const zone = newElement(p0, 'plan-test-e1', 'region', '#0072B2');
    let p = editPlan(p0, { type: 'element/add', element: zone });
    for (const town of ['长安镇', '虎门镇', '厚街镇']) p = editPlan(p, { type: 'member/toggle', id: zone.id, town });
    p = editPlan(p, { type: 'member/toggle', id: zone.id, town: '虎门镇' });
    p = editPlan(p, { type: 'member/set', id: zone.id, town: '厚街镇', patch: { coverage: 'partial', role: '西部' } });
    expect(p.elements[0].members.map((m) => [m.town, m.coverage, m.role])).toEqual([
      ['长安镇', 'whole', '成员'],
      ['厚街镇', 'partial', '西部'],
    ]);
    expect(p0.elements).toHaveLength(0); // pure
    expect(planProblems(p)).toEqual([]);
  });

  it('draws an axis by picking towns in order; each becomes a member; removing one from the path drops it', () => {
    const axis = newElement(empty(), 'plan-test-e1', 'corridor', '#222222');
    expect(axis.draw).toBe('axis');
    let p = editPlan(empty(), { type: 'element/add', element: axis });
    expect(planProblems(p).join('\n')).toMatch(/第 1 个元素（plan-test-e1） › axisPaths › 第 1 项：一条轴线至少要经过两个镇街/);
    for (const town of ['莞城街道', '南城街道', '东城街道', '松山湖管委会']) p = editPlan(p, { type: 'axis/append', id: axis.id, path: 0, town });
    expect(p.elements[0].axisPaths).toEqual([['莞城街道', '南城街道', '东城街道', '松山湖管委会']]);
    expect(p.elements[0].members.map((m) => m.town)).toEqual(['莞城街道', '南城街道', '东城街道', '松山湖管委会']);
    expect(planProblems(p)).toEqual([]);
    p = editPlan(p, { type: 'axis/removeAt', id: axis.id, path: 0, index: 1 });
    expect(p.elements[0].axisPaths).toEqual([['莞城街道', '东城街道', '松山湖管委会']]);
    expect(p.elements[0].members.map((m) => m.town)).not.toContain('南城街道');
  });

  it('places a base at a town with its area', () => {
    const base = newElement(empty(), 'plan-test-e1', 'base', '#AA4499');
    let p = editPlan(empty(), { type: 'element/add', element: base });
    expect(planProblems(p).join('\n')).toMatch(/基地（draw: "base"）至少要落在一个镇街/);
    p = editPlan(p, { type: 'member/toggle', id: base.id, town: '谢岗镇' });
    p = editPlan(p, { type: 'element/setArea', id: base.id, km2: 2 });
    p = editPlan(p, { type: 'element/setArea', id: base.id, km2: 2.5 });
    expect(p.elements[0].figures?.plannedArea).toEqual({ text: '约 2.5 km²', km2: 2.5 });
    p = editPlan(p, { type: 'element/setText', id: base.id, field: 'areaText', value: '约 3,750 亩' });
    expect(p.elements[0].figures?.plannedArea).toEqual({ text: '约 3,750 亩', km2: 2.5 });
    expect(planProblems(p)).toEqual([]);
  });

  it('names the element and field of a problem as the import does, as soon as it is typed', () => {
    const zone = newElement(empty(), 'plan-test-e1', 'region', '#0072B2');
    let p = editPlan(empty(), { type: 'element/add', element: zone });
    p = editPlan(p, { type: 'member/toggle', id: zone.id, town: '长安镇' });
    p = editPlan(p, { type: 'element/setText', id: zone.id, field: 'nameZh', value: '' });
    p = editPlan(p, { type: 'element/setText', id: zone.id, field: 'section', value: '第一章 <b>布局</b>' });
    p = editPlan(p, { type: 'plan/setMeta', field: 'issued', value: '2026年' });
    const problems = planProblems(p);
    expect(problems).toContain('第 1 个元素（plan-test-e1） › nameZh：不能为空');
    expect(problems.join('\n')).toMatch(/第 1 个元素（plan-test-e1） › source › section：含有 HTML 标记/);
    expect(problems.join('\n')).toMatch(/规划信息 › issued：印发日期应写作/);
    expect(problemsOf(problems, p, zone.id)).toHaveLength(2);
  });

  it('undoes and redoes every edit; a new edit clears redo', () => {
    const zone = newElement(empty(), 'plan-test-e1', 'region', '#0072B2');
    let s = run(empty(), [
      { type: 'element/add', element: zone },
      { type: 'member/toggle', id: zone.id, town: '长安镇' },
      { type: 'member/toggle', id: zone.id, town: '虎门镇' },
    ]);
    expect(s.plan.elements[0].members).toHaveLength(2);
    s = editorUpdate(s, { type: 'editor/undo' });
    expect(s.plan.elements[0].members.map((m) => m.town)).toEqual(['长安镇']);
    s = editorUpdate(s, { type: 'editor/undo' });
    s = editorUpdate(s, { type: 'editor/undo' });
    expect(s.plan.elements).toHaveLength(0);
    expect(editorUpdate(s, { type: 'editor/undo' })).toBe(s); // nothing left to undo
    s = editorUpdate(s, { type: 'editor/redo' });
    s = editorUpdate(s, { type: 'editor/redo' });
    expect(s.plan.elements[0].members.map((m) => m.town)).toEqual(['长安镇']);
    s = editorUpdate(s, { type: 'element/setColor', id: zone.id, color: '#D55E00' });
    expect(s.future).toEqual([]);
    expect(s.plan.elements[0].color).toBe('#D55E00');
  });

  it('typing in one field is one undo step', () => {
    let s = run(empty(), [{ type: 'plan/setMeta', field: 'nameZh', value: '东' }]);
    for (const value of ['东莞', '东莞新', '东莞新规划']) s = editorUpdate(s, { type: 'plan/setMeta', field: 'nameZh', value });
    s = editorUpdate(s, { type: 'plan/setMeta', field: 'title', value: '标题' });
    expect(s.past).toHaveLength(2);
    s = editorUpdate(s, { type: 'editor/undo' });
    s = editorUpdate(s, { type: 'editor/undo' });
    expect(s.plan.group.nameZh).toBe('测试规划');
  });

  it('an edit that changes nothing leaves no undo step', () => {
    const s = run(empty(), [{ type: 'plan/setMeta', field: 'nameZh', value: '测试规划' }]);
    expect(s.past).toEqual([]);
  });

  it('sets how an element is known and its parent; a parent that is the element itself is named', () => {
    let p = empty();
    const cluster = newElement(p, 'e1', 'cluster', '#0072B2');
    const sub = newElement(p, 'e2', 'subcluster', '#D55E00');
    p = editPlan(editPlan(p, { type: 'element/add', element: cluster }), { type: 'element/add', element: sub });
    p = editPlan(p, { type: 'element/setParent', id: 'e2', parentId: 'e1' });
    p = editPlan(p, { type: 'element/setFactKind', id: 'e2', factKind: 'derived' });
    expect(p.elements[1]).toMatchObject({ parentId: 'e1', factKind: 'derived' });
    expect(planProblems(p)).toEqual([]);
    expect(planProblems(editPlan(p, { type: 'element/setParent', id: 'e1', parentId: 'e1' }))).toContain('第 1 个元素（e1） › parentId：不能是元素自己');
    expect('parentId' in editPlan(p, { type: 'element/setParent', id: 'e2', parentId: null }).elements[1]).toBe(false);
  });

  it('removing an element frees its children', () => {
    const p2018 = BUILTIN_PLANS.find((p) => p.group.id === 'plan2018')!;
    const parent = p2018.elements.find((e) => p2018.elements.some((c) => c.parentId === e.id))!;
    const p = editPlan(p2018, { type: 'element/remove', id: parent.id });
    expect(p.elements.some((e) => e.parentId === parent.id)).toBe(false);
    expect(planProblems(p)).toEqual([]);
  });

  it('the preview draws only what can be drawn: no unknown town, no axis of one town, no base without a town', () => {
    let p = empty();
    const zone = newElement(p, 'e1', 'region', '#0072B2');
    const axis = newElement(p, 'e2', 'corridor', '#222222');
    const base = newElement(p, 'e3', 'base', '#AA4499');
    for (const element of [zone, axis, base]) p = editPlan(p, { type: 'element/add', element });
    p = editPlan(p, { type: 'member/toggle', id: 'e1', town: '长安镇' });
    p = editPlan(p, { type: 'member/toggle', id: 'e1', town: '长按镇' });
    p = editPlan(p, { type: 'axis/append', id: 'e2', path: 0, town: '虎门镇' });
    const drawn = drawableElements(p, isTownName);
    expect(drawn.map((e) => e.id)).toEqual(['e1']);
    expect(drawn[0].members.map((m) => m.town)).toEqual(['长安镇']);
  });
});
