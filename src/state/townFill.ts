import { useMemo } from 'react';
import type { Comparison } from '../layouts/comparison';
import type { Choropleth } from '../quotas/choropleth';
import { useQuotaChoropleth } from '../quotas/useQuotaChoropleth';
import { compareSides } from '../layouts/comparison';
import type { MapState } from './mapState';
import type { CompareSides, QuotaView, TownFillMode } from './screens/plannerActions';
import { stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';

export type TownFill = Pick<MapState, 'fill' | 'fillLegend'>;

export const NO_FILL: TownFill = { fill: null, fillLegend: null };

/** The quota choropleth as a map fill: unset units get the "unset" colour, and the legend says so. */
export function quotaFill(map: Choropleth): TownFill {
  const fill: Record<string, string> = {};
  for (const [town, color] of Object.entries(map.colorByTown)) fill[town] = color ?? map.unsetColor;
  return {
    fill,
    fillLegend: {
      title: map.title,
      label: t(stateMessages.quotaLegend),
      rows: [...map.legend.map((e) => ({ label: e.label, color: e.color })), { label: map.unsetLabel, color: map.unsetColor, unset: true }],
    },
  };
}

/** A comparison of two layout sides as a map fill, one colour per class. */
export function compareFill(comparison: Comparison): TownFill {
  const fill: Record<string, string> = {};
  for (const c of comparison.classes) for (const t of c.towns) fill[t] = c.color;
  return { fill, fillLegend: { title: t(stateMessages.compareTitle), label: t(stateMessages.compareLegend), rows: comparison.classes.map((c) => ({ label: c.label, color: c.color })) } };
}

export function townFillFor(mode: TownFillMode, choropleth: () => Choropleth, comparison: () => Comparison): TownFill {
  if (mode === 'quota') return quotaFill(choropleth());
  if (mode === 'compare') return compareFill(comparison());
  return NO_FILL;
}

/** A comparison of two sides, recomputed only when a side changes. */
export function useComparison({ a, b }: CompareSides): Comparison {
  return useMemo(() => compareSides(a, b), [a, b]);
}

/**
 * A screen's town fill (quota choropleth, comparison or none) from the screen's own mode, quota
 * view and comparison, recomputed only when one of them (or the quota data) changes.
 */
export function useTownFill(screen: { mode: TownFillMode; quotaView: QuotaView; compare: CompareSides }): TownFill {
  const choropleth = useQuotaChoropleth(screen.quotaView);
  const comparison = useComparison(screen.compare);
  return useMemo(() => townFillFor(screen.mode, () => choropleth, () => comparison), [screen.mode, choropleth, comparison]);
}
