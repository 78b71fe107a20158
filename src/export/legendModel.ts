import { LAYOUT_ELEMENTS } from '../layouts/model';
import type { LayoutElement } from '../layouts/types';
import { compareSides } from '../layouts/comparison';
import type { LegendSymbolKind } from '../panels/layers/LegendSymbol';
import { legendEntries } from '../panels/layers/legendEntries';
import { choropleth, type Choropleth } from '../quotas/choropleth';
import { useQuotaStore } from '../quotas/store';
import { useQuotaViewStore } from '../quotas/viewStore';
import { useCompareStore } from '../state/compareStore';
import { useLayerStore } from '../state/layerStore';
import { useTownFillStore, type TownFillMode } from '../state/townFillStore';

/**
 * What the exported image's legend lists: the same rows as the on-screen legends
 * (src/panels/MapLegends.tsx), as plain data the canvas composer can draw.
 */
export type ExportSymbol =
  | LegendSymbolKind
  /** A plain colour class (choropleth, comparison); `unset` = the dashed "no value" swatch. */
  | { kind: 'swatch'; color: string; unset?: boolean };

export interface ExportLegendRow {
  key: string;
  label: string;
  symbol: ExportSymbol;
}

export interface ExportLegendSection {
  title: string;
  rows: ExportLegendRow[];
}

export interface LegendState {
  /** Visible layout element ids (useLayerStore). */
  visible: readonly string[];
  fillMode: TownFillMode;
  /** Only read when fillMode is 'quota'. */
  choropleth?: () => Choropleth;
  /** Only read when fillMode is 'compare': the two sides ('belt-west' or 'plan:fyp14'). */
  compare?: { a: string; b: string };
}

/** Legend sections for a map state, in the on-screen order: layout layers, then the town fill. */
export function legendSections(state: LegendState, elements: readonly LayoutElement[] = LAYOUT_ELEMENTS): ExportLegendSection[] {
  const sections: ExportLegendSection[] = [];
  const shown = elements.filter((e) => state.visible.includes(e.id));
  const rows = shown.flatMap((element) => legendEntries(element).map((entry) => ({ key: entry.key, label: entry.label, symbol: entry.symbol as ExportSymbol })));
  if (rows.length > 0) sections.push({ title: '图例', rows });

  if (state.fillMode === 'quota' && state.choropleth) {
    const map = state.choropleth();
    sections.push({
      title: map.title,
      rows: [
        ...map.legend.map((entry, i) => ({ key: `quota-${i}`, label: entry.label, symbol: { kind: 'swatch', color: entry.color } as ExportSymbol })),
        { key: 'quota-unset', label: map.unsetLabel, symbol: { kind: 'swatch', color: map.unsetColor, unset: true } },
      ],
    });
  }
  if (state.fillMode === 'compare' && state.compare) {
    const { a, b } = state.compare;
    sections.push({
      title: '布局对比',
      rows: compareSides(a, b).classes.map((c) => ({ key: `compare-${c.key}`, label: c.label, symbol: { kind: 'swatch', color: c.color } })),
    });
  }
  return sections;
}

/** The legend for the map as the stores describe it right now. */
export function currentLegendSections(): ExportLegendSection[] {
  const { data } = useQuotaStore.getState();
  const { field, measure, year } = useQuotaViewStore.getState();
  const { a, b } = useCompareStore.getState();
  return legendSections({
    visible: useLayerStore.getState().visible,
    fillMode: useTownFillStore.getState().mode,
    choropleth: () => choropleth(data, measure, field, year),
    compare: { a, b },
  });
}
