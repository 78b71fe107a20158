import { layoutMessages } from '../i18n/catalogue/layouts';
import { t } from '../i18n/messages';
import { elementName, planName } from './displayNames';
import { allElements, allPlanGroups, compareElements } from './queries';
import type { LayoutElement } from './types';

/** A side of a comparison is one element ('belt-west') or a whole layout ('plan:fyp14'). */
export function resolveSide(side: string): LayoutElement[] {
  if (side.startsWith('plan:')) {
    const plan = side.slice('plan:'.length);
    return allElements().filter((e) => e.plan === plan);
  }
  return allElements().filter((e) => e.id === side);
}

export function sideLabel(side: string): string {
  if (side.startsWith('plan:')) {
    const group = allPlanGroups().find((g) => `plan:${g.id}` === side);
    return group ? t(layoutMessages.wholePlan, { name: planName(group) }) : side;
  }
  const element = allElements().find((e) => e.id === side);
  return element ? elementName(element) : side;
}

export function sideOptions(): { value: string; label: string }[] {
  const sides = [...allPlanGroups().map((g) => `plan:${g.id}`), ...allElements().map((e) => e.id)];
  return sides.map((value) => ({ value, label: sideLabel(value) }));
}

/** Colours of the three comparison classes, on the map, in its legend and in exports. */
export const COMPARE_COLORS = { both: '#7b3294', onlyA: '#e66101', onlyB: '#1b7837' } as const;

export interface ComparisonClass {
  key: keyof typeof COMPARE_COLORS;
  label: string;
  color: string;
  towns: string[];
}

export interface Comparison {
  a: string;
  b: string;
  both: string[];
  onlyA: string[];
  onlyB: string[];
  /** True when either side has partial members (areas are then upper bounds). */
  partial: boolean;
  /** The three classes in display order, with label, colour and towns. */
  classes: ComparisonClass[];
}

/** Compares two sides: element ids, or 'plan:<id>' for a whole layout. */
export function compareSides(a: string, b: string): Comparison {
  const sideA = resolveSide(a);
  const sideB = resolveSide(b);
  const { both, onlyA, onlyB } = compareElements(sideA, sideB);
  const partial = [...sideA, ...sideB].some((e) => e.members.some((m) => m.coverage === 'partial'));
  const classes: ComparisonClass[] = [
    { key: 'both', label: t(layoutMessages.compareBoth), color: COMPARE_COLORS.both, towns: both },
    { key: 'onlyA', label: t(layoutMessages.compareOnly, { side: sideLabel(a) }), color: COMPARE_COLORS.onlyA, towns: onlyA },
    { key: 'onlyB', label: t(layoutMessages.compareOnly, { side: sideLabel(b) }), color: COMPARE_COLORS.onlyB, towns: onlyB },
  ];
  return { a, b, both, onlyA, onlyB, partial, classes };
}
