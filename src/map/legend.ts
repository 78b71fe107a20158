/**
 * The legend of a map, derived from its MapState alone: the on-screen legend (src/panels/MapLegends.tsx)
 * and the exported legend (src/export/compose.ts) both read `legendSections(state)`, and draw each
 * row's symbol from the symbol table, so they list and draw exactly what the map shows.
 */
import { mapMessages } from '../i18n/catalogue/map';
import { currentLanguage } from '../i18n/language';
import { t } from '../i18n/messages';
import { elementName, planTitle } from '../layouts/displayNames';
import { allElements, isSchematic, planById } from '../layouts/queries';
import { planBadge, roleText } from '../layouts/labels';
import type { LayoutElement, Member } from '../layouts/types';
import type { MapState } from '../state/mapState';
import type { LegendSymbol } from './symbolTable';

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
 * The parts of a member's role, without what is in brackets: '节点（高分子材料）、支点' → 节点, 支点, each
 * with its English where the English has as many parts ('node (polymer materials), anchor').
 */
function roleParts(member: Member): { role: string; roleEn?: string }[] {
  const zh = member.role.split('、').map((part) => part.replace(/（.*?）/g, ''));
  const en = member.roleEn?.split(/,\s+(?![^()]*\))/).map((part) => part.replace(/\s*\(.*?\)/g, ''));
  return zh.map((role, i) => ({ role, roleEn: en?.length === zh.length ? en[i] : undefined }));
}

/**
 * The roles behind one marker symbol, in the members' own wording: '「节点」、「支点」'. The English legend
 * is a key and keeps to English: a quoted role is its translation in quotes ('"node", "anchor"'); the
 * info card shows the plan's Chinese beside it. A role with no English stays Chinese in 「」.
 */
function rolesOf(members: Member[]): string {
  const texts = new Set<string>();
  const english = currentLanguage() === 'en';
  for (const m of members)
    for (const part of roleParts(m))
      texts.add(english && part.roleEn ? (m.roleWording === 'quote' ? t(mapMessages.quotedRole, { role: part.roleEn }) : roleText({ ...part, roleWording: m.roleWording })) : roleText({ ...part, roleWording: m.roleWording }));
  return [...texts].join(english ? ', ' : '、');
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

function legendRows(element: LayoutElement): LegendRow[] {
  const { id, color } = element;
  const name = elementName(element);
  const row = (key: string, label: string, symbol: LegendSymbol): LegendRow => ({ key, label, symbol, elementId: id });
  switch (element.draw) {
    case 'zone': {
      const rows: LegendRow[] = [];
      const schematic = isSchematic(element) ? t(mapMessages.schematic) : '';
      if (element.members.some((m) => m.coverage === 'whole')) rows.push(row(`${id}-whole`, `${name}${schematic}`, { kind: 'zone', color }));
      if (element.members.some((m) => m.coverage === 'partial')) rows.push(row(`${id}-partial`, t(mapMessages.partialHatch, { name }), { kind: 'hatch', color }));
      return rows;
    }
    case 'nodes': {
      const groups = new Map<string, Member[]>();
      for (const m of element.members) {
        const key = `${id}-${m.roleKind}-${m.coverage === 'partial'}`;
        groups.set(key, [...(groups.get(key) ?? []), m]);
      }
      return [...groups].map(([key, members]) => {
        const { roleKind, coverage } = members[0];
        const partial = coverage === 'partial';
        return row(key, `${t(mapMessages.roleRow, { name, roles: rolesOf(members) })}${partial ? t(mapMessages.rolePartial) : ''}`, { kind: 'role', color, roleKind, partial });
      });
    }
    case 'axis':
      return [row(`${id}-axis`, t(mapMessages.axis, { name }), { kind: 'axis', color })];
    case 'base': {
      const area = element.figures?.plannedArea;
      const areaText = area && (currentLanguage() === 'en' ? (area.textEn ?? `「${area.text}」`) : area.text);
      return [row(`${id}-base`, areaText ? t(mapMessages.baseArea, { name, area: areaText }) : name, { kind: 'base', color })];
    }
  }
}

/**
 * The map layers that draw a legend row's symbol (and, for a base, its name label), so a test can
 * ask MapLibre whether each entry is actually on screen. Ids follow the overlay renderer.
 */
export function mapLayersOfRow(row: LegendRow): string[] {
  const id = row.elementId;
  switch (row.symbol.kind) {
    case 'zone':
      return [`${id}-fill`];
    case 'hatch':
      return [`${id}-hatch`];
    case 'role':
      return [`${id}-nodes`];
    case 'axis':
      return [`${id}-axis`];
    case 'base':
      return [`${id}-base`, `${id}-base-label`];
    case 'selection':
      return ['towns-selected-line'];
    case 'swatch':
      return ['towns-fill'];
  }
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
