/**
 * Writes the built-in plan files (src/plans/builtin/<plan>.json) from the layout model that used
 * to be the app's source (src/layouts/model.ts), checking each through the same validation as a
 * planner's import. Run with:
 *
 *   npx tsx scripts/plansFromModel.ts [path/to/model.ts]
 *
 * The plan facts the model never held (period, issuing date) are in PLAN_FACTS below. Once
 * model.ts is gone, the JSON files are the source and are edited directly (or in the plans page).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LayoutElement, PlanGroup } from '../src/layouts/types';
import { parsePlanValue, planToFile } from '../src/plans/planFile';

/** Facts about each plan document that the model did not hold. Only what the documents show. */
const PLAN_FACTS: Record<string, Partial<PlanGroup>> = {
  // Seed 001's cover: 东莞市重点新兴产业发展规划 (2018-2025 年), 2018 年 7 月.
  plan2018: { issued: '2018-07', period: { start: 2018, end: 2025 } },
  // Seed 000: the 14th Five-Year plan period.
  fyp14: { period: { start: 2021, end: 2025 } },
};

const modelPath = resolve(process.argv[2] ?? 'src/layouts/model.ts');
const model = (await import(pathToFileURL(modelPath).href)) as { PLAN_GROUPS: PlanGroup[]; LAYOUT_ELEMENTS: LayoutElement[] };
const outDir = resolve(import.meta.dirname, '../src/plans/builtin');

let failed = false;
const order: string[] = [];
for (const group of model.PLAN_GROUPS) {
  const elements = model.LAYOUT_ELEMENTS.filter((e) => e.plan === group.id);
  const file = planToFile({ group: { ...group, ...PLAN_FACTS[group.id] }, elements });
  const checked = parsePlanValue(JSON.parse(JSON.stringify(file)));
  if (!checked.ok) {
    failed = true;
    console.error(`${group.id}: ${checked.problems.length} problem(s)\n  ${checked.problems.join('\n  ')}`);
    continue;
  }
  writeFileSync(resolve(outDir, `${group.id}.json`), `${JSON.stringify(file, null, 2)}\n`);
  order.push(group.id);
  console.log(`${group.id}: ${elements.length} elements → src/plans/builtin/${group.id}.json`);
}
const missing = model.LAYOUT_ELEMENTS.filter((e) => !model.PLAN_GROUPS.some((g) => g.id === e.plan));
if (missing.length) {
  failed = true;
  console.error(`elements of no plan: ${missing.map((e) => e.id).join(', ')}`);
}
writeFileSync(resolve(outDir, 'order.json'), `${JSON.stringify(order)}\n`);
if (failed) process.exit(1);
