/**
 * The planner's own plans change only through these action records, applied by a pure updater.
 * The plans store (src/state/plansStore.ts) dispatches them; saving to the browser and the plan
 * catalog are listeners of the same records.
 */
import type { Plan } from './planFile';

export type PlansAction =
  | { type: 'plans/loaded'; plans: Plan[] }
  | { type: 'plans/add'; plan: Plan }
  | { type: 'plans/remove'; id: string }
  | { type: 'plans/restore'; plan: Plan; index: number }
  // The shared record (server mode): the whole list as the server has it, or one plan put in its place.
  | { type: 'plans/replaceAll'; plans: Plan[] }
  | { type: 'plans/put'; plan: Plan }
  // 发布: a draft becomes a plan in force.
  | { type: 'plans/publish'; id: string };

export function plansUpdater(plans: readonly Plan[], action: PlansAction): Plan[] {
  switch (action.type) {
    case 'plans/loaded': {
      // Plans added before the saved ones finished loading stay, after them.
      const loaded = new Set(action.plans.map((p) => p.group.id));
      return [...action.plans, ...plans.filter((p) => !loaded.has(p.group.id))];
    }
    case 'plans/add':
      return [...plans.filter((p) => p.group.id !== action.plan.group.id), action.plan];
    case 'plans/remove':
      return plans.filter((p) => p.group.id !== action.id);
    case 'plans/restore': {
      const rest = plans.filter((p) => p.group.id !== action.plan.group.id);
      const at = Math.max(0, Math.min(action.index, rest.length));
      return [...rest.slice(0, at), action.plan, ...rest.slice(at)];
    }
    case 'plans/replaceAll':
      return [...action.plans];
    case 'plans/put': {
      const at = plans.findIndex((p) => p.group.id === action.plan.group.id);
      return at < 0 ? [...plans, action.plan] : plans.map((p, i) => (i === at ? action.plan : p));
    }
    case 'plans/publish':
      return plans.map((p) => {
        if (p.group.id !== action.id || !p.group.draft) return p;
        const { draft: _d, ...group } = p.group;
        void _d;
        return { ...p, group };
      });
  }
}
