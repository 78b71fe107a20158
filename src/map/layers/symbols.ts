import type { RoleKind } from '../../layouts/types';

/**
 * Marker shapes as SVG, shared by the map (rasterised into MapLibre images in the page) and the
 * legend (inline), so the legend always shows the symbols the map draws.
 */
export const NODE_SIZE = 22;

const ROLE_SHAPES: Record<RoleKind, (c: number, r: number) => string> = {
  core: (c, r) => starPath(c, r, 5),
  rnd: (c, r) => `M${c} ${c - r} L${c + r} ${c + r * 0.8} L${c - r} ${c + r * 0.8} Z`,
  manufacturing: (c, r) => `M${c - r * 0.8} ${c - r * 0.8} H${c + r * 0.8} V${c + r * 0.8} H${c - r * 0.8} Z`,
  assembly: (c, r) => `M${c} ${c - r} L${c + r} ${c} L${c} ${c + r} L${c - r} ${c} Z`,
  components: (c, r) => polygonPath(c, r, 6),
  node: (c, r) => circlePath(c, r * 0.8),
  focus: (c, r) => circlePath(c, r * 0.8),
  member: (c, r) => circlePath(c, r * 0.6),
  site: (c, r) => circlePath(c, r * 0.8),
};

function circlePath(c: number, r: number): string {
  return `M${c - r} ${c} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
}

/** A closed path through points at these radii, evenly spaced round the centre, the first at the top. */
function radialPath(c: number, radii: number[]): string {
  const pts = radii.map((radius, i) => {
    const a = (Math.PI * 2 * i) / radii.length - Math.PI / 2;
    return `${(c + radius * Math.cos(a)).toFixed(2)} ${(c + radius * Math.sin(a)).toFixed(2)}`;
  });
  return `M${pts.join(' L')} Z`;
}

const polygonPath = (c: number, r: number, sides: number) => radialPath(c, Array(sides).fill(r));
const starPath = (c: number, r: number, points: number) =>
  radialPath(c, Array.from({ length: points * 2 }, (_, i) => (i % 2 === 0 ? r : r * 0.45)));

export function roleSymbolSvg(roleKind: RoleKind, color: string, size = NODE_SIZE, partial = false): string {
  const c = size / 2;
  const path = ROLE_SHAPES[roleKind](c, c - 2);
  // A partial member's marker is hollow: the town takes part only in part of its area.
  const fill = partial ? '#ffffff' : color;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><path d="${path}" fill="${fill}" stroke="${partial ? color : '#ffffff'}" stroke-width="${partial ? 2.2 : 1.5}" stroke-linejoin="round"/></svg>`;
}

/** Diagonal hatching for towns that belong only in part to a zone. */
export function hatchSvg(color: string, size = 10): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><path d="M-2 2 L2 -2 M0 ${size} L${size} 0 M${size - 2} ${size + 2} L${size + 2} ${size - 2}" stroke="${color}" stroke-width="2.2"/></svg>`;
}

/** The keep-out image: fully transparent, so only its box counts (label collision), scaled with icon-size. */
export const KEEP_OUT_SIZE = 8;
export const keepOutSvg = () => `<svg xmlns="http://www.w3.org/2000/svg" width="${KEEP_OUT_SIZE}" height="${KEEP_OUT_SIZE}"/>`;

export const imageId = {
  keepOut: 'keep-out',
  role: (roleKind: RoleKind, color: string, partial: boolean) => `role-${roleKind}-${color.replace('#', '')}${partial ? '-partial' : ''}`,
  hatch: (color: string) => `hatch-${color.replace('#', '')}`,
};
