import { SWATCH_SIZE, legendSwatchSvg, type LegendSymbol as Symbol } from '../../map/symbols';

const asDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * A legend row's symbol: the symbol table's swatch, the same drawing the exported legend uses. An
 * image, not a CSS background: it prints with the browser's background graphics off.
 */
export function LegendSymbol({ symbol }: { symbol: Symbol }) {
  return (
    <img
      className="legend-symbol"
      data-symbol={symbol.kind}
      alt=""
      width={SWATCH_SIZE.width}
      height={SWATCH_SIZE.height}
      style={{ width: SWATCH_SIZE.width, height: SWATCH_SIZE.height }}
      src={asDataUrl(legendSwatchSvg(symbol))}
    />
  );
}
