/**
 * The planner screen's own store, created when the planner's map mounts (usePlannerStore) and
 * dropped when it unmounts. It holds what only this screen's map has: the hovered unit and the
 * camera target. The shareable state (selection, layers, fill) lives in the planner's URL-mirrored
 * stores, which only the planner writes; no other screen saves or restores it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { uniformPadding, type MapCamera, type UnitName } from '../mapState';
import type { SelectionStore } from '../selectionStore';

export const PLANNER_PADDING = 40;
/** Units asked for by search or a panel get a wider margin than the city. */
export const PLANNER_UNITS_PADDING = 80;

export interface MapClickEvent {
  /** Units under the click point (none outside the city). */
  names: UnitName[];
  shiftKey: boolean;
}

export interface PlannerScreenState {
  hovered: UnitName | null;
  camera: MapCamera;
  hover: (unit: UnitName | null) => void;
  /** Click rules: a click selects the unit under it, Shift-click adds or removes it, a click outside the city clears. */
  click: (event: MapClickEvent) => void;
  /** Asks the camera for these units (a new target, so it moves even to the same units again). */
  zoomTo: (units: UnitName[]) => void;
  fitCity: () => void;
}

export type PlannerStore = StoreApi<PlannerScreenState> & {
  /** Starts following the zoom requests made from now on; returns the function that stops it (call it on unmount). */
  connect: () => () => void;
};

/**
 * A planner store over the planner's selection. The camera starts on the selection (or the city);
 * afterwards it follows only the zoom requests made while this store exists.
 */
export function createPlannerStore(selection: SelectionStore): PlannerStore {
  const initial = selection.getState().selected;
  const store = createStore<PlannerScreenState>((set) => ({
    hovered: null,
    camera:
      initial.length > 0
        ? { target: { kind: 'units', units: [...initial] }, padding: uniformPadding(PLANNER_UNITS_PADDING), seq: 0 }
        : { target: { kind: 'city' }, padding: uniformPadding(PLANNER_PADDING), seq: 0 },
    hover: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
    click: ({ names, shiftKey }) => {
      const sel = selection.getState();
      const adding = shiftKey || sel.multiSelect;
      if (names.length === 0) {
        if (!adding) sel.clear();
      } else if (adding) {
        sel.toggle(names[0]);
      } else {
        sel.select(names[0]);
      }
    },
    zoomTo: (units) =>
      set((s) => ({ camera: { target: { kind: 'units', units: [...units] }, padding: uniformPadding(PLANNER_UNITS_PADDING), seq: s.camera.seq + 1 } })),
    fitCity: () => set((s) => ({ camera: { target: { kind: 'city' }, padding: uniformPadding(PLANNER_PADDING), seq: s.camera.seq + 1 } })),
  }));
  const connect = () =>
    selection.subscribe((s, prev) => {
      if (s.zoomRequest && s.zoomRequest !== prev.zoomRequest) store.getState().zoomTo(s.zoomRequest.names);
    });
  return Object.assign(store, { connect });
}
