/**
 * The town leader view's own store, created when the view mounts: its town, the layers it shows,
 * the element picked from the town's memberships, the fill and what the quota fill shows, the
 * hovered unit and the camera. It starts from a copy of what the planner showed and never writes
 * back: its panels (QuotaControls) get it by context (quotaViewContext.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TownFillMode } from './plannerActions';
import { NO_PADDING, type Bbox, type MapCamera, type Padding, type UnitName } from '../mapState';
import type { QuotaViewSlice } from './quotaViewContext';

/** The camera shows a margin of the town's own size around it, so its neighbours are in view. */
export const TOWN_MARGIN = 0.3;

export interface TownViewState extends QuotaViewSlice {
  town: UnitName;
  layers: string[];
  /** The membership picked in the page: only it is shown and its other member towns are outlined. */
  shownElement: string | null;
  fillMode: TownFillMode;
  hovered: UnitName | null;
  camera: MapCamera;
  /** Shows one element (or, with null, all of `memberships`). */
  showElement: (id: string | null, memberships: readonly string[]) => void;
  closeLayers: () => void;
  setFillMode: (mode: TownFillMode) => void;
  hover: (unit: UnitName | null) => void;
}

/**
 * Pixels kept free round the town view's subject: half a label's width at the sides, the zoom
 * buttons at the right, and at the bottom the legend button (显示图例), scale bar and attribution,
 * so every neighbour's label lands in the open map (tested for all 35 towns at 390×844).
 */
export const TOWN_VIEW_PADDING: Padding = { top: 20, right: 48, bottom: 96, left: 40 };

/**
 * The town with a margin of its own size, and its neighbours' label points (`neighbourLabels`), so
 * every neighbour is labelled in view.
 */
export function townCamera(bbox: Bbox, neighbourLabels: readonly (readonly [number, number])[] = []): MapCamera {
  const [w, s, e, n] = bbox;
  const dx = (e - w) * TOWN_MARGIN;
  const dy = (n - s) * TOWN_MARGIN;
  if (neighbourLabels.length === 0) return { target: { kind: 'bounds', bounds: [w - dx, s - dy, e + dx, n + dy] }, padding: NO_PADDING, seq: 0 };
  const lons = neighbourLabels.map((p) => p[0]);
  const lats = neighbourLabels.map((p) => p[1]);
  const bounds: Bbox = [Math.min(w - dx, ...lons), Math.min(s - dy, ...lats), Math.max(e + dx, ...lons), Math.max(n + dy, ...lats)];
  return { target: { kind: 'bounds', bounds }, padding: TOWN_VIEW_PADDING, seq: 0 };
}

export function createTownViewStore(init: {
  town: UnitName;
  bbox: Bbox;
  neighbourLabels?: readonly (readonly [number, number])[];
  layers: readonly string[];
  fillMode: TownFillMode;
  quotaView?: Pick<QuotaViewSlice, 'field' | 'measure' | 'year'>;
}): StoreApi<TownViewState> {
  return createStore<TownViewState>((set) => ({
    town: init.town,
    field: init.quotaView?.field ?? 'discovery',
    measure: init.quotaView?.measure ?? 'quota',
    year: init.quotaView?.year ?? 2025,
    setField: (field) => set({ field }),
    setMeasure: (measure) => set({ measure }),
    setYear: (year) => set({ year }),
    layers: [...init.layers],
    shownElement: null,
    fillMode: init.fillMode,
    hovered: null,
    camera: townCamera(init.bbox, init.neighbourLabels),
    showElement: (id, memberships) => set({ shownElement: id, layers: id ? [id] : [...memberships] }),
    closeLayers: () => set({ shownElement: null, layers: [] }),
    setFillMode: (fillMode) => set({ fillMode }),
    hover: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
  }));
}
