import { useMemo } from 'react';
import type { Comparison } from '../layouts/comparison';
import type { Choropleth } from '../quotas/choropleth';
import { useQuotaChoropleth } from '../quotas/useQuotaChoropleth';
import { useComparison } from './compareStore';
import type { MapState } from './mapState';
import { useTownFillStore, type TownFillMode } from './townFillStore';
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

/**
 * A screen's town fill (quota choropleth, comparison or none), recomputed only when its inputs
 * change: the planner's by default, or another screen's mode and quota view.
 */
export function useTownFill(screen?: { mode: TownFillMode; quotaView: Parameters<typeof useQuotaChoropleth>[0] }): TownFill {
  const storeMode = useTownFillStore((s) => s.mode);
  const mode = screen?.mode ?? storeMode;
  const choropleth = useQuotaChoropleth(screen?.quotaView);
  const comparison = useComparison();
  return useMemo(() => townFillFor(mode, () => choropleth, () => comparison), [mode, choropleth, comparison]);
}
