import { LAYOUT_ELEMENTS, PLAN_GROUPS } from './model';
import type { LayoutElement } from './types';

/** A side of a comparison is one element ('belt-west') or a whole layout ('plan:fyp14'). */
export function resolveSide(side: string): LayoutElement[] {
  if (side.startsWith('plan:')) {
    const plan = side.slice('plan:'.length);
    return LAYOUT_ELEMENTS.filter((e) => e.plan === plan);
  }
  return LAYOUT_ELEMENTS.filter((e) => e.id === side);
}

export function sideLabel(side: string): string {
  if (side.startsWith('plan:')) {
    const group = PLAN_GROUPS.find((g) => `plan:${g.id}` === side);
    return group ? `整个“${group.nameZh}”` : side;
  }
  return LAYOUT_ELEMENTS.find((e) => e.id === side)?.nameZh ?? side;
}

export function sideOptions(): { value: string; label: string }[] {
  return [
    ...PLAN_GROUPS.map((g) => ({ value: `plan:${g.id}`, label: `整个“${g.nameZh}”` })),
    ...LAYOUT_ELEMENTS.map((e) => ({ value: e.id, label: e.nameZh })),
  ];
}
