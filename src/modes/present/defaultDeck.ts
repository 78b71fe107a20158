/**
 * The built-in briefing, built from the layout model (ids, names, members, figures) so that it
 * follows the data: the city and its units; 一核三带十区 step by step; 一城一廊三区多节点 step by
 * step with the bases accumulating one after another; the 2025 quotas. Captions are our own words.
 */
import { elementsOfPlan, planById } from '../../layouts/queries';
import type { ElementKind, LayoutElement, PlanId } from '../../layouts/types';
import { BAIQIANWAN_TARGETS, BINHAIWAN_DEFAULT_NOTE, DISCOVERY_QUOTA_OTHER, DISCOVERY_QUOTA_STRONG, METRIC_DESCRIPTIONS, SOURCES } from '../../quotas/model';
import { UNMAPPED_UNITS } from '../../towns/quotaUnits';
import { BAIQIANWAN_TABLE, PLAN_PERIODS } from '../../targets/targets';
import { TOWN_FACTS, townFact, type TownType } from '../../towns/townFacts';
import type { Slide } from './slide';

const QUOTA_YEAR = 2025;

function plan(id: PlanId) {
  const group = planById(id);
  if (!group) throw new Error(`plan ${id} missing from PLAN_GROUPS`);
  return group;
}

const ofKind = (planId: PlanId, kind: ElementKind) => elementsOfPlan(planId).filter((e) => e.kind === kind);

const ids = (elements: LayoutElement[]) => elements.map((e) => e.id);

/** Member towns of the elements (full names, first appearance order, no repeats). */
function towns(elements: LayoutElement[]): string[] {
  return [...new Set(elements.flatMap((e) => e.members.map((m) => m.town)))];
}

const short = (name: string) => townFact(name)?.shortName ?? name;

/** Every slide gets the same shape; unset parts default to the plain city map. */
function slide(id: string, title: string, caption: string, parts: Partial<Omit<Slide, 'id' | 'title' | 'caption'>> = {}): Slide {
  return { id, title, caption, layers: [], camera: { kind: 'city' }, highlight: [], quota: null, ...parts };
}

/** The given layers, with the camera on their towns and those towns drawn as selected. */
function focus(layers: LayoutElement[], where: string[] = towns(layers)): Pick<Slide, 'layers' | 'camera' | 'highlight'> {
  return { layers: ids(layers), camera: { kind: 'towns', towns: where }, highlight: where };
}

/** '2023：100 项、400 家；2025：500 个、≥5 个、2—3 个', with what each counts, within a caption's length. */
function baiqianwanCaption(): string {
  const SHORT: Record<string, string> = {
    市重大科技项目库中镇街入库项目: '入库项目',
    '瞪羚企业培育库镇街（园区）企业': '瞪羚企业',
    镇街促成产学研合作项目: '产学研项目',
    市镇联合共建的创新创业综合体: '综合体',
    科技创新示范镇: '示范镇',
  };
  return [2023, 2025]
    .map((y) => `${y} 年：${BAIQIANWAN_TARGETS.filter((t) => t.year === y).map((t) => `${SHORT[t.label] ?? t.label}${t.text}${t.unit}`).join('、')}`)
    .join('；');
}

export function buildDefaultDeck(): Slide[] {
  const p18 = plan('plan2018');
  const p14 = plan('fyp14');
  const count = (type: TownType) => TOWN_FACTS.filter((t) => t.type === type).length;
  const core = ofKind('plan2018', 'core');
  const belts = ofKind('plan2018', 'belt');
  const clusters = ofKind('plan2018', 'cluster');
  const half = Math.ceil(clusters.length / 2);
  const city = ofKind('fyp14', 'science-city');
  const cityParts = city.flatMap((e) => e.members.filter((m) => m.roleKind !== 'core').map((m) => short(m.town)));
  const corridor = ofKind('fyp14', 'corridor');
  const regions = ofKind('fyp14', 'region');
  const bases = ofKind('fyp14', 'base');

  return [
    // 1. The city and its units.
    // The plans call the three 功能区 园区 (镇街（园区）); 滨海湾新区 holds quotas but has no polygon.
    slide(
      'city',
      `东莞市 ${TOWN_FACTS.length} 个镇街`,
      `${count('镇')} 个镇、${count('街道')} 个街道、${count('功能区')} 个功能区（文件称园区）：底图 ${TOWN_FACTS.length} 个单元；${UNMAPPED_UNITS.map((u) => u.name).join('、')}无独立边界。`,
      {
        notes: `规划文件把镇街和功能区合称“镇街（园区）”。${UNMAPPED_UNITS.map((u) => `${u.name}（${u.code}）`).join('、')}也是指标单元，但边界数据中没有它自己的边界，其陆域在长安、虎门境内，所以底图只有 ${TOWN_FACTS.length} 个单元。`,
      },
    ),

    // 2–5. 一核三带十区.
    slide(
      'plan2018-core',
      `${p18.nameZh}：一核`,
      `${core.map((e) => e.nameZh).join('、')}设在${towns(core).map(short).join('、')}，是全市新兴产业研发和高技术产业的源头。`,
      focus(core),
    ),
    slide('plan2018-belts', `${p18.nameZh}：三带`, '西部高端高新、中部创新创造、东部智能制造，三条产业带自西向东排开（镇街范围为示意）。', {
      layers: [...ids(core), ...ids(belts)],
    }),
    slide(
      'plan2018-clusters-1',
      `${p18.nameZh}：十区（上）`,
      `前 ${half} 个集聚区偏重信息、智能终端与智能装备，图中标出各自的核心、研发和制造节点。`,
      { layers: ids(clusters.slice(0, half)) },
    ),
    slide('plan2018-clusters-2', `${p18.nameZh}：十区（下）`, `后 ${clusters.length - half} 个集聚区偏重材料、新能源汽车、电池和生命健康。`, {
      layers: ids(clusters.slice(half)),
    }),

    // 6–8. 一城一廊三区.
    slide(
      'fyp14-science-city',
      `${p14.nameZh}：一城`,
      `${city.map((e) => e.nameZh).join('、')}是全市科技创新的龙头，范围含松山湖大部分和${cityParts.join('、')}的一部分。`,
      focus(city),
    ),
    slide('fyp14-corridor', `${p14.nameZh}：一廊`, '两条示意轴线：中心城区经科学城向南接深圳光明；另一条沿广深高速串起水乡新城和滨海湾。', {
      layers: [...ids(city), ...ids(corridor)],
    }),
    slide('fyp14-regions', `${p14.nameZh}：三区`, '北部借力广州科研、中部引入港澳服务业、南部与深圳深度协作。', { layers: ids(regions) }),

    // 9–15. 多节点: the bases one after another, each added to the ones before. The camera takes in
    // every base shown so far (nothing in the legend is off screen); the new one's towns are highlighted.
    ...bases.map((base, i) => {
      const where = towns([base]);
      const lead = base.figures?.leadIndustries?.slice(0, 3) ?? [];
      const km2 = base.figures?.plannedArea?.km2;
      const parts = [`位于${where.map(short).join('、')}`];
      if (lead.length > 0) parts.push(`主攻${lead.join('、')}`);
      if (km2 !== undefined) parts.push(`规划约 ${km2} km²`);
      return slide(`fyp14-${base.id}`, `多节点 ${i + 1}/${bases.length}：${base.nameZh}`, `${parts.join('；')}。`, { ...focus(bases.slice(0, i + 1)), highlight: where });
    }),

    // 16. The six 片区: every unit in exactly one.
    slide('pianqu', '园区统筹组团发展：六大片区', `全市 ${TOWN_FACTS.length} 个镇街各属一个片区；片区名有公开来源，所含镇街为示意。`, {
      layers: ids(elementsOfPlan('pianqu')),
    }),

    // 17–18. The plan periods and the 百千万 targets: the slide holds the 规划目标 view's timeline
    // and table (an empty city with the figures in its caption says nothing to a room).
    slide('plan-periods', '规划期', `${PLAN_PERIODS.map((p) => `${p.shortLabel} ${p.start}—${p.end}`).join('；')}。`, { figure: { kind: 'plan-periods' } }),
    slide('baiqianwan-targets', '百千万工程镇街目标', baiqianwanCaption(), { figure: { kind: 'target-table', table: BAIQIANWAN_TABLE.id } }),

    // 19. The 2025 quotas.
    // The values are the rule's defaults, not figures the plan gives each unit: the caption, notes and
    // legend (（默认）) say so.
    slide(
      'quota-2025-discovery',
      `${QUOTA_YEAR} 年各镇街发现指标（默认值）`,
      `未标创新强镇，默认按 ${DISCOVERY_QUOTA_OTHER} 计；高新区松山湖按 ${DISCOVERY_QUOTA_STRONG} 计；灰色为未设。`,
      {
        quota: { field: 'discovery', measure: 'quota', year: QUOTA_YEAR },
        notes:
          `图中数值是按行动计划规则算出的默认值，不是文件给各镇街的数：${SOURCES.discovery.section}规定高新区和每个创新强镇各 ≥${DISCOVERY_QUOTA_STRONG}、其他镇街 ≥${DISCOVERY_QUOTA_OTHER}（计${METRIC_DESCRIPTIONS.discovery}）。` +
          `创新强镇名单没有公布，这里一个也未标，所以除松山湖外都按默认 ${DISCOVERY_QUOTA_OTHER} 计；在指标页标记创新强镇后，相应镇街改按 ${DISCOVERY_QUOTA_STRONG} 计。${BINHAIWAN_DEFAULT_NOTE}。`,
      },
    ),
  ];
}
