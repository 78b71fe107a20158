import { SWATCH_SIZE, legendSwatchSvg, type LegendSymbol as Symbol } from '../../map/symbolTable';

const asImage = (svg: string) => `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}")`;

/** A legend row's symbol: the symbol table's swatch, the same drawing the exported legend uses. */
export function LegendSymbol({ symbol }: { symbol: Symbol }) {
  return (
    <span
      className="legend-symbol"
      data-symbol={symbol.kind}
      style={{ width: SWATCH_SIZE.width, height: SWATCH_SIZE.height, backgroundImage: asImage(legendSwatchSvg(symbol)) }}
    />
  );
}
