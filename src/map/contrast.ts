/**
 * WCAG 2 contrast between two colours, and the darker shade of a colour that reaches a contrast: a
 * label keeps its element's hue but is always readable on its halo.
 */

/** Labels on the map need at least this contrast with the halo under them (WCAG AA, normal text). */
export const MIN_LABEL_CONTRAST = 4.5;

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (channels: number[]) => `#${channels.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` mixed with black just enough to reach `min` contrast on `background` (unchanged if it already does). */
export function inkOn(color: string, background: string, min = MIN_LABEL_CONTRAST): string {
  const channels = rgb(color);
  for (let k = 0; k <= 100; k++) {
    const shade = toHex(channels.map((v) => v * (1 - k / 100)));
    if (contrastRatio(shade, background) >= min) return shade;
  }
  return '#000000';
}
