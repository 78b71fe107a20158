/**
 * A cluster (集群): a role marker (star, triangle, square…) for each member town, set in a grid
 * round the town's point, and its member towns outlined in its colour. Legend: one row per role
 * kind and coverage, naming the roles in the members' own wording.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { mapMessages } from '../../i18n/catalogue/map';
import { currentLanguage } from '../../i18n/language';
import { t } from '../../i18n/messages';
import { elementName } from '../../layouts/displayNames';
import { roleText } from '../../layouts/labels';
import type { Member, RoleKind } from '../../layouts/types';
import { nodeScale } from './scale';
import { OVERLAY_SOURCE } from './sources';
import { bodyOf, SWATCH_SIZE, swatchSvg } from './swatch';
import type { OverlaySymbol, SymbolLayer, SymbolRow } from './types';

export interface RoleSymbol {
  kind: 'role';
  color: string;
  roleKind: RoleKind;
  partial: boolean;
}

/** A role marker's box (CSS px at label scale 1). */
export const NODE_SIZE = 22;

export const CLUSTER_PAINT = {
  /** The member towns' outline: solid, in the cluster's colour, wide enough to see from the back of a room. */
  townsLineWidth: 2.5,
  townsOpacity: 0.9,
  /** A marker's outline: white round a filled marker, the colour round a hollow (partial) one. */
  markerStroke: { whole: 1.5, partial: 2.2 },
  /** Cluster markers of one town sit in a grid of this many columns round its point, this far apart (marker units). */
  grid: { columns: 3, pitch: NODE_SIZE + 2 },
} as const;

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

/**
 * A role marker as SVG: rasterised into a MapLibre image in the page, drawn by the Canvas2D renderer
 * from the same image, and inline in the legend.
 */
export function roleSymbolSvg(roleKind: RoleKind, color: string, size = NODE_SIZE, partial = false): string {
  const c = size / 2;
  const path = ROLE_SHAPES[roleKind](c, c - 2);
  // A partial member's marker is hollow: the town takes part only in part of its area.
  const fill = partial ? '#ffffff' : color;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><path d="${path}" fill="${fill}" stroke="${partial ? color : '#ffffff'}" stroke-width="${partial ? CLUSTER_PAINT.markerStroke.partial : CLUSTER_PAINT.markerStroke.whole}" stroke-linejoin="round"/></svg>`;
}

export const roleImageId = (roleKind: RoleKind, color: string, partial: boolean) => `role-${roleKind}-${color.replace('#', '')}${partial ? '-partial' : ''}`;

/**
 * Where a town's cluster markers sit round its point: the town's k-th membership (in model order,
 * among every nodes element that names it) in a grid of CLUSTER_PAINT.grid.columns, the grid
 * centred on the point. Offsets are in marker units (MapLibre's icon-offset is multiplied by
 * icon-size), so the grid grows with the markers and no two markers of a town ever overlap.
 * The deck shows the clusters in model order, so the markers of one slide fill the grid from its
 * first row and every cluster keeps its place from slide to slide.
 */
export function nodeOffset(slot: number, slots: number): [number, number] {
  const { columns: maxColumns, pitch } = CLUSTER_PAINT.grid;
  const columns = Math.min(slots, maxColumns);
  const rows = Math.ceil(slots / maxColumns);
  const inRow = Math.floor(slot / maxColumns) === rows - 1 ? slots - (rows - 1) * maxColumns : columns;
  const col = slot % maxColumns;
  const row = Math.floor(slot / maxColumns);
  // A shorter last row is centred under the others.
  return [(col - (inRow - 1) / 2) * pitch, (row - (rows - 1) / 2) * pitch];
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

const ORDER = { towns: 51, markers: 110 };

export const cluster = {
  kind: 'cluster',
  draws: 'nodes',
  order: ORDER,
  legendKinds: ['role'],
  images: (element) => element.members.map((m) => {
    const partial = m.coverage === 'partial';
    return { id: roleImageId(m.roleKind, element.color, partial), svg: roleSymbolSvg(m.roleKind, element.color, NODE_SIZE, partial), width: NODE_SIZE, height: NODE_SIZE };
  }),
  mapLayers: (element): SymbolLayer[] => [
    {
      spec: { id: `${element.id}-towns`, type: 'line', source: OVERLAY_SOURCE.towns, filter: ['in', ['get', 'name'], ['literal', element.members.map((m) => m.town)]] as FilterSpecification, layout: { 'line-join': 'round' }, paint: { 'line-color': element.color } },
      order: ORDER.towns,
      opacity: [{ property: 'line-opacity', value: CLUSTER_PAINT.townsOpacity }],
      scaled: (s: number) => ({ paint: { 'line-width': CLUSTER_PAINT.townsLineWidth * nodeScale(s) } }),
    },
    {
      // Markers never overlap (each town's grid, nodeOffset); town labels make way for them (placed first: higher draw order).
      spec: { id: `${element.id}-nodes`, type: 'symbol', source: OVERLAY_SOURCE.nodes, filter: ['==', ['get', 'id'], element.id], layout: { 'icon-image': ['get', 'icon'], 'icon-offset': ['get', 'offset'], 'icon-allow-overlap': true, 'icon-ignore-placement': false }, paint: {} },
      order: ORDER.markers,
      opacity: [{ property: 'icon-opacity', value: 1 }],
      // The icon offset is in icon-size units: the grid round the point grows with the markers.
      scaled: (s: number) => ({ layout: { 'icon-size': nodeScale(s) } }),
    },
  ],
  legendRows(element) {
    const { id, color } = element;
    const name = elementName(element);
    const groups = new Map<string, Member[]>();
    for (const m of element.members) {
      const key = `${id}-${m.roleKind}-${m.coverage === 'partial'}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    return [...groups].map(([key, members]): SymbolRow<RoleSymbol> => {
      const { roleKind, coverage } = members[0];
      const partial = coverage === 'partial';
      return { key, label: `${t(mapMessages.roleRow, { name, roles: rolesOf(members) })}${partial ? t(mapMessages.rolePartial) : ''}`, symbol: { kind: 'role', color, roleKind, partial } };
    });
  },
  swatchSvg: (symbol, width, height) =>
    swatchSvg(width, height, `<g transform="translate(${(SWATCH_SIZE.width - NODE_SIZE) / 2} ${(SWATCH_SIZE.height - NODE_SIZE) / 2})">${bodyOf(roleSymbolSvg(symbol.roleKind, symbol.color, NODE_SIZE, symbol.partial))}</g>`),
  layersOfRow: (elementId) => [`${elementId}-nodes`],
} satisfies OverlaySymbol<RoleSymbol>;
