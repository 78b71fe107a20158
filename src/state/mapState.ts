/**
 * What one map shows, as plain serialisable data, and the pure diff that turns a change of it into
 * the few operations the map has to carry out.
 *
 * Every map in the app (the planner's, the town view's, the presenter's, and the off-screen maps an
 * export draws) is driven the same way: a screen derives a `MapState` from its own store and hands
 * it to `MapView.sync(state)` (src/map/mapView.ts). The adapter keeps the state it applied last and
 * calls `diffMapState(applied, next)`; only what changed touches MapLibre.
 *
 * The camera is a target, not a command: the map moves only when `camera.seq` changes (or on the
 * first sync of a new map). So a request can never replay on another map, and the user's own pan
 * and zoom stay until the screen asks for a new target.
 */

export type UnitName = string;
export type ElementId = string;
/** [west, south, east, north] in degrees (WGS-84). */
export type { Bbox } from '../geo/bbox';
import type { Bbox } from '../geo/bbox';

/** Pixels kept free on each side when the camera fits its target. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type CameraTarget =
  | { kind: 'city' }
  /** The units' bounding box, zoomed in no further than a town's scale. */
  | { kind: 'units'; units: UnitName[] }
  | { kind: 'bounds'; bounds: Bbox };

export interface MapCamera {
  target: CameraTarget;
  padding: Padding;
  /** The map moves when this changes; bump it to ask again for the same target. */
  seq: number;
  /**
   * 'jump': the map goes there in one frame instead of a camera flight. For a re-framing the user
   * did not ask for as a move (the legend grew with a layer switched on, an info card opened): a
   * toggle is then one frame, where a flight is several (four to six on a software renderer, each
   * 60-300 ms). A camera the user asks for (a town, the city, a slide) flies.
   */
  motion?: 'jump';
}

/** The legend rows of the town fill (choropleth classes or comparison classes). */
export interface FillLegend {
  title: string;
  /** Accessible name of the legend's list ('指标图例', '对比图例'). */
  label: string;
  rows: { label: string; color: string; unset?: boolean }[];
}

export interface MapState {
  /** Fill colour per unit (choropleth or comparison), or null for the plain map. Units left out keep the plain fill. */
  fill: Record<UnitName, string> | null;
  /** What the fill colours mean; read by the legends, not by the map. */
  fillLegend: FillLegend | null;
  /** Drawn with the selection outline. */
  selected: UnitName[];
  hovered: UnitName | null;
  /** Everything outside these units is dimmed (town view); null dims nothing. */
  dimOutside: UnitName[] | null;
  /** Units outlined as the other members of a shown element (town view). */
  outlined: UnitName[];
  /** Visible layout elements and their opacity (0–1). Order does not matter: draw order is the symbol table's. */
  overlays: { id: ElementId; opacity: number }[];
  /** Town label size (1 = normal) and, if set, the only units whose labels are drawn at full strength. */
  labels: { scale: number; emphasis: UnitName[] | null };
  camera: MapCamera;
}

export type MapOp =
  | { kind: 'setFill'; unit: UnitName; color: string | null }
  | { kind: 'setSelected'; unit: UnitName; selected: boolean }
  | { kind: 'setHovered'; unit: UnitName; hovered: boolean }
  | { kind: 'setDimOutside'; keep: UnitName[] | null }
  | { kind: 'setOutlined'; units: UnitName[] }
  | { kind: 'setOverlayVisible'; id: ElementId; visible: boolean }
  | { kind: 'setOverlayOpacity'; id: ElementId; opacity: number }
  | { kind: 'setLabelScale'; scale: number }
  | { kind: 'setLabelEmphasis'; units: UnitName[] | null }
  /** Fit the camera to its target; not animated on a map's first sync. */
  | { kind: 'fitCamera'; camera: MapCamera; animate: boolean };

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
export const uniformPadding = (px: number): Padding => ({ top: px, right: px, bottom: px, left: px });

/** The plain city map: nothing selected, no layers, no fill, the camera on the whole city. */
export function emptyMapState(): MapState {
  return {
    fill: null,
    fillLegend: null,
    selected: [],
    hovered: null,
    dimOutside: null,
    outlined: [],
    overlays: [],
    labels: { scale: 1, emphasis: null },
    camera: { target: { kind: 'city' }, padding: uniformPadding(40), seq: 0 },
  };
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

function setDiff(prev: readonly string[], next: readonly string[]): { added: string[]; removed: string[] } {
  const before = new Set(prev);
  const after = new Set(next);
  return { added: [...after].filter((x) => !before.has(x)), removed: [...before].filter((x) => !after.has(x)) };
}

/**
 * The operations that take a map from `prev` (null: a new map showing its style's defaults) to
 * `next`. Pure; each field is compared on its own, so an unchanged field costs nothing.
 */
export function diffMapState(prev: MapState | null, next: MapState): MapOp[] {
  const ops: MapOp[] = [];

  const prevFill = prev?.fill ?? {};
  const nextFill = next.fill ?? {};
  for (const unit of Object.keys(prevFill)) if (!(unit in nextFill)) ops.push({ kind: 'setFill', unit, color: null });
  for (const [unit, color] of Object.entries(nextFill)) if (prevFill[unit] !== color) ops.push({ kind: 'setFill', unit, color });

  const selected = setDiff(prev?.selected ?? [], next.selected);
  for (const unit of selected.removed) ops.push({ kind: 'setSelected', unit, selected: false });
  for (const unit of selected.added) ops.push({ kind: 'setSelected', unit, selected: true });

  const prevHovered = prev?.hovered ?? null;
  if (prevHovered !== next.hovered) {
    if (prevHovered) ops.push({ kind: 'setHovered', unit: prevHovered, hovered: false });
    if (next.hovered) ops.push({ kind: 'setHovered', unit: next.hovered, hovered: true });
  }

  if (!sameList(prev?.dimOutside ?? null, next.dimOutside)) ops.push({ kind: 'setDimOutside', keep: next.dimOutside && [...next.dimOutside] });
  if (!sameList(prev?.outlined ?? [], next.outlined)) ops.push({ kind: 'setOutlined', units: [...next.outlined] });

  const prevOpacity = new Map((prev?.overlays ?? []).map((o) => [o.id, o.opacity]));
  const nextOpacity = new Map(next.overlays.map((o) => [o.id, o.opacity]));
  for (const id of prevOpacity.keys()) if (!nextOpacity.has(id)) ops.push({ kind: 'setOverlayVisible', id, visible: false });
  for (const [id, opacity] of nextOpacity) {
    if (prevOpacity.get(id) !== opacity) ops.push({ kind: 'setOverlayOpacity', id, opacity });
    if (!prevOpacity.has(id)) ops.push({ kind: 'setOverlayVisible', id, visible: true });
  }

  if ((prev?.labels.scale ?? 1) !== next.labels.scale) ops.push({ kind: 'setLabelScale', scale: next.labels.scale });
  if (!sameList(prev?.labels.emphasis ?? null, next.labels.emphasis)) {
    ops.push({ kind: 'setLabelEmphasis', units: next.labels.emphasis && [...next.labels.emphasis] });
  }

  if (prev === null || prev.camera.seq !== next.camera.seq) ops.push({ kind: 'fitCamera', camera: next.camera, animate: prev !== null && next.camera.motion !== 'jump' });
  return ops;
}

/** The legend's view of a state: the visible elements, in no particular order. */
export const visibleOverlayIds = (state: Pick<MapState, 'overlays'>): ElementId[] => state.overlays.map((o) => o.id);
