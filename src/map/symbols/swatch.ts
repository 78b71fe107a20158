/** Legend swatches as SVG: the box every kind draws its swatch in, and the markup helpers. */

/** Legend swatches are drawn in a box of this many CSS px (wide × high). */
export const SWATCH_SIZE = { width: 22, height: 22 } as const;

/** An opacity as the two hex digits of an #rrggbbaa colour. */
export const hex2 = (opacity: number) => Math.round(opacity * 255).toString(16).padStart(2, '0');

/** A swatch `w` × `h` px drawn in the SWATCH_SIZE box. */
export const swatchSvg = (w: number, h: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${SWATCH_SIZE.width} ${SWATCH_SIZE.height}">${body}</svg>`;

/** The inside of an <svg> element. */
export const bodyOf = (markup: string) => markup.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');

/** The rounded box most swatches are (an area symbol): fill, outline and an optional dash. */
export const swatchBox = (fill: string, stroke: string, strokeWidth: number, dash = '') =>
  `<rect x="${1 + strokeWidth / 2}" y="${4 + strokeWidth / 2}" width="${20 - strokeWidth}" height="${14 - strokeWidth}" rx="2" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
