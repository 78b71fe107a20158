/**
 * The plan file's shape as the app holds it, without its checks: the format's name and version,
 * the size limit, and the conversions between a file and a plan. The checks (the zod schema and
 * the cross checks, src/plans/planFile.ts) load only where a plan from outside is read: an import,
 * a plan kept in this browser, the server's plans. The built-in plans are checked when the app is
 * built and by the tests (src/plans/builtinPlans.test.ts), so the first view does not load zod.
 */
import type { LayoutElement, PlanGroup } from '../layouts/types';
import type { PlanFile } from './schema';

export const PLAN_FORMAT = 'dgmap-plan';
export const PLAN_SCHEMA_VERSION = 1;

/** A file larger than this is refused before it is read (the built-in plans are about 30 kB). */
export const MAX_PLAN_FILE_BYTES = 2 * 1024 * 1024;

/** A plan as the app holds it: its group (the plan's facts) and its elements, each tagged with the plan. */
export interface Plan {
  group: PlanGroup;
  elements: LayoutElement[];
}

export function planFromFile(file: PlanFile): Plan {
  const { plan, elements } = file; // $schema is the editor's, not the plan's
  const group: PlanGroup = { ...plan };
  return { group, elements: elements.map((e) => ({ ...e, plan: plan.id })) };
}

/** The plan as a file, in the key order of the schema (so an export reads like the built-in files). */
export function planToFile(plan: Plan): PlanFile {
  const { builtin: _builtin, ...meta } = plan.group;
  void _builtin;
  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    plan: meta,
    elements: plan.elements.map(({ plan: _p, ...rest }) => {
      void _p;
      return rest;
    }),
  };
}

export function planToJson(plan: Plan): string {
  return `${JSON.stringify(planToFile(plan), null, 2)}\n`;
}
