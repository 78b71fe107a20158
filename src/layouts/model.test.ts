import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOWN_NAMES, resolveTownName } from '../towns/townFacts';
import { LAYOUT_ELEMENTS, PLAN_GROUPS } from '../plans/builtin';
import { mergeMembers } from '../plans/mergeMembers';
import { BASE_SUPPORT_NOTE, DOC_BAIQIANWAN, GD14_QUOTES, PLATFORM_LIST_QUOTE, SEED_BAIQIANWAN, SEED_FYP14, SEED_GD14, SEED_PLAN2018 } from './documents';
import {
  baseMarkerTowns,
  childrenOf,
  compareElements,
  coverageLabel,
  elementById,
  elementsOfPlan,
  factKindLabel,
  hasPartialMembers,
  isSchematic,
  memberTowns,
  membershipsOfTown,
  sourcedWithoutSource,
} from './queries';
import type { ElementKind, LayoutElement, PlanId } from './types';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Full names from the short forms layouts.md uses; fails loudly on a typo in the table below. */
function full(...shortNames: string[]): string[] {
  return shortNames.map((s) => {
    const name = resolveTownName(s);
    if (!name) throw new Error(`test table names an unknown town: ${s}`);
    return name;
  });
}

function sorted(towns: Iterable<string>): string[] {
  return [...towns].sort((a, b) => TOWN_NAMES.indexOf(a) - TOWN_NAMES.indexOf(b));
}

function townsOf(id: string): string[] {
  const e = elementById(id);
  if (!e) throw new Error(`no element ${id}`);
  return sorted(e.members.map((m) => m.town));
}

function el(id: string): LayoutElement {
  const e = elementById(id);
  if (!e) throw new Error(`no element ${id}`);
  return e;
}

const SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

function readSeeds(): Map<string, string> {
  if (!existsSync(SEED_DIR)) {
    throw new Error(
      `The plan texts are missing: expected ../shared/seeds at ${SEED_DIR}. ` +
        'These data tests read them to check names and to guard against copied descriptions; ' +
        'CI always provides them, so this is a real failure.',
    );
  }
  const out = new Map<string, string>();
  for (const f of readdirSync(SEED_DIR).filter((n) => n.endsWith('.txt'))) {
    out.set(f, readFileSync(resolve(SEED_DIR, f), 'utf8').replace(/\s+/g, ''));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Expected tables, written by hand from ../shared/facts/layouts.md

const EXPECTED_BELTS: Record<string, string[]> = {
  'belt-west': full('麻涌', '中堂', '望牛墩', '洪梅', '道滘', '长安', '虎门', '沙田', '厚街', '虎门港'),
  'belt-central': full(
    '松山湖', '生态园', '茶山', '寮步', '大朗', '大岭山', '石龙', '石排', '莞城', '南城', '东城', '万江', '高埗', '石碣',
  ),
  'belt-east': full('常平', '谢岗', '东坑', '桥头', '企石', '横沥', '黄江', '塘厦', '清溪', '凤岗', '樟木头'),
};

const EXPECTED_CLUSTERS: Record<string, string[]> = {
  'cluster-ai': full('松山湖'),
  'cluster-ict': full('东城', '石龙', '石碣', '黄江', '常平'),
  'cluster-terminal': full('松山湖', '长安'),
  'cluster-robot': full('松山湖', '桥头', '企石', '谢岗'),
  'cluster-equipment': full('桥头', '企石', '谢岗', '塘厦', '凤岗', '清溪', '樟木头', '常平'),
  'cluster-materials': full('松山湖', '寮步', '大朗', '企石', '常平', '道滘', '横沥', '清溪'),
  'subcluster-semiconductor': full('松山湖', '寮步', '大朗', '企石'),
  'subcluster-polymer': full('常平', '道滘'),
  'subcluster-metal': full('松山湖', '横沥', '清溪'),
  'cluster-nev': full('麻涌', '谢岗'),
  'cluster-battery': full('松山湖', '长安', '麻涌', '谢岗'),
  'cluster-biomed': full('松山湖', '石龙', '长安'),
  'cluster-meddevice': full('松山湖'),
};

const EXPECTED_REGIONS: Record<string, string[]> = {
  'region-north': full('麻涌', '中堂', '望牛墩', '洪梅', '道滘', '谢岗'),
  'region-central': full('莞城', '南城', '东城', '万江'),
  'region-south': full('虎门', '长安', '大岭山', '大朗', '黄江', '樟木头', '凤岗', '塘厦', '清溪'),
};

/** The seven bases: towns, and the planned area in 亩 where one is published for the base alone. */
const EXPECTED_BASES: Record<string, { nameZh: string; towns: string[]; mu?: number; km2?: number }> = {
  'base-songshanhu-biomed': { nameZh: '松山湖生物医药产业基地', towns: full('松山湖'), mu: 2489 },
  'base-east-intelligent': { nameZh: '东部智能制造产业基地', towns: full('生态园') },
  'base-materials': { nameZh: '东莞新材料产业基地', towns: full('生态园') },
  'base-digital': {
    nameZh: '东莞数字经济融合发展产业基地',
    towns: full('道滘', '洪梅', '中堂', '望牛墩', '麻涌'),
    mu: 21000,
  },
  'base-new-energy': { nameZh: '东莞新能源产业基地', towns: full('麻涌'), mu: 3000 },
  'base-linshen': { nameZh: '临深新一代电子信息产业基地', towns: full('塘厦'), km2: 22 },
  'base-yinping': { nameZh: '银瓶高端装备产业基地', towns: full('谢岗'), mu: 21408 },
};

const EXPECTED_PIANQU: Record<string, string[]> = {
  'pianqu-chengqu': full('莞城', '南城', '东城', '万江', '高埗', '石碣'),
  'pianqu-songshanhu': full('松山湖', '生态园', '茶山', '寮步', '大朗', '大岭山', '石龙', '石排'),
  'pianqu-binhai': full('长安', '沙田', '虎门', '厚街', '虎门港'), // 滨海湾片区
  'pianqu-shuixiang': full('麻涌', '中堂', '望牛墩', '洪梅', '道滘'),
  'pianqu-dongbu': full('常平', '谢岗', '东坑', '桥头', '企石', '横沥', '黄江'),
  'pianqu-linshen': full('塘厦', '清溪', '凤岗', '樟木头'),
};

const DRAW_BY_KIND: Record<ElementKind, LayoutElement['draw']> = {
  core: 'zone',
  belt: 'zone',
  cluster: 'nodes',
  subcluster: 'nodes',
  'science-city': 'zone',
  corridor: 'axis',
  region: 'zone',
  base: 'base',
  pianqu: 'zone',
  platform: 'zone',
};

/**
 * 战略平台: the four seed 002 lists (its list ends with 等) and the two sites seed 001 names in
 * other roles: towns, whether the platform covers them only in part, the fact kind, and whether
 * seed 002 lists it.
 */
const EXPECTED_PLATFORMS: Record<string, { nameZh: string; towns: string[]; partial: boolean; factKind: string; inSeed002: boolean }> = {
  'platform-songshanhu': { nameZh: '松山湖', towns: full('松山湖'), partial: false, factKind: 'stated', inSeed002: true },
  'platform-shuixiang': { nameZh: '水乡新城', towns: full('麻涌', '中堂', '望牛墩', '洪梅', '道滘'), partial: false, factKind: 'derived', inSeed002: true },
  'platform-binhaiwan': { nameZh: '滨海湾新区', towns: full('长安', '虎门'), partial: true, factKind: 'sourced', inSeed002: true },
  'platform-yinping': { nameZh: '银瓶合作创新区', towns: full('谢岗'), partial: true, factKind: 'sourced', inSeed002: true },
  'platform-east-park': { nameZh: '东部工业园区', towns: full('桥头', '企石'), partial: true, factKind: 'derived', inSeed002: false },
  'platform-university-city': { nameZh: '松山湖大学创新城', towns: full('松山湖'), partial: true, factKind: 'stated', inSeed002: false },
};

/** Member lists the plan ends with 等 (seed 001 五（三）2, 5, 6): the element and the phrase. */
const EXPECTED_OPEN_LISTS: Record<string, number> = {
  'cluster-ict': 1,
  'cluster-equipment': 1,
  'cluster-materials': 3,
  'subcluster-semiconductor': 1,
  'subcluster-polymer': 1,
  'subcluster-metal': 1,
};

// ---------------------------------------------------------------------------------------------
// Data: structure

describe('layout data: structure', () => {
  it('has the three plan groups in order', () => {
    expect(PLAN_GROUPS.map((p) => p.id)).toEqual(['plan2018', 'fyp14', 'pianqu', 'platforms']);
    expect(PLAN_GROUPS.map((p) => p.nameZh)).toEqual(['一核三带十区', '一城一廊三区多节点', '六大片区', '战略平台']);
  });

  it('has the expected number of elements per plan and per fact kind', () => {
    const count = (plan: PlanId) => LAYOUT_ELEMENTS.filter((e) => e.plan === plan).length;
    expect(count('plan2018')).toBe(17); // 1 core + 3 belts + 10 clusters + 3 sub-clusters
    expect(count('fyp14')).toBe(12); // 1 city + 1 corridor + 3 regions + 7 bases
    expect(count('pianqu')).toBe(6);
    expect(count('platforms')).toBe(6);
    const kinds = (plan: PlanId, kind: ElementKind) =>
      LAYOUT_ELEMENTS.filter((e) => e.plan === plan && e.kind === kind).length;
    expect(kinds('plan2018', 'core')).toBe(1);
    expect(kinds('plan2018', 'belt')).toBe(3);
    expect(kinds('plan2018', 'cluster')).toBe(10);
    expect(kinds('plan2018', 'subcluster')).toBe(3);
    expect(kinds('fyp14', 'science-city')).toBe(1);
    expect(kinds('fyp14', 'corridor')).toBe(1);
    expect(kinds('fyp14', 'region')).toBe(3);
    expect(kinds('fyp14', 'base')).toBe(7);
    const byFact = (k: string) => LAYOUT_ELEMENTS.filter((e) => e.factKind === k).length;
    expect({ stated: byFact('stated'), sourced: byFact('sourced'), derived: byFact('derived') }).toEqual({
      stated: 20,
      sourced: 10,
      derived: 11,
    });
  });

  it('lists elements grouped by plan in PLAN_GROUPS order', () => {
    const planIndex = LAYOUT_ELEMENTS.map((e) => PLAN_GROUPS.findIndex((p) => p.id === e.plan));
    expect(planIndex.every((p) => p >= 0)).toBe(true);
    expect(planIndex).toEqual([...planIndex].sort((a, b) => a - b));
  });

  it('has unique kebab-case ids', () => {
    const ids = LAYOUT_ELEMENTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses only the 35 town names, each at most once per element', () => {
    for (const e of LAYOUT_ELEMENTS) {
      expect(e.members.length, `${e.id} has no members`).toBeGreaterThan(0);
      for (const m of e.members) expect(TOWN_NAMES, `${e.id}: ${m.town}`).toContain(m.town);
      const towns = e.members.map((m) => m.town);
      expect(new Set(towns).size, `${e.id} lists a town twice`).toBe(towns.length);
    }
  });

  it('gives every member a role label and a fact kind', () => {
    for (const e of LAYOUT_ELEMENTS) {
      for (const m of e.members) {
        expect(m.role.trim(), `${e.id}: ${m.town}`).not.toBe('');
        expect(['stated', 'sourced', 'derived']).toContain(m.factKind);
        expect(['whole', 'partial']).toContain(m.coverage);
      }
    }
  });

  it('draws each kind the way the renderer expects', () => {
    for (const e of LAYOUT_ELEMENTS) expect(e.draw, e.id).toBe(DRAW_BY_KIND[e.kind]);
  });

  it('names and describes every element', () => {
    for (const e of LAYOUT_ELEMENTS) {
      expect(e.nameZh.trim(), e.id).not.toBe('');
      expect(e.nameEn.trim(), e.id).not.toBe('');
      expect(e.nameEn, `${e.id}: English name should be Latin text`).toMatch(/^[\x20-\x7E]+$/);
      expect(e.description.trim(), e.id).not.toBe('');
      expect(e.description, `${e.id}: description should be Chinese`).toMatch(/[\u4e00-\u9fff]/);
      const sentences = e.description.split(/[。！？]/).filter((s) => s.trim() !== '');
      expect(sentences.length, `${e.id}: keep descriptions to one or two sentences`).toBeLessThanOrEqual(2);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Data: sources and fact kinds

describe('layout data: sources', () => {
  it('gives every element a document and section, or says it has no citation, and a fact kind', () => {
    for (const e of LAYOUT_ELEMENTS) {
      if (e.source.document !== undefined) {
        expect(e.source.document.trim(), e.id).not.toBe('');
        expect(e.source.section?.trim(), e.id).not.toBe('');
      } else {
        expect(e.source.uncited?.trim(), `${e.id} has neither a document nor an uncited note`).toBeTruthy();
      }
      expect(['stated', 'sourced', 'derived'], e.id).toContain(e.factKind);
    }
  });

  it('cites the 十四五 layout as 第二章 五、发展布局, never 四 (发展目标)', () => {
    for (const e of elementsOfPlan('fyp14')) {
      expect(e.source.section, e.id).toContain('第二章 确立发展新蓝图 五、发展布局');
      expect(e.source.section, e.id).not.toMatch(/[四]、发展布局/);
    }
    for (const e of LAYOUT_ELEMENTS) expect(JSON.stringify(e), e.id).not.toMatch(/[四]、发展布局/);
  });

  it('cites the 六大片区 names to their dated source (no plan title), and says their towns and those of 中心城区 have no citation', () => {
    for (const e of elementsOfPlan('pianqu')) {
      expect(e.source.document, e.id).toBeUndefined();
      expect(e.source.outside, e.id).toEqual([{ name: '中商情报网（引东莞市人民政府“三心六片”）', date: '2022-02-14' }]);
      expect(e.source.uncited, e.id).toMatch(/不列所含镇街.*未找到可引用的文件/);
    }
    expect(PLAN_GROUPS.find((p) => p.id === 'pianqu')!.document).toMatch(/中商情报网.*2022-02-14.*示意/);
    const central = el('region-central');
    expect(central.source.outside ?? []).toEqual([]);
    expect(central.source.uncited).toMatch(/中心城区.*未找到可引用的文件/);
    expect(JSON.stringify(LAYOUT_ELEMENTS)).not.toMatch(/统计用区划代码（东莞市 4 个街道）|《东莞市“园区统筹组团发展”六大片区》/);
    expect(el('platform-east-park').source.uncited).toMatch(/没有它自己的可引用出处/);
  });

  it('points plan elements at their seed file and 片区 at none', () => {
    for (const e of elementsOfPlan('plan2018')) {
      expect(e.source.seed, e.id).toBe(SEED_PLAN2018);
      expect(e.source.document).toContain('重点新兴产业发展规划');
    }
    for (const e of elementsOfPlan('fyp14')) {
      expect(e.source.seed, e.id).toBe(SEED_FYP14);
      expect(e.source.document).toContain('十四五');
      expect(e.source.section).toContain('五、发展布局');
    }
    for (const e of elementsOfPlan('plan2018')) expect(e.source.section, e.id).toContain('五、发展布局');
    for (const e of elementsOfPlan('pianqu')) expect(e.source.seed, e.id).toBeUndefined();
    for (const e of elementsOfPlan('fyp14').filter((x) => x.kind === 'base')) {
      expect(e.source.section, e.id).toContain('第八章 二');
    }
  });

  it('shows no element or member as 公开来源 (sourced) without a dated outside source, in any plan', () => {
    for (const p of PLAN_GROUPS) {
      for (const e of elementsOfPlan(p.id)) {
        expect(sourcedWithoutSource(e), `${p.id}: ${e.id}`).toEqual([]);
        const sourced = e.factKind === 'sourced' || e.members.some((m) => m.factKind === 'sourced');
        if (sourced) expect(e.source.outside?.length ?? 0, e.id).toBeGreaterThan(0);
        for (const o of e.source.outside ?? []) {
          expect(o.name.trim(), e.id).not.toBe('');
          expect(o.date, e.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }
    }
    // The check itself: a sourced member whose element has no dated source is named.
    const bare: LayoutElement = { ...el('pianqu-dongbu'), source: { uncited: 'x' }, members: [{ ...el('pianqu-dongbu').members[0], factKind: 'sourced' }] };
    expect(sourcedWithoutSource(bare)).toEqual([`pianqu-dongbu：${bare.members[0].town}标为公开来源，却没有注明日期的外部出处`]);
    expect(sourcedWithoutSource({ ...bare, source: { outside: [{ name: '某报', date: '未知' }] } })).toHaveLength(1);
  });

  it('marks as derived (示意) the groupings no dated source lists: 片区 towns, 水乡新城, 中心城区, 临深片区, 东部工业园区', () => {
    const kindOf = (id: string, town: string) => el(id).members.find((m) => m.town === resolveTownName(town))!.factKind;
    for (const e of elementsOfPlan('pianqu')) expect(e.factKind, e.id).toBe('derived');
    for (const t of ['麻涌', '中堂', '望牛墩', '洪梅', '道滘']) {
      expect(kindOf('platform-shuixiang', t), t).toBe('derived');
      expect(kindOf('region-north', t), t).toBe('derived');
    }
    for (const t of ['莞城', '南城', '东城', '万江']) expect(kindOf('region-central', t), t).toBe('derived');
    for (const t of ['塘厦', '凤岗', '清溪', '樟木头']) expect(kindOf('cluster-equipment', t), t).toBe('derived');
    for (const id of ['cluster-robot', 'cluster-equipment', 'platform-east-park']) for (const t of ['桥头', '企石']) expect(kindOf(id, t), `${id} ${t}`).toBe('derived');
  });

  it('cites the nine southern towns to the 2020 municipal opinion by name and date', () => {
    expect(el('region-south').source.outside).toEqual([
      { name: '《关于进一步完善区域协调发展格局 推动南部各镇加快高质量发展的意见》（中共东莞市委）', date: '2020-09-25' },
    ]);
    expect(JSON.stringify(LAYOUT_ELEMENTS)).not.toContain('市级决定');
  });

  it('cites the dated sources layouts.md gives for the science city and the 临深 base', () => {
    expect(el('science-city-songshanhu').source.outside).toContainEqual({ name: '中国科学报', date: '2021-10-20' });
    expect(el('base-linshen').source.outside).toContainEqual({ name: '香港商报', date: '2023-10-11' });
    expect(el('base-east-intelligent').source.outside).toContainEqual({ name: '南方日报', date: '2024-01-30' });
    expect(el('base-materials').source.outside).toContainEqual({ name: '南方日报', date: '2024-01-30' });
  });

  it('keeps element and member fact kinds consistent', () => {
    for (const e of LAYOUT_ELEMENTS) {
      // A derived element cannot have firmer members than "derived" for its own assignment.
      if (e.factKind === 'derived') for (const m of e.members) expect(m.factKind, e.id).toBe('derived');
      // A sourced element's members are at least sourced (never derived).
      if (e.factKind === 'sourced') for (const m of e.members) expect(m.factKind, e.id).not.toBe('derived');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Data: towns per element, against layouts.md

describe('layout data: towns match layouts.md', () => {
  it('一核 is 松山湖, stated', () => {
    const core = el('core-songshanhu');
    expect(core.nameZh).toBe('重点产业发展核心区');
    expect(townsOf('core-songshanhu')).toEqual(full('松山湖'));
    expect(core.factKind).toBe('stated');
    expect(core.members[0].factKind).toBe('stated');
  });

  it('the three belts have the towns in layouts.md, derived, and together cover all 35 units once', () => {
    expect(elementsOfPlan('plan2018').filter((e) => e.kind === 'belt').map((e) => e.nameZh)).toEqual([
      '西部高端高新产业带',
      '中部创新创造产业带',
      '东部智能制造产业带',
    ]);
    for (const [id, towns] of Object.entries(EXPECTED_BELTS)) {
      expect(townsOf(id), id).toEqual(sorted(towns));
      expect(el(id).factKind, id).toBe('derived');
      expect(isSchematic(el(id)), id).toBe(true);
      expect(el(id).description, `${id} must say it is schematic`).toMatch(/示意|推导/);
    }
    expect(el('belt-central').description).toMatch(/可信度低|低可信度/);
    const all = Object.keys(EXPECTED_BELTS).flatMap((id) => townsOf(id));
    expect(all.length).toBe(35);
    expect(sorted(new Set(all))).toEqual(sorted(TOWN_NAMES));
  });

  it('the ten clusters and three sub-clusters have the node towns in layouts.md', () => {
    for (const [id, towns] of Object.entries(EXPECTED_CLUSTERS)) expect(townsOf(id), id).toEqual(sorted(towns));
  });

  it('先进材料 is the union of its three sub-clusters', () => {
    const subs = childrenOf('cluster-materials');
    expect(subs.map((s) => s.id)).toEqual(['subcluster-semiconductor', 'subcluster-polymer', 'subcluster-metal']);
    for (const s of subs) expect(s.kind).toBe('subcluster');
    expect(memberTowns(el('cluster-materials'))).toEqual(memberTowns(subs));
    const ssh = el('cluster-materials').members.filter((m) => m.town === '松山湖管委会');
    expect(ssh).toHaveLength(1);
    expect(ssh[0].role).toContain('第三代半导体材料');
    expect(ssh[0].role).toContain('新型金属材料');
  });

  it('every parentId points at an element of the same plan', () => {
    for (const e of LAYOUT_ELEMENTS.filter((x) => x.parentId)) {
      const parent = elementById(e.parentId!);
      expect(parent, e.id).toBeDefined();
      expect(parent!.plan).toBe(e.plan);
    }
  });

  it('工业机器人: 松山湖 is one member with both roles; 桥头/企石 partial and derived; 谢岗 partial and sourced', () => {
    const robot = el('cluster-robot');
    const byTown = new Map(robot.members.map((m) => [m.town, m]));
    const ssh = byTown.get('松山湖管委会')!;
    expect(ssh.role).toBe('研发中心、制造业重要基地');
    expect(ssh.roleKind).toBe('rnd');
    expect(ssh.factKind).toBe('stated');
    for (const t of full('桥头', '企石')) {
      expect(byTown.get(t)?.coverage, t).toBe('partial');
      expect(byTown.get(t)?.factKind, t).toBe('derived');
      expect(byTown.get(t)?.roleKind, t).toBe('manufacturing');
    }
    expect(byTown.get('谢岗镇')?.factKind).toBe('sourced');
    expect(byTown.get('谢岗镇')?.coverage).toBe('partial');
    expect(byTown.get('谢岗镇')?.role).toContain('银瓶合作创新区');
    expect(hasPartialMembers(robot)).toBe(true);
  });

  it('高端智能制造装备: 临深 towns derived, 谢岗 partial, 常平 stated own brands', () => {
    const byTown = new Map(el('cluster-equipment').members.map((m) => [m.town, m]));
    for (const t of full('塘厦', '凤岗', '清溪', '樟木头')) expect(byTown.get(t)?.factKind, t).toBe('derived');
    expect(byTown.get('谢岗镇')?.coverage).toBe('partial');
    expect(byTown.get('常平镇')?.factKind).toBe('stated');
    expect(byTown.get('常平镇')?.role).toContain('自主品牌');
  });

  it('新能源汽车: 麻涌 assembly, 谢岗 key components', () => {
    const byTown = new Map(el('cluster-nev').members.map((m) => [m.town, m]));
    expect(byTown.get('麻涌镇')?.roleKind).toBe('assembly');
    expect(byTown.get('谢岗镇')?.roleKind).toBe('components');
    expect(byTown.get('谢岗镇')?.role).toContain('关键零部件');
  });

  it('一城 松山湖科学城: sourced, partial members, 90.5 km² core area', () => {
    const city = el('science-city-songshanhu');
    expect(city.nameZh).toBe('松山湖科学城');
    expect(city.factKind).toBe('sourced');
    expect(townsOf(city.id)).toEqual(sorted(full('松山湖', '大朗', '大岭山', '黄江')));
    for (const m of city.members) {
      expect(m.coverage, m.town).toBe('partial');
      expect(m.factKind, m.town).toBe('sourced');
    }
    expect(city.figures?.plannedArea?.km2).toBe(90.5);
    expect(city.figures?.plannedArea?.text).toContain('90.5');
  });

  it('一廊: stated element, schematic axes whose towns are exactly its derived members', () => {
    const c = el('corridor-gsgm');
    expect(c.nameZh).toBe('广深港澳科技创新走廊');
    expect(c.factKind).toBe('stated');
    expect(c.axisPaths?.length).toBe(2);
    const pathTowns = new Set<string>();
    for (const path of c.axisPaths ?? []) {
      expect(path.length).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < path.length; i++) {
        expect(TOWN_NAMES).toContain(path[i]);
        if (i > 0) expect(path[i]).not.toBe(path[i - 1]);
        pathTowns.add(path[i]);
      }
    }
    expect(townsOf(c.id)).toEqual(sorted(pathTowns));
    for (const m of c.members) expect(m.factKind, m.town).toBe('derived');
    expect(isSchematic(c)).toBe(true);
    expect(c.description).toMatch(/示意/);
    expect(c.description).toMatch(/道路/);
    // main axis: from the city centre to the science city; the belt: 滨海湾新区 (长安, 虎门) and 水乡新城.
    const [main, belt] = c.axisPaths!;
    expect(main[0]).toBe('莞城街道');
    expect(main).toEqual(expect.arrayContaining(full('莞城', '南城', '东城', '松山湖')));
    expect(belt).toEqual(expect.arrayContaining(full('长安', '虎门', '麻涌')));
  });

  it('三区 have the towns in layouts.md with a 重点区域 role, sourced only where a dated source lists them', () => {
    const sourcedTowns: Record<string, string[]> = {
      'region-north': full('谢岗'),
      'region-central': [],
      'region-south': EXPECTED_REGIONS['region-south'],
    };
    for (const [id, towns] of Object.entries(EXPECTED_REGIONS)) {
      const e = el(id);
      expect(townsOf(id), id).toEqual(sorted(towns));
      expect(e.factKind, id).toBe('stated');
      for (const m of e.members) {
        expect(m.factKind, `${id}: ${m.town}`).toBe(sourcedTowns[id].includes(m.town) ? 'sourced' : 'derived');
        expect(m.role, `${id}: ${m.town}`).toContain('重点区域');
        expect(m.roleKind).toBe('focus');
      }
    }
    const xg = el('region-north').members.find((m) => m.town === '谢岗镇');
    expect(xg?.role).toContain('银瓶合作创新区');
  });

  it('the seven bases have the towns, areas and partial coverage in layouts.md', () => {
    const bases = elementsOfPlan('fyp14').filter((e) => e.kind === 'base');
    expect(bases.map((b) => b.id)).toEqual(Object.keys(EXPECTED_BASES));
    for (const [id, exp] of Object.entries(EXPECTED_BASES)) {
      const b = el(id);
      expect(b.nameZh, id).toBe(exp.nameZh);
      expect(townsOf(id), id).toEqual(sorted(exp.towns));
      expect(b.factKind, id).toBe('sourced');
      for (const m of b.members) {
        expect(m.coverage, `${id}: ${m.town}`).toBe('partial');
        expect(m.roleKind).toBe('site');
      }
      expect(b.figures?.leadIndustries?.length ?? 0, id).toBeGreaterThan(0);
      for (const ind of b.figures?.leadIndustries ?? []) expect(ind, id).toMatch(/[\u4e00-\u9fff]|^5G$/);
      expect(b.figures?.plannedArea?.text, id).toBeTruthy();
      if (exp.mu !== undefined) {
        expect(b.figures!.plannedArea!.km2!, id).toBeCloseTo((exp.mu * 666.67) / 1e6, 1);
        expect(b.figures!.plannedArea!.text.replace(/,/g, ''), id).toContain(String(exp.mu));
      }
      if (exp.km2 !== undefined) expect(b.figures!.plannedArea!.km2, id).toBe(exp.km2);
    }
    // The two 生态园 bases share one published area: no per-base km², and the text says so.
    for (const id of ['base-east-intelligent', 'base-materials']) {
      const area = el(id).figures!.plannedArea!;
      expect(area.km2, id).toBeUndefined();
      expect(area.text, id).toContain('10,676');
      expect(area.text, id).toMatch(/合计/);
      expect(el(id).description, id).toMatch(/10,676/);
    }
  });

  it('the six 片区 cover the 35 units exactly once, whole and derived', () => {
    const pq = elementsOfPlan('pianqu');
    expect(pq.map((e) => e.id)).toEqual(Object.keys(EXPECTED_PIANQU));
    for (const [id, towns] of Object.entries(EXPECTED_PIANQU)) expect(townsOf(id), id).toEqual(sorted(towns));
    const all = pq.flatMap((e) => e.members.map((m) => m.town));
    expect(all.length).toBe(35);
    expect(sorted(new Set(all))).toEqual(sorted(TOWN_NAMES));
    for (const e of pq) {
      expect(e.factKind).toBe('derived');
      for (const m of e.members) {
        expect(m.coverage).toBe('whole');
        expect(m.factKind).toBe('derived');
      }
    }
  });

  it('谢岗镇 belongs to the elements layouts.md puts it in', () => {
    const ms = membershipsOfTown('谢岗镇');
    const find = (nameZh: string) => ms.find((x) => x.element.nameZh === nameZh);
    const belt = find('东部智能制造产业带');
    expect(belt?.member.factKind).toBe('derived');
    expect(find('工业机器人产业集聚区')).toBeDefined();
    expect(find('高端智能制造装备产业集聚区')).toBeDefined();
    expect(find('新能源汽车产业集聚区')?.member.role).toContain('关键零部件');
    expect(find('高性能电池产业集聚区')).toBeDefined();
    expect(find('北部区域')?.member.role).toContain('银瓶合作创新区');
    expect(find('银瓶高端装备产业基地')).toBeDefined();
    expect(find('东部产业园片区')).toBeDefined();
    expect(find('银瓶合作创新区')?.member.coverage).toBe('partial');
    expect(ms).toHaveLength(9);
  });
});

// ---------------------------------------------------------------------------------------------
// Data: names and descriptions against the plan texts

describe('layout data: against the seed texts', () => {
  const seeds = readSeeds();

  it('finds the seed files the elements cite', () => {
    expect(seeds.has(SEED_PLAN2018), `${SEED_PLAN2018} in ${SEED_DIR}`).toBe(true);
    expect(seeds.has(SEED_FYP14), `${SEED_FYP14} in ${SEED_DIR}`).toBe(true);
  });

  it('uses the plan\'s own names for its elements', () => {
    // The regions' heading names them together (北部、中部、南部区域); only 北部区域 is spelled out.
    const jointlyNamed = new Set(['中部区域', '南部区域']);
    for (const e of LAYOUT_ELEMENTS.filter((x) => x.source.seed)) {
      const text = seeds.get(e.source.seed!) ?? '';
      if (jointlyNamed.has(e.nameZh)) {
        expect(text).toContain('北部、中部、南部区域');
        continue;
      }
      // Seed 002 lists it as 滨海湾; the full name is seed 000's, cited in the card's notes.
      if (e.id === 'platform-binhaiwan') {
        expect(text).toContain('滨海湾、水乡新城');
        expect(seeds.get(SEED_FYP14)!).toContain(e.nameZh);
        continue;
      }
      expect(text.includes(e.nameZh), `${e.id}: "${e.nameZh}" not found in ${e.source.seed}`).toBe(true);
    }
  });

  it('does not copy a run of 20 or more characters from any seed text into a description', () => {
    const RUN = 20;
    const texts = [...seeds.values()];
    for (const e of LAYOUT_ELEMENTS) {
      const d = e.description.replace(/\s+/g, '');
      for (let i = 0; i + RUN <= d.length; i++) {
        const piece = d.slice(i, i + RUN);
        const hit = texts.some((t) => t.includes(piece));
        expect(hit, `${e.id}: "${piece}" is copied from a seed text`).toBe(false);
      }
    }
  });
});

describe('layout data: quotes, open lists and our own wording', () => {
  const seeds = readSeeds();
  const seedOf = (e: LayoutElement) => seeds.get(e.source.seed ?? '') ?? '';

  it('quotes role words exactly: every part of a quoted role is in the cited seed', () => {
    for (const e of LAYOUT_ELEMENTS.filter((x) => x.source.seed)) {
      for (const m of e.members.filter((x) => x.roleWording === 'quote')) {
        for (const part of m.role.split(/[、（）]/).filter(Boolean)) {
          expect(seedOf(e).includes(part), `${e.id} ${m.town}: “${part}” is not in ${e.source.seed}; mark it as a paraphrase`).toBe(true);
        }
      }
    }
  });

  it('marks the role words the plan does not use as paraphrase', () => {
    const role = (id: string, town: string) => el(id).members.find((m) => m.town === resolveTownName(town));
    expect(role('cluster-meddevice', '松山湖')).toMatchObject({ role: '集聚核心', roleWording: 'paraphrase' });
    expect(role('cluster-equipment', '常平')).toMatchObject({ role: '培育自主品牌', roleWording: 'quote' });
    for (const m of el('corridor-gsgm').members.filter((x) => x.role.startsWith('主轴'))) expect(m.roleWording, m.town).toBe('paraphrase');
    for (const e of elementsOfPlan('fyp14').filter((x) => x.kind === 'base')) for (const m of e.members) expect(m.roleWording, e.id).toBe('paraphrase');
    for (const e of [...elementsOfPlan('pianqu'), ...elementsOfPlan('plan2018').filter((x) => x.kind === 'belt')])
      for (const m of e.members) expect(m.roleWording, e.id).toBe('none');
  });

  it('marks exactly the lists the plan ends with 等, quoting the phrase', () => {
    const open = Object.fromEntries(LAYOUT_ELEMENTS.filter((e) => e.openList?.length).map((e) => [e.id, e.openList!.length]));
    expect(open).toEqual(EXPECTED_OPEN_LISTS);
    for (const e of LAYOUT_ELEMENTS.filter((x) => x.openList)) {
      for (const q of e.openList!) {
        expect(q, e.id).toContain('等');
        expect(seedOf(e).includes(q), `${e.id}: “${q}” not in ${e.source.seed}`).toBe(true);
      }
    }
  });

  it('quotes the three regions’ positioning and the corridor’s two roles from seed 000', () => {
    for (const id of ['corridor-gsgm', 'region-north', 'region-central', 'region-south']) {
      expect(el(id).positioning?.length ?? 0, id).toBeGreaterThan(0);
      for (const p of el(id).positioning!) expect(seeds.get(SEED_FYP14)!.includes(p.quote), `${id}: ${p.quote}`).toBe(true);
    }
    expect(el('corridor-gsgm').positioning).toHaveLength(2);
  });
});

describe('layout data: labels say only what the plans say', () => {
  const seeds = readSeeds();

  it('names the coastal 片区 滨海湾片区, as the public source does', () => {
    expect(el('pianqu-binhai').nameZh).toBe('滨海湾片区');
    expect(JSON.stringify(LAYOUT_ELEMENTS)).not.toContain('滨海片区');
  });

  it('cites seed 002’s list of 战略平台 with its 等 and includes 松山湖, the one it names that was missing', () => {
    const text = seeds.get(SEED_BAIQIANWAN)!;
    expect(text).toContain(PLATFORM_LIST_QUOTE);
    for (const name of ['松山湖', '滨海湾', '水乡新城', '银瓶合作创新区']) expect(PLATFORM_LIST_QUOTE).toContain(name);
    expect(el('platform-songshanhu').members).toEqual([expect.objectContaining({ town: '松山湖管委会', coverage: 'whole', factKind: 'stated' })]);
    // The other two are not in that list: seed 002 never names them as 战略平台.
    for (const id of ['platform-east-park', 'platform-university-city']) expect(text).not.toContain(`${el(id).nameZh}等战略平台`);
    expect(text).not.toMatch(/东部工业园区|松山湖大学创新城/);
  });

  it('draws 谢岗 as part only wherever it stands for 银瓶, so areas read as upper bounds', () => {
    const xg = (id: string) => el(id).members.find((m) => m.town === '谢岗镇')!;
    for (const id of ['region-north', 'cluster-robot', 'cluster-equipment', 'platform-yinping', 'base-yinping']) {
      expect(xg(id).coverage, id).toBe('partial');
    }
  });

  it('gives 银瓶 the role seed 000 gives it (高端制造业), not 装备制造', () => {
    expect(seeds.get(SEED_FYP14)!).toContain('推进银瓶高端制造业与广州汽车整车制造业的协同发展');
    for (const id of ['region-north', 'platform-yinping']) {
      expect(el(id).description, id).toContain('高端制造业');
      expect(el(id).description, id).not.toContain('装备制造');
    }
  });
});

describe('layout data: what the plans state that the cards add', () => {
  const seeds = readSeeds();

  it('gives the 一城 card seed 003’s provincial context, quoted with its section', () => {
    const text = seeds.get(SEED_GD14)!;
    for (const q of GD14_QUOTES) expect(text, q).toContain(q);
    expect(text).toContain('第二节建设综合性国家科学中心一、落实综合性国家科学中心规划布局');
    expect(text).toContain('推动松山湖科学城聚焦新材料、新一代信息技术、高端装备制造、新能源、生命科学等领域建设世界一流生态科学城');
    const note = el('science-city-songshanhu').figures!.notes!.join('');
    expect(note).toContain('《广东省科技创新“十四五”规划》第二章 第二节 建设综合性国家科学中心 一、落实综合性国家科学中心规划布局');
    for (const q of GD14_QUOTES) expect(note).toContain(`「${q}」`);
  });

  it('gives each base’s card what seed 000 第八章 二 provides, in our words with the section', () => {
    const text = seeds.get(SEED_FYP14)!;
    expect(text).toContain('二、战略性新兴产业基地创新支撑计划');
    for (const phrase of ['技术与服务支撑平台', '省级工程技术研究中心', '企业重点实验室', '检测平台', '企业孵化平台', '支持在东莞市战略性新兴产业基地内建设专业孵化器']) {
      expect(text, phrase).toContain(phrase);
    }
    for (const b of elementsOfPlan('fyp14').filter((e) => e.kind === 'base')) expect(b.figures?.notes, b.id).toContain(BASE_SUPPORT_NOTE);
    expect(BASE_SUPPORT_NOTE).toMatch(/第八章 二、战略性新兴产业基地创新支撑计划.*专业孵化器/);
    // Our words: no run of 20 characters copied from any seed.
    const plain = BASE_SUPPORT_NOTE.replace(/\s+/g, '');
    for (let i = 0; i + 20 <= plain.length; i++) for (const t of seeds.values()) expect(t.includes(plain.slice(i, i + 20)), plain.slice(i, i + 20)).toBe(false);
  });
});

describe('layout data: 战略平台 match layouts.md', () => {
  it('has the six platforms with their towns, partial flags and fact kinds', () => {
    const group = elementsOfPlan('platforms');
    expect(group.map((e) => e.id)).toEqual(Object.keys(EXPECTED_PLATFORMS));
    for (const [id, exp] of Object.entries(EXPECTED_PLATFORMS)) {
      const e = el(id);
      expect(e.nameZh, id).toBe(exp.nameZh);
      expect(e.kind, id).toBe('platform');
      expect(townsOf(id), id).toEqual(sorted(exp.towns));
      expect(e.factKind, id).toBe(exp.factKind);
      for (const m of e.members) expect(m.coverage, `${id}: ${m.town}`).toBe(exp.partial ? 'partial' : 'whole');
      if (exp.inSeed002) {
        expect(e.source.seed, id).toBe(SEED_BAIQIANWAN);
        expect(e.source.document, id).toBe(DOC_BAIQIANWAN);
        // The 等 ends seed 002's list of platforms, not of towns: a note on the card, never openList.
        expect(e.openList, id).toBeUndefined();
        expect(e.figures?.notes?.[0], id).toContain(`原文「${PLATFORM_LIST_QUOTE}」，以“等”结尾`);
      } else {
        // Not in seed 002's list: the card says so and cites the plan that names it in another role.
        expect(e.source.seed, id).toBe(SEED_PLAN2018);
        expect(e.description, id).toMatch(/不在百千万方案所列的战略平台之中/);
      }
    }
    expect(PLAN_GROUPS.find((p) => p.id === 'platforms')!.document).toContain(DOC_BAIQIANWAN);
    expect(PLAN_GROUPS.find((p) => p.id === 'platforms')!.document).toContain('等');
    const binhai = el('platform-binhaiwan');
    expect(binhai.source.outside).toContainEqual({ name: '东莞日报（滨海湾新区三个板块）', date: '2017-06-19' });
    expect(binhai.figures?.plannedArea?.text).toMatch(/84\.1 km².*51\.8 km².*32\.3 km²/);
    expect(binhai.figures?.notes?.join('')).toContain('441900404');
  });
});

// ---------------------------------------------------------------------------------------------
// Data: colours

const hexToRgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (rgb: number[]) => 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
function contrast(a: string, b: string): number {
  const la = luminance(hexToRgb(a).map(toLinear));
  const lb = luminance(hexToRgb(b).map(toLinear));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
function lab(lin: number[]): number[] {
  const [r, g, b] = lin;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
/** Deuteranopia, simulated in linear RGB (Viénot, Brettel & Mollon 1999). */
const deutan = ([r, g, b]: number[]) => [0.29031 * r + 0.70969 * g, 0.29031 * r + 0.70969 * g, -0.02197 * r + 0.02197 * g + b];
function deltaE(a: string, b: string, simulate = false): number {
  const la = hexToRgb(a).map(toLinear);
  const lb = hexToRgb(b).map(toLinear);
  const [p, q] = simulate ? [lab(deutan(la)), lab(deutan(lb))] : [lab(la), lab(lb)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
function minPairwise(colors: string[], simulate = false): number {
  let min = Infinity;
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) min = Math.min(min, deltaE(colors[i], colors[j], simulate));
  return min;
}

describe('layout data: colours', () => {
  // The light town map (src/map/theme.ts): town fill and background.
  const TOWN_FILL = '#fbfaf6';
  const BACKGROUND = '#e8edf2';
  const colorsOf = (pred: (e: LayoutElement) => boolean) => LAYOUT_ELEMENTS.filter(pred).map((e) => e.color);

  it('uses valid hex colours readable over the light town map', () => {
    for (const e of LAYOUT_ELEMENTS) {
      expect(e.color, e.id).toMatch(/^#[0-9a-fA-F]{6}$/);
      expect(contrast(e.color, TOWN_FILL), `${e.id} ${e.color} on the town fill`).toBeGreaterThanOrEqual(3);
      expect(contrast(e.color, BACKGROUND), `${e.id} ${e.color} on the background`).toBeGreaterThanOrEqual(2.5);
    }
  });

  it('gives every element of a plan its own colour', () => {
    for (const p of PLAN_GROUPS) {
      const cs = elementsOfPlan(p.id).map((e) => e.color.toLowerCase());
      expect(new Set(cs).size, p.id).toBe(cs.length);
    }
  });

  it('keeps zones seen together apart, also under simulated deuteranopia', () => {
    const groups: [string, string[]][] = [
      ['core + belts', colorsOf((e) => e.kind === 'core' || e.kind === 'belt')],
      ['city + corridor + regions', colorsOf((e) => ['science-city', 'corridor', 'region'].includes(e.kind))],
      ['片区', colorsOf((e) => e.kind === 'pianqu')],
      ['战略平台', colorsOf((e) => e.kind === 'platform')],
    ];
    for (const [name, cs] of groups) {
      expect(minPairwise(cs), name).toBeGreaterThanOrEqual(25);
      expect(minPairwise(cs, true), `${name} (deuteranopia)`).toBeGreaterThanOrEqual(15);
    }
  });

  it('keeps cluster and base markers apart', () => {
    const clusters = colorsOf((e) => e.kind === 'cluster');
    const subs = colorsOf((e) => e.kind === 'subcluster');
    const bases = colorsOf((e) => e.kind === 'base');
    expect(minPairwise(clusters)).toBeGreaterThanOrEqual(20);
    expect(minPairwise(subs)).toBeGreaterThanOrEqual(20);
    expect(minPairwise(subs, true)).toBeGreaterThanOrEqual(15);
    expect(minPairwise(bases)).toBeGreaterThanOrEqual(20);
    expect(minPairwise(bases, true)).toBeGreaterThanOrEqual(10);
  });
});

// ---------------------------------------------------------------------------------------------
// Queries

describe('queries', () => {
  it('elementById and elementsOfPlan', () => {
    expect(elementById('belt-west')?.nameZh).toBe('西部高端高新产业带');
    expect(elementById('no-such-element')).toBeUndefined();
    const fyp = elementsOfPlan('fyp14');
    expect(fyp[0].id).toBe('science-city-songshanhu');
    expect(fyp.every((e) => e.plan === 'fyp14')).toBe(true);
    expect(elementsOfPlan('plan2018').map((e) => e.id).slice(0, 4)).toEqual([
      'core-songshanhu',
      'belt-west',
      'belt-central',
      'belt-east',
    ]);
  });

  it('membershipsOfTown orders by plan, then by element order, and accepts short names', () => {
    const ms = membershipsOfTown('松山湖管委会');
    expect(ms.length).toBeGreaterThan(5);
    const planIdx = ms.map((x) => PLAN_GROUPS.findIndex((p) => p.id === x.element.plan));
    expect(planIdx).toEqual([...planIdx].sort((a, b) => a - b));
    const elIdx = ms.map((x) => LAYOUT_ELEMENTS.indexOf(x.element));
    expect(elIdx).toEqual([...elIdx].sort((a, b) => a - b));
    expect(ms[0].element.id).toBe('core-songshanhu');
    expect(ms[ms.length - 1].element.id).toBe('platform-university-city');
    expect(ms.map((x) => x.element.id)).toContain('subcluster-metal');
    for (const x of ms) expect(x.member.town).toBe('松山湖管委会');
    expect(membershipsOfTown('松山湖').map((x) => x.element.id)).toEqual(ms.map((x) => x.element.id));
    expect(membershipsOfTown('不存在镇')).toEqual([]);
  });

  it('every town has a 片区 and a belt', () => {
    for (const t of TOWN_NAMES) {
      const ms = membershipsOfTown(t);
      expect(ms.filter((x) => x.element.kind === 'pianqu'), t).toHaveLength(1);
      expect(ms.filter((x) => x.element.kind === 'belt'), t).toHaveLength(1);
    }
  });

  it('compareElements compares two elements', () => {
    const r = compareElements(el('belt-west'), el('pianqu-binhai'));
    expect(r.both).toEqual(sorted(EXPECTED_PIANQU['pianqu-binhai']));
    expect(r.onlyA).toEqual(sorted(EXPECTED_PIANQU['pianqu-shuixiang']));
    expect(r.onlyB).toEqual([]);

    const s = compareElements(el('region-south'), el('science-city-songshanhu'));
    expect(s.both).toEqual(sorted(full('大朗', '大岭山', '黄江')));
    expect(s.onlyB).toEqual(full('松山湖'));
    expect(s.onlyA).toEqual(sorted(full('虎门', '长安', '樟木头', '凤岗', '塘厦', '清溪')));
  });

  it('compareElements compares whole layouts (lists are unions)', () => {
    const belts = elementsOfPlan('plan2018').filter((e) => e.kind === 'belt');
    const r = compareElements(belts, elementsOfPlan('pianqu'));
    expect(r.both).toEqual([...TOWN_NAMES]);
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);

    const bases = elementsOfPlan('fyp14').filter((e) => e.kind === 'base');
    const clusters = elementsOfPlan('plan2018').filter((e) => e.kind === 'cluster');
    const c = compareElements(bases, clusters);
    expect(c.onlyA).toEqual(sorted(full('生态园', '洪梅', '中堂', '望牛墩')));
    expect(c.both).toEqual(sorted(full('松山湖', '道滘', '麻涌', '塘厦', '谢岗')));
    // each list is in TOWN_NAMES order and the three parts do not overlap
    const parts = [...c.both, ...c.onlyA, ...c.onlyB];
    expect(new Set(parts).size).toBe(parts.length);
    for (const list of [c.both, c.onlyA, c.onlyB]) expect(list).toEqual(sorted(list));
  });

  it('compareElements with an empty list', () => {
    const r = compareElements([], el('cluster-nev'));
    expect(r).toEqual({ both: [], onlyA: [], onlyB: sorted(full('麻涌', '谢岗')) });
  });

  it('isSchematic and hasPartialMembers', () => {
    expect(isSchematic(el('belt-east'))).toBe(true);
    expect(isSchematic(el('corridor-gsgm'))).toBe(true);
    expect(isSchematic(el('core-songshanhu'))).toBe(false);
    expect(isSchematic(el('base-yinping'))).toBe(false);
    expect(isSchematic(el('pianqu-dongbu'))).toBe(true);
    expect(LAYOUT_ELEMENTS.filter(isSchematic).map((e) => e.id)).toEqual([
      'belt-west',
      'belt-central',
      'belt-east',
      'cluster-robot',
      'cluster-equipment',
      'corridor-gsgm',
      'region-north',
      'region-central',
      ...elementsOfPlan('pianqu').map((e) => e.id),
      'platform-shuixiang',
      'platform-east-park',
    ]);
    expect(hasPartialMembers(el('base-digital'))).toBe(true);
    expect(hasPartialMembers(el('science-city-songshanhu'))).toBe(true);
    expect(hasPartialMembers(el('cluster-robot'))).toBe(true);
    expect(hasPartialMembers(el('cluster-nev'))).toBe(false);
    expect(hasPartialMembers(el('pianqu-chengqu'))).toBe(false);
  });

  it('labels', () => {
    expect(factKindLabel('stated')).toBe('文件明确');
    expect(factKindLabel('sourced')).toBe('公开来源');
    expect(factKindLabel('derived')).toBe('推导（示意）');
    expect(coverageLabel('partial')).toBe('部分');
    expect(coverageLabel('whole')).not.toBe('部分');
  });

  it('baseMarkerTowns', () => {
    expect(baseMarkerTowns(el('base-digital'))).toEqual(full('道滘', '洪梅', '中堂', '望牛墩', '麻涌'));
    expect(baseMarkerTowns(el('base-yinping'))).toEqual(['谢岗镇']);
    expect(baseMarkerTowns(el('base-materials'))).toEqual(['东莞生态园']);
    expect(baseMarkerTowns(el('core-songshanhu'))).toEqual([]);
    for (const b of elementsOfPlan('fyp14').filter((e) => e.kind === 'base')) {
      expect(baseMarkerTowns(b).length, b.id).toBeGreaterThan(0);
    }
  });

  it('mergeMembers joins two roles of one town and keeps the stronger role kind', () => {
    const merged = mergeMembers([
      { town: '松山湖管委会', coverage: 'whole', roleKind: 'manufacturing', role: '制造基地', roleWording: 'quote', factKind: 'stated' },
      { town: '松山湖管委会', coverage: 'whole', roleKind: 'rnd', role: '研发中心', roleWording: 'paraphrase', factKind: 'stated' },
      { town: '桥头镇', coverage: 'partial', roleKind: 'manufacturing', role: '制造基地', roleWording: 'quote', factKind: 'sourced' },
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ role: '制造基地、研发中心', roleKind: 'rnd', roleWording: 'paraphrase' });
    expect(merged[1].coverage).toBe('partial');
  });
});
