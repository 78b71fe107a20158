/**
 * The legend of a map, derived from its MapState alone: the on-screen legend (src/panels/MapLegends.tsx)
 * and the exported legend (src/export/compose.ts) both read `legendSections(state)`; each row and
 * its swatch come from the symbol kind that draws it (src/map/symbols/), so they list and draw
 * exactly what the map shows.
 */
import { mapMessages } from '../i18n/catalogue/map';
import { t } from '../i18n/messages';
import { planTitle } from '../layouts/displayNames';
import { allElements, planById } from '../layouts/queries';
import { planBadge } from '../layouts/labels';
import type { LayoutElement } from '../layouts/types';
import type { MapState } from '../state/mapState';
import { elementSymbolRows, layersOfLegendSymbol, type LegendSymbol } from './symbols';

export interface LegendRow {
  key: string;
  label: string;
  symbol: LegendSymbol;
  /** The layout element the row belongs to, if any. */
  elementId?: string;
  /**
   * The heading of the plan the row belongs to, with the plan's status: '“十四五”一城一廊三区多节点（已到期）'.
   * The rows of one plan follow each other, and the legend says the heading once above them.
   */
  group?: string;
}

export interface LegendSection {
  /** 'layers' (layout elements and the selection) or 'fill' (the town fill's classes). */
  kind: 'layers' | 'fill';
  title: string;
  rows: LegendRow[];
}

/**
 * The heading over a plan's rows: its title and, for an ended plan, 已到期 (a draft's, 草稿), said
 * once per plan on screen and in every export instead of on every row.
 */
export function legendGroupTitle(planId: string, year: number = new Date().getFullYear()): string {
  const plan = planById(planId);
  return `${plan ? planTitle(plan) : planId}${planBadge(planId, year)}`;
}

/**
 * Legend rows for an element: one per symbol the renderer draws for it; a list the plan leaves open
 * says 等. Each row carries its plan's heading (with the plan's status) as `group`.
 */
export function legendEntries(element: LayoutElement, year: number = new Date().getFullYear()): LegendRow[] {
  const open = element.openList?.length ? t(mapMessages.openList) : '';
  const group = legendGroupTitle(element.plan, year);
  return legendRows(element).map((row) => ({ ...row, label: `${row.label}${open}`, group }));
}

/** Legend rows for an element: those of the symbol kinds that draw it (src/map/symbols/). */
function legendRows(element: LayoutElement): LegendRow[] {
  return elementSymbolRows(element).map((row) => ({ ...row, elementId: element.id }));
}

/**
 * The map layers that draw a legend row's symbol (and, for a base, its name label), so a test can
 * ask MapLibre whether each entry is actually on screen. Each kind names its own layers.
 */
export function mapLayersOfRow(row: LegendRow): string[] {
  return layersOfLegendSymbol(row.symbol, row.elementId);
}

/** The selection's legend row, in the language the page opened in. */
export const SELECTION_LABEL = t(mapMessages.selection);

/** Legend sections for a map state, in the on-screen order: layout layers (catalog order) and the selection, then the town fill. */
export function legendSections(
  state: Pick<MapState, 'overlays' | 'selected' | 'fillLegend'>,
  elements: readonly LayoutElement[] = allElements(),
  year: number = new Date().getFullYear(),
): LegendSection[] {
  const sections: LegendSection[] = [];
  const visible = new Set(state.overlays.map((o) => o.id));
  // The rows of one plan together (in the order the plans first come), under one heading.
  const shown = elements.filter((e) => visible.has(e.id));
  const plans = [...new Set(shown.map((e) => e.plan))];
  const rows = plans.flatMap((plan) => shown.filter((e) => e.plan === plan).flatMap((e) => legendEntries(e, year)));
  if (state.selected.length > 0) rows.push({ key: 'selection', label: t(mapMessages.selection), symbol: { kind: 'selection' } });
  if (rows.length > 0) sections.push({ kind: 'layers', title: t(mapMessages.legendTitle), rows });
  if (state.fillLegend) {
    sections.push({
      kind: 'fill',
      title: state.fillLegend.title,
      rows: state.fillLegend.rows.map((r, i) => ({ key: `fill-${i}`, label: r.label, symbol: { kind: 'swatch', color: r.color, unset: r.unset } })),
    });
  }
  return sections;
}
