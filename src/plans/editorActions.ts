/**
 * The plan editor's changes as action records, applied by pure updaters: `editPlan` changes a plan,
 * `editorUpdate` adds undo and redo around it (each edit keeps the plan before it; 撤销 and 重做
 * are actions too). The editor's store (src/state/planEditorStore.ts) dispatches them; what the
 * editor shows (map preview, checks) is derived from the plan they produce.
 */
import { elementKindMessages } from '../i18n/catalogue/layouts-kinds';
import { newMemberRoleMessages, planMessages } from '../i18n/catalogue/plans';
import { t, type Message } from '../i18n/messages';
import type { DrawStyle, ElementKind, FactKind, LayoutElement, Member } from '../layouts/types';
import { parsePlanValue } from './planFile';
import { planToFile, type Plan } from './planFormat';

/** How a new element of a kind is drawn (the planner can change it). */
export const DEFAULT_DRAW: Record<ElementKind, DrawStyle> = {
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

/** A role as the plan file holds it: the Chinese in `role`, the English in `roleEn`, whatever the page's language. */
const role = (message: Message) => ({ role: t(message, undefined, 'zh'), roleEn: t(message, undefined, 'en') });

/** A new member's role by how its element is drawn: plain membership, a node, a base's site. */
export function defaultMember(town: string, draw: DrawStyle): Member {
  switch (draw) {
    case 'nodes':
      return { town, coverage: 'whole', roleKind: 'node', ...role(newMemberRoleMessages.node), roleWording: 'none', factKind: 'stated' };
    case 'base':
      return { town, coverage: 'partial', roleKind: 'site', ...role(newMemberRoleMessages.site), roleWording: 'none', factKind: 'stated' };
    case 'axis':
      return { town, coverage: 'partial', roleKind: 'node', ...role(newMemberRoleMessages.onAxis), roleWording: 'none', factKind: 'stated' };
    default:
      return { town, coverage: 'whole', roleKind: 'member', ...role(newMemberRoleMessages.member), roleWording: 'none', factKind: 'stated' };
  }
}

/** A new, empty element of a kind (its id chosen by the caller, free in the whole catalog). */
export function newElement(plan: Plan, id: string, kind: ElementKind, color: string): LayoutElement {
  const draw = DEFAULT_DRAW[kind];
  const count = plan.elements.filter((e) => e.kind === kind).length + 1;
  return {
    id,
    plan: plan.group.id,
    kind,
    // Both names, whatever the page's language: the plan file holds the Chinese and the English.
    nameZh: t(planMessages.newElementEn, { kind: t(elementKindMessages[kind], undefined, 'zh').replace(/（.*）/, ''), n: count }, 'zh'),
    nameEn: t(planMessages.newElementEn, { kind: t(elementKindMessages[kind], undefined, 'en').replace(/\s*\(.*\)/, '').toLowerCase(), n: count }, 'en'),
    draw,
    members: [],
    source: { document: plan.group.document, section: '' },
    factKind: 'stated',
    description: '',
    color,
    ...(draw === 'axis' ? { axisPaths: [[]] } : {}),
  };
}

const AUTO_AREA_TEXT = /^约 [\d.]+ km²$/; // i18n-exempt: matches the Chinese text the editor writes into the plan (aboutKm2)

/** Fields of the plan's facts the editor changes as text ('' removes an optional one). */
export type MetaField = 'nameZh' | 'title' | 'document' | 'docNumber' | 'issuer' | 'issued';
/** Fields of an element the editor changes as text. */
export type ElementTextField = 'nameZh' | 'nameEn' | 'description' | 'section' | 'sourceDocument' | 'areaText';

export type EditorAction =
  | { type: 'plan/setMeta'; field: MetaField; value: string }
  | { type: 'plan/setPeriod'; start: number | null; end: number | null }
  | { type: 'element/add'; element: LayoutElement }
  | { type: 'element/remove'; id: string }
  | { type: 'element/setText'; id: string; field: ElementTextField; value: string }
  | { type: 'element/setKind'; id: string; kind: ElementKind }
  | { type: 'element/setDraw'; id: string; draw: DrawStyle }
  | { type: 'element/setColor'; id: string; color: string }
  | { type: 'element/setFactKind'; id: string; factKind: FactKind }
  /** null: no parent. */
  | { type: 'element/setParent'; id: string; parentId: string | null }
  | { type: 'element/setArea'; id: string; km2: number | null }
  /** A town clicked or chosen: added as a member (default role), or removed if it is one. */
  | { type: 'member/toggle'; id: string; town: string }
  | { type: 'member/set'; id: string; town: string; patch: Partial<Omit<Member, 'town'>> }
  /** A town picked for an axis: appended to the path (and made a member if it is not one). */
  | { type: 'axis/append'; id: string; path: number; town: string }
  | { type: 'axis/removeAt'; id: string; path: number; index: number }
  | { type: 'axis/newPath'; id: string };

const mapElement = (plan: Plan, id: string, change: (e: LayoutElement) => LayoutElement): Plan => {
  const index = plan.elements.findIndex((e) => e.id === id);
  if (index < 0) return plan;
  const next = change(plan.elements[index]);
  if (next === plan.elements[index]) return plan;
  return { ...plan, elements: plan.elements.map((e, i) => (i === index ? next : e)) };
};

function withOptional<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined): T {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function setText(e: LayoutElement, field: ElementTextField, value: string): LayoutElement {
  switch (field) {
    case 'nameZh':
    case 'nameEn':
    case 'description':
      return { ...e, [field]: value };
    case 'section':
      return { ...e, source: withOptional(e.source, 'section', value === '' ? undefined : value) };
    case 'sourceDocument':
      return { ...e, source: withOptional(e.source, 'document', value === '' ? undefined : value) };
    case 'areaText': {
      const area = e.figures?.plannedArea;
      const plannedArea = value === '' && area?.km2 === undefined ? undefined : { ...(area ?? {}), text: value };
      return { ...e, figures: withOptional(e.figures ?? {}, 'plannedArea', plannedArea) };
    }
  }
}

/** The pure updater of a plan under edit. Returns the same plan when nothing changes. */
export function editPlan(plan: Plan, action: EditorAction): Plan {
  switch (action.type) {
    case 'plan/setMeta': {
      const optional = action.field === 'docNumber' || action.field === 'issuer' || action.field === 'issued';
      if (plan.group[action.field] === action.value) return plan;
      const group = optional && action.value === '' ? withOptional(plan.group, action.field, undefined) : { ...plan.group, [action.field]: action.value };
      return { ...plan, group };
    }
    case 'plan/setPeriod': {
      const period = action.start === null && action.end === null ? undefined : { start: action.start ?? action.end!, end: action.end ?? action.start! };
      return { ...plan, group: withOptional(plan.group, 'period', period) };
    }
    case 'element/add':
      return { ...plan, elements: [...plan.elements, { ...action.element, plan: plan.group.id }] };
    case 'element/remove': {
      if (!plan.elements.some((e) => e.id === action.id)) return plan;
      // Children of a removed element lose their parent (else the plan would no longer check).
      const elements = plan.elements.filter((e) => e.id !== action.id).map((e) => (e.parentId === action.id ? withOptional(e, 'parentId', undefined) : e));
      return { ...plan, elements };
    }
    case 'element/setText':
      return mapElement(plan, action.id, (e) => setText(e, action.field, action.value));
    case 'element/setKind':
      return mapElement(plan, action.id, (e) => (e.kind === action.kind ? e : { ...e, kind: action.kind }));
    case 'element/setDraw':
      return mapElement(plan, action.id, (e) => {
        if (e.draw === action.draw) return e;
        const next = { ...e, draw: action.draw };
        // An axis starts from its members in order; leaving axis drops the paths.
        if (action.draw === 'axis') return { ...next, axisPaths: e.axisPaths?.length ? e.axisPaths : [e.members.map((m) => m.town)] };
        return withOptional(next, 'axisPaths', undefined);
      });
    case 'element/setColor':
      return mapElement(plan, action.id, (e) => (e.color === action.color ? e : { ...e, color: action.color }));
    case 'element/setFactKind':
      return mapElement(plan, action.id, (e) => (e.factKind === action.factKind ? e : { ...e, factKind: action.factKind }));
    case 'element/setParent':
      return mapElement(plan, action.id, (e) => ((e.parentId ?? null) === action.parentId ? e : withOptional(e, 'parentId', action.parentId ?? undefined)));
    case 'element/setArea':
      return mapElement(plan, action.id, (e) => {
        const area = e.figures?.plannedArea;
        const km2 = action.km2 ?? undefined;
        // A text the editor wrote from the figure follows the figure; one the planner typed stays.
        const ownText = area?.text && !AUTO_AREA_TEXT.test(area.text) ? area.text : undefined;
        const text = ownText ?? (km2 !== undefined ? t(planMessages.aboutKm2, { km2 }, 'zh') : '');
        const plannedArea = km2 === undefined && !text ? undefined : withOptional({ ...area, text }, 'km2', km2);
        return { ...e, figures: withOptional(e.figures ?? {}, 'plannedArea', plannedArea) };
      });
    case 'member/toggle':
      return mapElement(plan, action.id, (e) => {
        if (e.members.some((m) => m.town === action.town)) {
          const members = e.members.filter((m) => m.town !== action.town);
          const axisPaths = e.axisPaths?.map((p) => p.filter((t) => t !== action.town));
          return withOptional({ ...e, members }, 'axisPaths', axisPaths);
        }
        const members = [...e.members, defaultMember(action.town, e.draw)];
        if (e.draw !== 'axis') return { ...e, members };
        const paths = e.axisPaths?.length ? e.axisPaths : [[]];
        return { ...e, members, axisPaths: paths.map((p, i) => (i === paths.length - 1 ? [...p, action.town] : p)) };
      });
    case 'member/set':
      return mapElement(plan, action.id, (e) => ({
        ...e,
        members: e.members.map((m) => {
          if (m.town !== action.town) return m;
          const next = { ...m, ...action.patch };
          // A role retyped in Chinese no longer has the English it had: the English UI then shows the Chinese in 「」.
          return action.patch.role !== undefined && action.patch.role !== m.role && action.patch.roleEn === undefined ? withOptional(next, 'roleEn', undefined) : next;
        }),
      }));
    case 'axis/append':
      return mapElement(plan, action.id, (e) => {
        const paths = e.axisPaths?.length ? e.axisPaths : [[]];
        const path = Math.min(Math.max(0, action.path), paths.length - 1);
        if (paths[path].at(-1) === action.town) return e; // the same town twice in a row draws nothing
        const members = e.members.some((m) => m.town === action.town) ? e.members : [...e.members, defaultMember(action.town, 'axis')];
        return { ...e, members, axisPaths: paths.map((p, i) => (i === path ? [...p, action.town] : p)) };
      });
    case 'axis/removeAt':
      return mapElement(plan, action.id, (e) => {
        const paths = e.axisPaths ?? [];
        if (!paths[action.path] || action.index < 0 || action.index >= paths[action.path].length) return e;
        const axisPaths = paths.map((p, i) => (i === action.path ? p.filter((_, k) => k !== action.index) : p));
        // A town no path passes through any more is no longer a member.
        const still = new Set(axisPaths.flat());
        return { ...e, axisPaths, members: e.members.filter((m) => still.has(m.town)) };
      });
    case 'axis/newPath':
      return mapElement(plan, action.id, (e) => ({ ...e, axisPaths: [...(e.axisPaths ?? []).filter((p) => p.length > 0), []] }));
  }
}

/** The plan under edit with its history: an edit keeps the plan before it; 撤销 and 重做 walk the history. */
export interface EditorHistory {
  plan: Plan;
  past: Plan[];
  future: Plan[];
  /** The text field the last edit typed in: further typing there joins the same undo step. */
  typing?: string;
}

export type HistoryAction = EditorAction | { type: 'editor/undo' } | { type: 'editor/redo' } | { type: 'editor/open'; plan: Plan };

/** Edits remembered for 撤销 (older ones are forgotten). */
export const UNDO_DEPTH = 200;

export function editorUpdate(state: EditorHistory, action: HistoryAction): EditorHistory {
  switch (action.type) {
    case 'editor/open':
      return { plan: action.plan, past: [], future: [] };
    case 'editor/undo':
      return state.past.length ? { plan: state.past[state.past.length - 1], past: state.past.slice(0, -1), future: [state.plan, ...state.future] } : state;
    case 'editor/redo':
      return state.future.length ? { plan: state.future[0], past: [...state.past, state.plan], future: state.future.slice(1) } : state;
    default: {
      const plan = editPlan(state.plan, action);
      if (plan === state.plan) return state;
      const typing = typingKey(action);
      if (typing && typing === state.typing && state.past.length) return { plan, past: state.past, future: [], typing };
      return { plan, past: [...state.past, state.plan].slice(-UNDO_DEPTH), future: [], ...(typing ? { typing } : {}) };
    }
  }
}

/** Typing in one text field is one undo step (not one per character). */
function typingKey(action: EditorAction): string | undefined {
  if (action.type === 'plan/setMeta') return `meta:${action.field}`;
  if (action.type === 'element/setText') return `${action.id}:${action.field}`;
  if (action.type === 'member/set' && action.patch.role !== undefined) return `${action.id}:${action.town}:role`;
  return undefined;
}

/** The same checks as 导入规划 (the zod schema, then towns, ids, parents), each naming the element and field. */
export function planProblems(plan: Plan): string[] {
  const parsed = parsePlanValue(planToFile(plan));
  return parsed.ok ? [] : parsed.problems;
}

/** The problems of one element: those that name it (“第 N 个元素（id）”). */
export function problemsOf(problems: readonly string[], plan: Plan, id: string): string[] {
  const index = plan.elements.findIndex((e) => e.id === id);
  const prefix = t(planMessages.elementAtNoId, { n: index + 1 });
  const separator = t(planMessages.problemAt, { where: '', problem: '' });
  return problems.filter((p) => p.startsWith(t(planMessages.elementAt, { n: index + 1, id })) || p.startsWith(`${prefix} `) || p.startsWith(`${prefix}${separator}`));
}

/**
 * What the map can draw of a plan under edit: elements whose towns are all known, an axis with a
 * path of two towns or more, a base with a town. The checks list what is left out; the preview
 * never draws a wrong town.
 */
export function drawableElements(plan: Plan, isTown: (name: string) => boolean): LayoutElement[] {
  const out: LayoutElement[] = [];
  for (const e of plan.elements) {
    const members = e.members.filter((m) => isTown(m.town));
    if (e.draw === 'axis') {
      const axisPaths = (e.axisPaths ?? []).map((p) => p.filter(isTown)).filter((p) => p.length >= 2);
      if (axisPaths.length) out.push({ ...e, members, axisPaths });
      continue;
    }
    if (e.draw === 'base' && members.length === 0) continue;
    if (members.length === 0) continue;
    out.push({ ...e, members });
  }
  return out;
}
