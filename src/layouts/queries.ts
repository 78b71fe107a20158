/**
 * Pure look-ups over the layout data (no state, no map).
 */
import { layoutMessages } from '../i18n/catalogue/layouts';
import { t, type Message } from '../i18n/messages';
import { TOWN_NAMES, resolveTownName } from '../towns/townFacts';
import { displayTownName } from '../towns/townNames';
import { planCatalog } from '../plans/catalog';
import type { FactKind, LayoutElement, Member, PlanGroup, PlanId } from './types';

// Every look-up reads the plan catalog (built-in plans, then the planner's own) as it is now.
const townOrder = new Map(TOWN_NAMES.map((t, i) => [t, i]));

/** Every element of every plan shown, in plan order and then in the order each plan lists them. */
export function allElements(): readonly LayoutElement[] {
  return planCatalog().elements;
}

/** Every plan shown: the built-in ones, then the planner's own. */
export function allPlanGroups(): readonly PlanGroup[] {
  return planCatalog().groups;
}

export function elementById(id: string): LayoutElement | undefined {
  return planCatalog().byId.get(id);
}

export function planById(id: PlanId): PlanGroup | undefined {
  return planCatalog().groups.find((p) => p.id === id);
}

/** The plan's elements in the order the plan lists them. */
export function elementsOfPlan(planId: PlanId): LayoutElement[] {
  return allElements().filter((e) => e.plan === planId);
}

/** Sub-elements (e.g. 先进材料's sub-clusters) of an element. */
export function childrenOf(id: string): LayoutElement[] {
  return allElements().filter((e) => e.parentId === id);
}

export interface Membership {
  element: LayoutElement;
  member: Member;
}

/**
 * Every element a town belongs to, with its membership, ordered by plan (PLAN_GROUPS order) and
 * then by the element's place in its plan. Accepts a full name or a short form ('谢岗', '松山湖').
 */
export function membershipsOfTown(town: string): Membership[] {
  const name = resolveTownName(town) ?? town;
  const out: Membership[] = [];
  const { groups, elements } = planCatalog();
  const planOrder = new Map(groups.map((p, i) => [p.id, i]));
  const elementOrder = new Map(elements.map((e, i) => [e.id, i]));
  for (const element of elements) {
    const member = element.members.find((m) => m.town === name);
    if (member) out.push({ element, member });
  }
  return out.sort(
    (a, b) =>
      (planOrder.get(a.element.plan) ?? 0) - (planOrder.get(b.element.plan) ?? 0) ||
      (elementOrder.get(a.element.id) ?? 0) - (elementOrder.get(b.element.id) ?? 0),
  );
}

/** Member towns of one element or of a list of elements (their union), in TOWN_NAMES order. */
export function memberTowns(elements: LayoutElement | LayoutElement[]): string[] {
  const list = Array.isArray(elements) ? elements : [elements];
  const set = new Set<string>();
  for (const e of list) for (const m of e.members) set.add(m.town);
  return sortTowns([...set]);
}

function sortTowns(towns: string[]): string[] {
  return towns.sort(
    (a, b) =>
      (townOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (townOrder.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      a.localeCompare(b, 'zh'),
  );
}

export interface Comparison {
  both: string[];
  onlyA: string[];
  onlyB: string[];
}

/**
 * Compares the member towns of two elements. Either side may be a list of elements, taken as the
 * union of their members, so two whole layouts can be compared (e.g. the three belts against the
 * six 片区). Towns are listed in TOWN_NAMES order.
 */
export function compareElements(
  a: LayoutElement | LayoutElement[],
  b: LayoutElement | LayoutElement[],
): Comparison {
  const ta = memberTowns(a);
  const tb = new Set(memberTowns(b));
  const sa = new Set(ta);
  return {
    both: ta.filter((t) => tb.has(t)),
    onlyA: ta.filter((t) => !tb.has(t)),
    onlyB: sortTowns([...tb].filter((t) => !sa.has(t))),
  };
}

/** True when the element is our own assignment, or any of its members is: draw it as 示意. */
export function isSchematic(element: LayoutElement): boolean {
  return element.factKind === 'derived' || element.members.some((m) => m.factKind === 'derived');
}

/**
 * What an element shows as 公开来源 (sourced) without a dated outside source to back it: the
 * element itself, or each such member by town. Empty when every sourced claim has one. A plan of
 * any origin (built in, imported, edited) must pass this before it is shown.
 */
export function sourcedWithoutSource(element: LayoutElement): string[] {
  const dated = (element.source.outside ?? []).some((o) => o.name.trim() !== '' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(o.date));
  if (dated) return [];
  const problems: string[] = [];
  if (element.factKind === 'sourced') problems.push(t(layoutMessages.sourcedWithoutSourceElement, { id: element.id }));
  for (const m of element.members) if (m.factKind === 'sourced') problems.push(t(layoutMessages.sourcedWithoutSourceMember, { id: element.id, town: displayTownName(m.town) }));
  return problems;
}

/** True when any member covers only part of its town. */
export function hasPartialMembers(element: LayoutElement): boolean {
  return element.members.some((m) => m.coverage === 'partial');
}

const FACT_KIND_LABELS: Record<FactKind, Message> = {
  stated: layoutMessages.factStated,
  sourced: layoutMessages.factSourced,
  derived: layoutMessages.factDerived,
};

export function factKindLabel(kind: FactKind): string {
  return t(FACT_KIND_LABELS[kind]);
}

const COVERAGE_LABELS: Record<Member['coverage'], Message> = {
  whole: layoutMessages.coverageWhole,
  partial: layoutMessages.coveragePartial,
};

export function coverageLabel(coverage: Member['coverage']): string {
  return t(COVERAGE_LABELS[coverage]);
}

/**
 * The towns whose label points a base marker sits between (their centroid), in member order.
 * Empty for elements that are not drawn as a base marker.
 */
export function baseMarkerTowns(element: LayoutElement): string[] {
  if (element.draw !== 'base') return [];
  return [...new Set(element.members.map((m) => m.town))];
}

/** Elements of any plan whose Chinese or English name contains the query, in catalog order. */
export function searchElements(query: string, max = 5): LayoutElement[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return allElements()
    .filter((e) => e.nameZh.toLowerCase().includes(q) || e.nameEn.toLowerCase().includes(q))
    .slice(0, max);
}
