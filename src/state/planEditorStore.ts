/**
 * The plan editor's store (#/edit/<plan>): the plan under edit and its undo history, changed only
 * by action records (src/plans/editorActions.ts) through their pure updater on an action stream.
 * 保存 hands the plan to the plans store as a `plans/add` record (the plan replaces its saved copy
 * and joins the catalog, so the map, legend, cards and compare show it); nothing is saved while the
 * checks find a problem.
 */
import { create } from 'zustand';
import { createActionStream } from '../lib/actionStream';
import { editorUpdate, planProblems, type EditorHistory, type HistoryAction } from '../plans/editorActions';
import { planCatalog } from '../plans/catalog';
import type { Plan } from '../plans/planFile';
import { dispatchPlans } from './plansStore';
import { planDataMessages } from '../i18n/catalogue/state';
import { t, type Message } from '../i18n/messages';

interface PlanEditorState extends EditorHistory {
  /** The element the map's clicks and the town picker act on. */
  selectedId: string | null;
  /** The plan as last saved (or opened), to tell unsaved edits. */
  saved: Plan | null;
}

export const usePlanEditorStore = create<PlanEditorState>(() => ({
  plan: emptyPlan('plan-new'),
  past: [],
  future: [],
  selectedId: null,
  saved: null,
}));

const stream = createActionStream<EditorHistory, HistoryAction>({
  get: () => {
    const { plan, past, future } = usePlanEditorStore.getState();
    return { plan, past, future };
  },
  set: (history) => usePlanEditorStore.setState(history),
  update: editorUpdate,
});

// The selection follows the elements: an added element is selected, a removed (or undone) one lets go.
stream.listen('selection', (entry, state) => {
  const { selectedId } = usePlanEditorStore.getState();
  if (entry.action.type === 'element/add') usePlanEditorStore.setState({ selectedId: entry.action.element.id });
  else if (selectedId !== null && !state.plan.elements.some((e) => e.id === selectedId)) usePlanEditorStore.setState({ selectedId: state.plan.elements.at(-1)?.id ?? null });
});

export function dispatchEditor(action: HistoryAction): void {
  stream.dispatch(action);
}

export function selectElement(id: string | null): void {
  usePlanEditorStore.setState({ selectedId: id });
}

/** A new plan: its facts to be filled in, no elements yet. */
export function emptyPlan(id: string): Plan {
  // Both languages are written into the plan, whatever the page's language.
  const zh = (message: Message) => t(message, undefined, 'zh');
  const en = (message: Message) => t(message, undefined, 'en');
  const m = planDataMessages;
  return { group: { id, nameZh: zh(m.newPlanName), nameEn: en(m.newPlanName), title: zh(m.newPlanTitle), titleEn: en(m.newPlanTitle), document: zh(m.newPlanDocument), draft: true }, elements: [] };
}

/** A plan id no plan in the catalog has. */
export function freePlanId(now: Date = new Date()): string {
  const taken = new Set(planCatalog().groups.map((g) => g.id));
  const stem = `plan-${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** An element id free in the plan under edit and in every other plan of the catalog. */
export function freeElementId(): string {
  const { plan } = usePlanEditorStore.getState();
  const taken = new Set([...planCatalog().elements.filter((e) => e.plan !== plan.group.id).map((e) => e.id), ...plan.elements.map((e) => e.id)]);
  let n = plan.elements.length + 1;
  while (taken.has(`${plan.group.id}-e${n}`)) n++;
  return `${plan.group.id}-e${n}`.slice(0, 64);
}

/** Opens a plan for editing (the saved copy, or a new one): a fresh history. */
export function openInEditor(plan: Plan, saved: boolean): void {
  stream.dispatch({ type: 'editor/open', plan });
  usePlanEditorStore.setState({ selectedId: plan.elements[0]?.id ?? null, saved: saved ? plan : null });
}

export type SaveOutcome = { ok: true } | { ok: false; problems: string[] };

/** 保存: the plan joins the saved plans (replacing its earlier copy), or the problems that stop it. */
export function saveEditedPlan(): SaveOutcome {
  const { plan } = usePlanEditorStore.getState();
  const problems = planProblems(plan);
  if (problems.length) return { ok: false, problems };
  dispatchPlans({ type: 'plans/add', plan });
  usePlanEditorStore.setState({ saved: plan });
  return { ok: true };
}
