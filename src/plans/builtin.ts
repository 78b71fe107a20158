/**
 * The plans shipped with the app: plan files (src/plans/builtin/*.json, edited as data) read through the same validation as a planner's import. A built-in
 * file that fails it stops the app at load with the problems named (and fails the tests first).
 */
import fyp14 from './builtin/fyp14.json';
import order from './builtin/order.json';
import pianqu from './builtin/pianqu.json';
import plan2018 from './builtin/plan2018.json';
import platforms from './builtin/platforms.json';
import { planMessages } from '../i18n/catalogue/plans';
import { t } from '../i18n/messages';
import type { LayoutElement, PlanGroup } from '../layouts/types';
import { parsePlanValue, type Plan } from './planFile';

const FILES: Record<string, unknown> = { plan2018, fyp14, pianqu, platforms };

function load(id: string): Plan {
  const parsed = parsePlanValue(FILES[id]);
  if (!parsed.ok) throw new Error(t(planMessages.builtinInvalid, { id, problems: parsed.problems.join(t(planMessages.problemsJoin)) }));
  return { group: { ...parsed.plan.group, builtin: true }, elements: parsed.plan.elements };
}

/** The built-in plans in the order the app lists them. */
export const BUILTIN_PLANS: readonly Plan[] = (order as string[]).map(load);

/** The built-in plans' groups and all their elements (what src/layouts/model.ts used to export). */
export const PLAN_GROUPS: readonly PlanGroup[] = BUILTIN_PLANS.map((p) => p.group);
export const LAYOUT_ELEMENTS: readonly LayoutElement[] = BUILTIN_PLANS.flatMap((p) => p.elements);
