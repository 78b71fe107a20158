/**
 * The town leader view's own store, created when the view mounts: its town, the layers it shows,
 * the element picked from the town's memberships, the fill and what the quota fill shows, the
 * hovered unit and the camera. It starts from a copy of what the planner showed and never writes
 * back: its panels (QuotaControls) get it by context (quotaViewContext.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TownFillMode } from '../townFillStore';
import { NO_PADDING, type Bbox, type MapCamera, type UnitName } from '../mapState';
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

export function townCamera(bbox: Bbox): MapCamera {
  const [w, s, e, n] = bbox;
  const dx = (e - w) * TOWN_MARGIN;
  const dy = (n - s) * TOWN_MARGIN;
  return { target: { kind: 'bounds', bounds: [w - dx, s - dy, e + dx, n + dy] }, padding: NO_PADDING, seq: 0 };
}

export function createTownViewStore(init: {
  town: UnitName;
  bbox: Bbox;
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
    camera: townCamera(init.bbox),
    showElement: (id, memberships) => set({ shownElement: id, layers: id ? [id] : [...memberships] }),
    closeLayers: () => set({ shownElement: null, layers: [] }),
    setFillMode: (fillMode) => set({ fillMode }),
    hover: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
  }));
}
