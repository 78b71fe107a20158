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
import { TOWN_FACTS, type TownType } from '../../towns/townFacts';
import type { Slide } from './slide';
import { defaultDeckMessages } from '../../i18n/catalogue/deck';
import { currentLanguage } from '../../i18n/language';
import { joinList, t, type Message } from '../../i18n/messages';
import { quoteBeside } from '../../i18n/names';
import { displayTownName, displayShortTownName } from '../../towns/townNames';
import { elementName, planName } from '../../layouts/displayNames';

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

const short = (name: string) => displayShortTownName(name);
const list = (items: string[]) => joinList(items);
const elementNames = (elements: LayoutElement[]) => list(elements.map((e) => elementName(e)));
const m = defaultDeckMessages;


const PERIOD_LABELS: Record<string, Message> = { plan2018: m.periodPlan2018, fyp14: m.periodFyp14, baiqianwan: m.periodBaiqianwan, 'action-plan': m.periodActionPlan };

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
  const english = currentLanguage() === 'en';
  const SHORT: Record<string, Message> = {
    市重大科技项目库中镇街入库项目: m.bqProjects, // i18n-exempt: the plan's label, matched as data
    '瞪羚企业培育库镇街（园区）企业': m.bqGazelles, // i18n-exempt: the plan's label, matched as data
    镇街促成产学研合作项目: m.bqCooperation, // i18n-exempt: the plan's label, matched as data
    市镇联合共建的创新创业综合体: m.bqComplexes, // i18n-exempt: the plan's label, matched as data
    科技创新示范镇: m.bqModelTowns, // i18n-exempt: the plan's label, matched as data
  };
  const label = (text: string) => (SHORT[text] ? t(SHORT[text]) : quoteBeside(text, undefined));
  return [2023, 2025]
    .map((y) => t(m.baiqianwanYear, { year: y, targets: list(BAIQIANWAN_TARGETS.filter((x) => x.year === y).map((x) => t(m.baiqianwanTarget, { label: label(x.label), text: english ? x.text.replace('—', '–') : x.text, unit: english ? '' : x.unit }))) }))
    .join(t(m.partsSeparator));
}

export function buildDefaultDeck(): Slide[] {
  const p18 = plan('plan2018');
  const p14 = plan('fyp14');
  const p18Name = planName(p18);
  const p14Name = planName(p14);
  const english = currentLanguage() === 'en';
  const count = (type: TownType) => TOWN_FACTS.filter((x) => x.type === type).length;
  const core = ofKind('plan2018', 'core');
  const belts = ofKind('plan2018', 'belt');
  const clusters = ofKind('plan2018', 'cluster');
  const half = Math.ceil(clusters.length / 2);
  const city = ofKind('fyp14', 'science-city');
  const cityParts = city.flatMap((e) => e.members.filter((x) => x.roleKind !== 'core').map((x) => short(x.town)));
  const corridor = ofKind('fyp14', 'corridor');
  const regions = ofKind('fyp14', 'region');
  const bases = ofKind('fyp14', 'base');
  const unitName = (u: (typeof UNMAPPED_UNITS)[number]) => displayTownName(u.name);

  return [
    // 1. The city and its units.
    // The plans call the three 功能区 园区 (镇街（园区）); 滨海湾新区 holds quotas but has no polygon.
    slide(
      'city',
      t(m.cityTitle, { count: TOWN_FACTS.length }),
      t(m.cityCaption, { towns: count('镇'), subdistricts: count('街道'), zones: count('功能区'), count: TOWN_FACTS.length, unmapped: list(UNMAPPED_UNITS.map(unitName)) }), // i18n-exempt: town types as data
      {
        notes: t(m.cityNotes, { units: list(UNMAPPED_UNITS.map((u) => t(m.unitWithCode, { name: unitName(u), code: u.code }))), count: TOWN_FACTS.length }),
      },
    ),

    // 2–5. 一核三带十区.
    slide('plan2018-core', t(m.coreTitle, { plan: p18Name }), t(m.coreCaption, { elements: elementNames(core), towns: list(towns(core).map(short)) }), focus(core)),
    slide('plan2018-belts', t(m.beltsTitle, { plan: p18Name }), t(m.beltsCaption), {
      layers: [...ids(core), ...ids(belts)],
    }),
    slide('plan2018-clusters-1', t(m.clusters1Title, { plan: p18Name }), t(m.clusters1Caption, { count: half }), { layers: ids(clusters.slice(0, half)) }),
    slide('plan2018-clusters-2', t(m.clusters2Title, { plan: p18Name }), t(m.clusters2Caption, { count: clusters.length - half }), {
      layers: ids(clusters.slice(half)),
    }),

    // 6–8. 一城一廊三区.
    slide('fyp14-science-city', t(m.cityTitle14, { plan: p14Name }), t(m.cityCaption14, { elements: elementNames(city), parts: list(cityParts) }), focus(city)),
    slide('fyp14-corridor', t(m.corridorTitle, { plan: p14Name }), t(m.corridorCaption), {
      layers: [...ids(city), ...ids(corridor)],
    }),
    slide('fyp14-regions', t(m.regionsTitle, { plan: p14Name }), t(m.regionsCaption), { layers: ids(regions) }),

    // 9–15. 多节点: the bases one after another, each added to the ones before. The camera takes in
    // every base shown so far (nothing in the legend is off screen); the new one's towns are highlighted.
    ...bases.map((base, i) => {
      const where = towns([base]);
      const lead = base.figures?.leadIndustries?.slice(0, 3) ?? [];
      const leadEn = base.figures?.leadIndustriesEn?.slice(0, 3) ?? [];
      const km2 = base.figures?.plannedArea?.km2;
      const parts = [t(m.baseWhere, { towns: list(where.map(short)) })];
      // The lead industries are the plan's words: in English their English, with the Chinese beside in 「」.
      const industries = english ? quoteBeside(joinList(lead, 'zh'), leadEn.length === lead.length ? joinList(leadEn, 'en') : undefined) : list(lead);
      if (lead.length > 0) parts.push(t(m.baseLead, { industries }));
      if (km2 !== undefined) parts.push(t(m.baseArea, { km2 }));
      return slide(`fyp14-${base.id}`, t(m.baseTitle, { n: i + 1, count: bases.length, name: elementName(base) }), `${parts.join(t(m.partsSeparator))}${t(m.sentenceEnd)}`, {
        ...focus(bases.slice(0, i + 1)),
        highlight: where,
      });
    }),

    // 16. The six 片区: every unit in exactly one.
    slide('pianqu', t(m.pianquTitle), t(m.pianquCaption, { count: TOWN_FACTS.length }), {
      layers: ids(elementsOfPlan('pianqu')),
    }),

    // 17–18. The plan periods and the 百千万 targets: the slide holds the 规划目标 view's timeline
    // and table (an empty city with the figures in its caption says nothing to a room).
    slide(
      'plan-periods',
      t(m.periodsTitle),
      `${PLAN_PERIODS.map((p) => t(m.period, { label: PERIOD_LABELS[p.id] ? t(PERIOD_LABELS[p.id]) : quoteBeside(p.shortLabel, undefined), start: p.start, end: p.end })).join(t(m.partsSeparator))}${t(m.sentenceEnd)}`,
      { figure: { kind: 'plan-periods' } },
    ),
    slide('baiqianwan-targets', t(m.baiqianwanTitle), baiqianwanCaption(), { figure: { kind: 'target-table', table: BAIQIANWAN_TABLE.id } }),

    // 19. The 2025 quotas.
    // The values are the rule's defaults, not figures the plan gives each unit: the caption, notes and
    // legend (（默认）) say so.
    slide(
      'quota-2025-discovery',
      t(m.quotaTitle, { year: QUOTA_YEAR }),
      t(m.quotaCaption, { other: DISCOVERY_QUOTA_OTHER, strong: DISCOVERY_QUOTA_STRONG }),
      {
        quota: { field: 'discovery', measure: 'quota', year: QUOTA_YEAR },
        notes:
          t(m.quotaNotes1, {
            section: quoteBeside(SOURCES.discovery.section, undefined),
            strong: DISCOVERY_QUOTA_STRONG,
            other: DISCOVERY_QUOTA_OTHER,
            description: english ? t(m.discoveryDescription) : METRIC_DESCRIPTIONS.discovery,
          }) +
          t(m.quotaNotes2, { other: DISCOVERY_QUOTA_OTHER, strong: DISCOVERY_QUOTA_STRONG, binhaiwan: english ? t(m.binhaiwanNote) : BINHAIWAN_DEFAULT_NOTE }),
      },
    ),
  ];
}
