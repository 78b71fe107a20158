/**
 * The built-in plans through the same door as a planner's import (the zod schema and the cross
 * checks), run when the app is built (vite.config.ts) and by the tests, never in the page: a bad
 * built-in file stops the build with its problems named. Also checks that reading a file without
 * the checks (what src/plans/builtin.ts does at run time) gives exactly the checked plan, so
 * nothing the schema would change or drop can slip through.
 */
import { isDeepStrictEqual } from 'node:util';
import { planMessages } from '../i18n/catalogue/plans';
import { t } from '../i18n/messages';
import { BUILTIN_PLAN_FILES, BUILTIN_PLAN_ORDER, BUILTIN_PLANS } from './builtin';
import { parsePlanValue } from './planFile';

/** Every problem of the built-in plans, each naming the plan; empty when they are all good. */
export function builtinPlanProblems(): string[] {
  const problems: string[] = [];
  const ids = Object.keys(BUILTIN_PLAN_FILES);
  for (const id of ids) if (!BUILTIN_PLAN_ORDER.includes(id)) problems.push(`${id}: not listed in src/plans/builtin/order.json`);
  for (const id of BUILTIN_PLAN_ORDER) if (!ids.includes(id)) problems.push(`${id}: listed in src/plans/builtin/order.json, but there is no such file`);
  BUILTIN_PLAN_ORDER.forEach((id, i) => {
    if (!ids.includes(id)) return;
    const parsed = parsePlanValue(BUILTIN_PLAN_FILES[id]);
    if (!parsed.ok) {
      problems.push(t(planMessages.builtinInvalid, { id, problems: parsed.problems.join(t(planMessages.problemsJoin)) }));
      return;
    }
    if (parsed.plan.group.id !== id) problems.push(`${id}: the file's plan.id is ${parsed.plan.group.id}`);
    const read = BUILTIN_PLANS[i];
    const { builtin: _builtin, ...readGroup } = read.group;
    void _builtin;
    if (!isDeepStrictEqual({ group: readGroup, elements: read.elements }, parsed.plan)) {
      problems.push(`${id}: read without the schema, the plan differs from the checked one`);
    }
  });
  return problems;
}
