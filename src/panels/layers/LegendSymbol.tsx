import { NODE_SIZE, hatchSvg, roleSymbolSvg } from '../../map/layers/symbols';
import type { RoleKind } from '../../layouts/types';

const asImage = (svg: string) => `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}")`;

export type LegendSymbolKind =
  | { kind: 'zone'; color: string }
  | { kind: 'hatch'; color: string }
  | { kind: 'role'; color: string; roleKind: RoleKind; partial: boolean }
  | { kind: 'axis'; color: string }
  | { kind: 'base'; color: string };

/** The legend draws from the same SVG and colours as the map's marker images and layers. */
export function LegendSymbol({ symbol }: { symbol: LegendSymbolKind }) {
  const size = NODE_SIZE;
  switch (symbol.kind) {
    case 'zone':
      return <span className="legend-symbol" style={{ background: `${symbol.color}52`, border: `2.5px solid ${symbol.color}` }} />;
    case 'hatch':
      return <span className="legend-symbol" style={{ backgroundImage: asImage(hatchSvg(symbol.color)), border: `2px dashed ${symbol.color}` }} />;
    case 'role':
      return <span className="legend-symbol bare" style={{ backgroundImage: asImage(roleSymbolSvg(symbol.roleKind, symbol.color, size, symbol.partial)) }} />;
    case 'axis':
      return <span className="legend-symbol bare"><span className="legend-axis" style={{ borderTopColor: symbol.color }} /></span>;
    case 'base':
      return <span className="legend-symbol bare"><span className="legend-base" style={{ background: `${symbol.color}8c`, borderColor: symbol.color }} /></span>;
  }
}
