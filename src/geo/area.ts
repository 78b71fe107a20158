import type { Overlap } from './types';

/**
 * Area of a set of units from their own areas, with the overlaps found in the source counted once
 * (pairwise; the source has no triple overlaps). Unknown names count 0. Used by the geo build for
 * the city and the layout elements, and by the app for a selection.
 */
export function areaCountingOverlapsOnce(
  towns: Iterable<string>,
  areaOf: (town: string) => number | undefined,
  overlaps: readonly Overlap[],
): number {
  const set = new Set(towns);
  let total = 0;
  for (const town of set) total += areaOf(town) ?? 0;
  for (const o of overlaps) if (set.has(o.a) && set.has(o.b)) total -= o.areaKm2;
  return total;
}
