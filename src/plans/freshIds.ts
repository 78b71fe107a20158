/**
 * A plan brought in next to others (an import, a copy) must not take an id already in use: the
 * map's layers, the URL's `layers=` and the cards find an element by id. The plan gets the first
 * free id of `<id>-copy`, `<id>-copy-2`, …, and each element whose id is taken gets
 * `<element>--<new plan id>` (its children's parentId follows). Pure: returns a new plan.
 */
import type { Plan } from './planFile';

export interface Renamed {
  plan: Plan;
  /** Old id → new id, for what changed (shown to the planner). */
  planId?: { from: string; to: string };
  elementIds: number;
}

export function withFreeIds(plan: Plan, takenPlanIds: ReadonlySet<string>, takenElementIds: ReadonlySet<string>): Renamed {
  let planId = plan.group.id;
  if (takenPlanIds.has(planId)) {
    const stem = planId.replace(/-copy(-\d+)?$/, '');
    planId = `${stem}-copy`;
    for (let n = 2; takenPlanIds.has(planId); n++) planId = `${stem}-copy-${n}`;
  }
  const rename = new Map<string, string>();
  for (const e of plan.elements) {
    if (!takenElementIds.has(e.id)) continue;
    let id = `${e.id.replace(/--[a-z0-9-]+$/, '')}--${planId}`;
    for (let n = 2; takenElementIds.has(id); n++) id = `${e.id}--${planId}-${n}`;
    rename.set(e.id, id.slice(0, 64));
  }
  const elements = plan.elements.map((e) => ({
    ...e,
    plan: planId,
    id: rename.get(e.id) ?? e.id,
    ...(e.parentId !== undefined ? { parentId: rename.get(e.parentId) ?? e.parentId } : {}),
  }));
  return {
    plan: { group: { ...plan.group, id: planId }, elements },
    ...(planId !== plan.group.id ? { planId: { from: plan.group.id, to: planId } } : {}),
    elementIds: rename.size,
  };
}
