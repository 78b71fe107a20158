/**
 * The plans shipped with the app: plan files (src/plans/builtin/*.json, edited as data). They are
 * files of this repository, so they are checked where a mistake can still be fixed: by the same
 * validation as a planner's import when the app is built (`checkBuiltinPlans` in vite.config.ts stops
 * the build with the problems named) and in the tests (src/plans/builtinPlans.test.ts). At run time
 * they are read as they are: the schema (zod) is not part of the first view's script.
 */
import fyp14 from './builtin/fyp14.json';
import order from './builtin/order.json';
import pianqu from './builtin/pianqu.json';
import plan2018 from './builtin/plan2018.json';
import platforms from './builtin/platforms.json';
import type { LayoutElement, PlanGroup } from '../layouts/types';
import { planFromFile, type Plan } from './planFormat';
import type { PlanFile } from './schema';

/** The built-in plan files by id, as written in the repository (checked at build time, not here). */
export const BUILTIN_PLAN_FILES: Readonly<Record<string, unknown>> = { plan2018, fyp14, pianqu, platforms };
export const BUILTIN_PLAN_ORDER = order as readonly string[];

function load(id: string): Plan {
  const plan = planFromFile(BUILTIN_PLAN_FILES[id] as PlanFile);
  return { group: { ...plan.group, builtin: true }, elements: plan.elements };
}

/** The built-in plans in the order the app lists them. */
export const BUILTIN_PLANS: readonly Plan[] = BUILTIN_PLAN_ORDER.map(load);

/** The built-in plans' groups and all their elements (what src/layouts/model.ts used to export). */
export const PLAN_GROUPS: readonly PlanGroup[] = BUILTIN_PLANS.map((p) => p.group);
export const LAYOUT_ELEMENTS: readonly LayoutElement[] = BUILTIN_PLANS.flatMap((p) => p.elements);
