import { ROLE_KIND_LABELS } from '../../map/layers/symbols';
import type { LayoutElement } from '../../layouts/types';
import { isSchematic } from '../../layouts/queries';
import type { LegendSymbolKind } from './LegendSymbol';

export interface LegendEntry {
  key: string;
  label: string;
  symbol: LegendSymbolKind;
}

/** Legend rows for an element: one per symbol the renderer draws for it. */
export function legendEntries(element: LayoutElement): LegendEntry[] {
  const { id, color } = element;
  switch (element.draw) {
    case 'zone': {
      const rows: LegendEntry[] = [];
      const schematic = isSchematic(element) ? '（示意）' : '';
      if (element.members.some((m) => m.coverage === 'whole')) rows.push({ key: `${id}-whole`, label: `${element.nameZh}${schematic}`, symbol: { kind: 'zone', color } });
      if (element.members.some((m) => m.coverage === 'partial'))
        rows.push({ key: `${id}-partial`, label: `${element.nameZh}（部分镇街，斜线）`, symbol: { kind: 'hatch', color } });
      return rows;
    }
    case 'nodes': {
      const seen = new Map<string, LegendEntry>();
      for (const m of element.members) {
        const partial = m.coverage === 'partial';
        const key = `${id}-${m.roleKind}-${partial}`;
        if (!seen.has(key))
          seen.set(key, {
            key,
            label: `${element.nameZh}：${ROLE_KIND_LABELS[m.roleKind]}${partial ? '（部分）' : ''}`,
            symbol: { kind: 'role', color, roleKind: m.roleKind, partial },
          });
      }
      return [...seen.values()];
    }
    case 'axis':
      return [{ key: `${id}-axis`, label: `${element.nameZh}（示意轴线）`, symbol: { kind: 'axis', color } }];
    case 'base':
      return [{ key: `${id}-base`, label: `${element.nameZh}${element.figures?.plannedArea ? `（${element.figures.plannedArea.text}）` : ''}`, symbol: { kind: 'base', color } }];
  }
}
