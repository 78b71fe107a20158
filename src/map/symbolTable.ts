/**
 * The symbol table: every kind of symbol the map draws, declared once with its draw order, its
 * paint (read by the base style and the overlay renderer) and its legend swatch as SVG (read by the
 * on-screen legend, src/panels/layers/LegendSymbol.tsx, and drawn onto the exported image by
 * src/export/compose.ts). The map, the legend and the exported legend cannot disagree.
 */
import type { RoleKind } from '../layouts/types';
import { inkOn } from './contrast';
import { NODE_SIZE, hatchSvg, roleSymbolSvg } from './layers/symbols';
import { MAP_THEME as T } from './theme';

/**
 * Explicit draw order, bottom to top. Symbol layers higher up are also placed first when labels
 * collide, so cluster markers and base labels win over town labels: nothing in the legend is hidden.
 * Base circles are drawn above the town labels, and invisible keep-out boxes (placed before the town
 * labels, after the base labels) over each base circle and along each corridor axis make town labels
 * move aside or give way: a subject is never under a town's name, and the dashed corridor never runs
 * through a label. A base's label may cross another base's circle (it has a halo), never its own.
 */
export const DRAW_ORDER = {
  background: 0,
  townFill: 10,
  zoneFill: 20,
  partialHatch: 21,
  townBorder: 30,
  dimOutside: 40,
  zoneOutline: 50,
  clusterTowns: 51,
  outlined: 55,
  selection: 60,
  cityBorder: 70,
  corridorAxis: 80,
  townLabel: 100,
  baseCircle: 105,
  clusterMarker: 110,
  keepOut: 115,
  baseLabel: 120,
} as const;
export type DrawOrderKey = keyof typeof DRAW_ORDER;

/** Paint of each symbol kind, shared by the map layers and the legend swatches. */
export const SYMBOL_PAINT = {
  zone: { fillOpacity: 0.32, lineWidth: 2.5 },
  hatch: { opacity: 0.8, lineWidth: 2, dash: [2, 1.5] as [number, number] },
  /** A cluster's member towns: a solid outline in its colour, wide enough to see from the back of a room. */
  clusterTowns: { lineWidth: 2.5, opacity: 0.9 },
  axis: { width: 5, casingWidth: 9, casingColor: '#ffffff', dash: [2.5, 1.2] as [number, number] },
  base: { fillOpacity: 0.55, strokeWidth: 2.5 },
  /** A base's name: its colour, darkened where needed to reach MIN_LABEL_CONTRAST on the halo. */
  baseLabel: { haloColor: '#ffffff', haloWidth: 2 },
  selection: { color: T.selectedLine, width: 3 },
  outlined: { color: '#0f766e', width: 2.5, dash: [2, 1] as [number, number] },
  cityBorder: { color: T.cityLine, width: 2.6 },
  dimOutside: { color: T.dimOutside, opacity: 0.45 },
} as const;

/**
 * Sizes in CSS px on the planner's map (label scale 1). A map state's label scale (presenter mode
 * and its exports use PRESENTER_LABEL_SCALE = 2) multiplies text by the whole scale, so a room reads
 * it, and markers by `markerScale`: markers grown as much would cover the towns they mark.
 * Town label sizes are the base style's (labelTextSize).
 */
export const SYMBOL_SIZE = {
  /** The name of a slide's subject drawn on the map (a base's label). */
  subjectLabel: 14,
  /** Cluster role markers (star, triangle, square…): the marker image's box. */
  marker: NODE_SIZE,
  /** A base circle's radius: min + perSqrtKm2 · √(planned km²), at most max; min without an area figure. */
  baseRadius: { min: 10, perSqrtKm2: 4, max: 30 },
  /** The share of the label scale's growth that markers take. */
  markerGrowth: 0.25,
  /**
   * The share cluster role markers and cluster outlines take: 22 px markers become 31 px on a slide
   * (label scale 2), identifiable from the back of a room at 1920×1080 (issue 22: at least 28 px).
   */
  nodeGrowth: 0.4,
  /** Cluster markers of one town sit in a grid of this many columns round its point, this far apart (marker units). */
  nodeGrid: { columns: 3, pitch: NODE_SIZE + 2 },
} as const;

export const textScale = (labelScale: number): number => labelScale;
export const markerScale = (labelScale: number): number => 1 + (labelScale - 1) * SYMBOL_SIZE.markerGrowth;
export const nodeScale = (labelScale: number): number => 1 + (labelScale - 1) * SYMBOL_SIZE.nodeGrowth;

/** The colour a base's name is written in: its own colour, dark enough to read on its halo. */
export const baseLabelColor = (color: string): string => inkOn(color, SYMBOL_PAINT.baseLabel.haloColor);

/** What a legend row shows; each kind is one entry of this table. */
export type LegendSymbol =
  | { kind: 'zone'; color: string }
  | { kind: 'hatch'; color: string }
  | { kind: 'role'; color: string; roleKind: RoleKind; partial: boolean }
  | { kind: 'axis'; color: string }
  | { kind: 'base'; color: string }
  /** A plain colour class (choropleth, comparison); `unset` = the dashed "no value" swatch. */
  | { kind: 'swatch'; color: string; unset?: boolean }
  | { kind: 'selection' };

/** Legend swatches are drawn in a box of this many CSS px (wide × high). */
export const SWATCH_SIZE = { width: 22, height: 22 } as const;

const hex2 = (opacity: number) => Math.round(opacity * 255).toString(16).padStart(2, '0');
const svg = (w: number, h: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${SWATCH_SIZE.width} ${SWATCH_SIZE.height}">${body}</svg>`;
const bodyOf = (markup: string) => markup.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');

/**
 * A legend swatch as SVG markup, `width` × `height` px: the same drawing on screen (as a background
 * image) and in an exported legend (drawn onto the canvas).
 */
export function legendSwatchSvg(symbol: LegendSymbol, width: number = SWATCH_SIZE.width, height: number = SWATCH_SIZE.height): string {
  const { zone, hatch, axis, base, selection } = SYMBOL_PAINT;
  const box = (fill: string, stroke: string, strokeWidth: number, dash = '') =>
    `<rect x="${1 + strokeWidth / 2}" y="${4 + strokeWidth / 2}" width="${20 - strokeWidth}" height="${14 - strokeWidth}" rx="2" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  switch (symbol.kind) {
    case 'zone':
      return svg(width, height, box(`${symbol.color}${hex2(zone.fillOpacity)}`, symbol.color, zone.lineWidth));
    case 'hatch': {
      const pattern = `<defs><pattern id="h" width="10" height="10" patternUnits="userSpaceOnUse">${bodyOf(hatchSvg(symbol.color))}</pattern></defs>`;
      return svg(width, height, `${pattern}${box('#ffffff', symbol.color, hatch.lineWidth, '4 2.5')}${box('url(#h)', symbol.color, hatch.lineWidth, '4 2.5')}`);
    }
    case 'role':
      return svg(width, height, `<g transform="translate(${(SWATCH_SIZE.width - NODE_SIZE) / 2} ${(SWATCH_SIZE.height - NODE_SIZE) / 2})">${bodyOf(roleSymbolSvg(symbol.roleKind, symbol.color, NODE_SIZE, symbol.partial))}</g>`);
    case 'axis': {
      const line = (color: string, w: number, dash = '') =>
        `<line x1="3" y1="11" x2="19" y2="11" stroke="${color}" stroke-width="${w}" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
      const [on, off] = axis.dash;
      return svg(width, height, line(axis.casingColor, axis.casingWidth) + line(symbol.color, axis.width, `${on * axis.width - axis.width} ${off * axis.width + axis.width}`));
    }
    case 'base':
      return svg(width, height, `<circle cx="11" cy="11" r="8" fill="${symbol.color}${hex2(base.fillOpacity)}" stroke="${symbol.color}" stroke-width="${base.strokeWidth}"/>`);
    case 'swatch':
      return svg(width, height, box(symbol.color, symbol.unset ? '#64748b' : '#94a3b8', 1.2, symbol.unset ? '3 2' : ''));
    case 'selection':
      return svg(width, height, box(T.townFill, selection.color, selection.width));
  }
}
