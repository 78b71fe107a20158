/**
 * The plans the app shows: the built-in ones, then the planner's own (imported or copied), in one
 * list that the layer panel, legend, cards, the town's 所属布局, search and compare all read. It
 * changes only through `setUserPlans` (called by the plans store, src/state/plansStore.ts); a
 * listener hears of each change. Reading is cheap: the lists are rebuilt once per change.
 */
import type { LayoutElement, PlanGroup } from '../layouts/types';
import { BUILTIN_PLANS } from './builtin';
import type { Plan } from './planFile';

export interface PlanCatalog {
  plans: readonly Plan[];
  groups: readonly PlanGroup[];
  elements: readonly LayoutElement[];
  byId: ReadonlyMap<string, LayoutElement>;
  /** Increases on every change, for memoising what is built from the catalog. */
  version: number;
}

function build(plans: readonly Plan[], version: number): PlanCatalog {
  const elements = plans.flatMap((p) => p.elements);
  return { plans, groups: plans.map((p) => p.group), elements, byId: new Map(elements.map((e) => [e.id, e])), version };
}

let current = build(BUILTIN_PLANS, 0);
const listeners = new Set<() => void>();

export function planCatalog(): PlanCatalog {
  return current;
}

/**
 * Replaces the planner's own plans. A plan whose id, or any of whose element ids, is already taken
 * by a plan before it is left out (the import renames them first, so this guards saved data only).
 */
export function setUserPlans(userPlans: readonly Plan[]): void {
  const shown = current.plans.slice(BUILTIN_PLANS.length);
  if (shown.length === userPlans.length && shown.every((p, i) => p === userPlans[i])) return; // nothing changed: no redraw
  const plans: Plan[] = [...BUILTIN_PLANS];
  const planIds = new Set(plans.map((p) => p.group.id));
  const elementIds = new Set(plans.flatMap((p) => p.elements.map((e) => e.id)));
  for (const plan of userPlans) {
    if (planIds.has(plan.group.id) || plan.elements.some((e) => elementIds.has(e.id))) continue;
    planIds.add(plan.group.id);
    for (const e of plan.elements) elementIds.add(e.id);
    plans.push(plan);
  }
  current = build(plans, current.version + 1);
  for (const listener of listeners) listener();
}

export function subscribeCatalog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
