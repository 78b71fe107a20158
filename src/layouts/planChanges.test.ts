import { describe, expect, it } from 'vitest';
import { BUILTIN_PLANS } from '../plans/builtin';
import { ELEMENT_KIND_LABEL } from './kindLabels';
import { changeLines, planChanges } from './planChanges';
import type { LayoutElement } from './types';

const plan2018 = BUILTIN_PLANS.find((p) => p.group.id === 'plan2018')!.elements;
const el = (id: string, kind: LayoutElement['kind'], nameZh: string, towns: string[]): LayoutElement => ({
  id,
  plan: 'p',
  kind,
  nameZh,
  nameEn: '',
  draw: 'zone',
  members: towns.map((town) => ({ town, coverage: 'whole', roleKind: 'member', role: '成员', roleWording: 'none', factKind: 'stated' })),
  source: {},
  factKind: 'stated',
  description: '',
  color: '#0072B2',
});

describe('the change list between two plans', () => {
  it('finds nothing between a plan and its copy', () => {
    const copy = plan2018.map((e) => ({ ...e, id: `${e.id}--plan2018-copy`, plan: 'plan2018-copy' }));
    const changes = planChanges(plan2018, copy);
    expect(changes.none).toBe(true);
    expect(changeLines(changes, (k) => ELEMENT_KIND_LABEL[k])).toEqual(['两份规划的元素和镇街相同，没有变化。']);
  });

  it('names towns that entered or left each kind, and elements added, removed and renamed', () => {
    const older = [el('a', 'region', '北区', ['麻涌镇', '中堂镇']), el('b', 'region', '南区', ['长安镇', '虎门镇']), el('c', 'base', '旧基地', ['谢岗镇'])];
    const newer = [
      el('x1', 'region', '北部片区', ['麻涌镇', '中堂镇']), // renamed: same kind, same towns
      el('x2', 'region', '南区', ['长安镇', '厚街镇']), // same name: 虎门 left, 厚街 entered
      el('x3', 'cluster', '新集群', ['松山湖管委会']), // added
    ];
    const changes = planChanges(older, newer);
    expect(changes.kinds).toEqual([
      { kind: 'region', entered: ['厚街镇'], left: ['虎门镇'] },
      { kind: 'base', entered: [], left: ['谢岗镇'] },
      { kind: 'cluster', entered: ['松山湖管委会'], left: [] },
    ]);
    expect(changes.added.map((e) => e.id)).toEqual(['x3']);
    expect(changes.removed.map((e) => e.id)).toEqual(['c']);
    expect(changes.renamed.map((r) => [r.from.nameZh, r.to.nameZh])).toEqual([['北区', '北部片区']]);
    expect(changes.towns.sort()).toEqual(['厚街镇', '松山湖管委会', '虎门镇', '谢岗镇'].sort());
    const lines = changeLines(changes, (k) => ELEMENT_KIND_LABEL[k]);
    expect(lines).toContain('片区（区域）新增镇街：厚街镇');
    expect(lines).toContain('片区（区域）不再包括：虎门镇');
    expect(lines).toContain('新增元素：新集群');
    expect(lines).toContain('删去元素：旧基地');
    expect(lines).toContain('改名：北区 → 北部片区');
  });

  it('a town that stays in the kind through another element has not left it', () => {
    const older = [el('a', 'belt', '西带', ['长安镇']), el('b', 'belt', '东带', ['塘厦镇'])];
    const newer = [el('a', 'belt', '西带', ['塘厦镇']), el('b', 'belt', '东带', ['长安镇'])];
    expect(planChanges(older, newer).kinds).toEqual([]);
  });

  it('between the two built-in plans: each plan\u2019s elements are added or removed, and towns move by kind', () => {
    const fyp14 = BUILTIN_PLANS.find((p) => p.group.id === 'fyp14')!.elements;
    const changes = planChanges(plan2018, fyp14);
    expect(changes.added.length + changes.renamed.length).toBeGreaterThan(0);
    const base = changes.kinds.find((k) => k.kind === 'base');
    expect(base?.entered).toContain('谢岗镇');
  });
});
