/**
 * The planner map's own store, created when the planner's map mounts (usePlannerScreen) and
 * dropped when it unmounts. It holds what only this mount has: the hovered unit and the camera
 * target. The shareable state (selection, layers, fill) is the planner state (plannerState.ts),
 * changed by actions: a click dispatches them, and the camera follows the zoom actions heard while
 * this store is connected.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { NO_PADDING, uniformPadding, type MapCamera, type Padding, type UnitName } from '../mapState';
import type { PlannerStateStore } from './plannerState';

export const PLANNER_PADDING = 40;
/** Units asked for by search or a panel get a wider margin than the city. */
export const PLANNER_UNITS_PADDING = 80;

/**
 * The padding a units camera takes: the margin on each side plus what the screen covers there (on a
 * phone, the bottom sheet at half height: choosing a town raises it there), so the town is framed
 * in the part of the map left visible. A small map (a phone) gets a quarter of its visible side as
 * margin at most, so a town is not shrunk to a stamp.
 */
export function unitsPadding(covered: Padding, mapSize: { width: number; height: number } | null): Padding {
  const visibleW = mapSize ? mapSize.width - covered.left - covered.right : Infinity;
  const visibleH = mapSize ? mapSize.height - covered.top - covered.bottom : Infinity;
  const margin = Math.max(12, Math.min(PLANNER_UNITS_PADDING, visibleW / 8, visibleH / 8));
  return { top: covered.top + margin, right: covered.right + margin, bottom: covered.bottom + margin, left: covered.left + margin };
}

/** A rectangle on the page, CSS px (a DOMRect's fields). */
export interface PageRect {
  top: number;
  bottom: number;
  height: number;
}

/**
 * What a phone's bottom sheet at half height (50% of the main area, over the map) covers of the
 * map's bottom, in CSS px: choosing a town raises the sheet there.
 */
export function coveredByHalfSheet(map: PageRect, main: PageRect): Padding {
  return { ...NO_PADDING, bottom: Math.max(0, Math.round(map.bottom - (main.bottom - main.height / 2))) };
}

export interface MapClickEvent {
  /** Units under the click point (none outside the city). */
  names: UnitName[];
  shiftKey: boolean;
}

export interface PlannerScreenState {
  hovered: UnitName | null;
  camera: MapCamera;
  hover: (unit: UnitName | null) => void;
  /**
   * Click rules: a click selects the unit under it, Shift-click adds or removes it, a click outside
   * the city clears. On a phone (the screen covers the map's bottom: the sheet rises for the chosen
   * town) a tap that selects a town also frames it above the sheet, as search does; on a wide screen
   * a click never moves the camera.
   */
  click: (event: MapClickEvent) => void;
  /** Asks the camera for these units (a new target, so it moves even to the same units again). */
  zoomTo: (units: UnitName[]) => void;
  fitCity: () => void;
  /**
   * The padding the city camera takes (the page layout's, round the legend): a city camera is
   * asked again with it, so what the legend would cover moves beside it. Ignored when the camera
   * is on units the user chose, or the user has moved the map since it was framed.
   */
  cityPadding: Padding;
  setCityPadding: (padding: Padding) => void;
  /** The user moved the map since the camera was last asked for: their view is kept. */
  movedByUser: boolean;
  userMoved: () => void;
  /** What the screen covers of the map (CSS px per side) and the map's size, for framing units. */
  covered: Padding;
  mapSize: { width: number; height: number } | null;
  setCovered: (covered: Padding, mapSize: { width: number; height: number } | null) => void;
  /**
   * Where the card goes when the city camera's framing chose its place (modes/planner/plannerFrame.ts);
   * without a placement the card finds a corner clear of its own towns. Measured from the page, not
   * a change the user makes, so a setter rather than an action.
   */
  cardPlacement: CardPlacement | null;
  setCardPlacement: (placement: CardPlacement | null) => void;
}

/** Where the planner's framing put the info card (map CSS px, top left), for the element it was placed for. */
export interface CardPlacement {
  elementId: string;
  left: number;
  top: number;
}

export type PlannerStore = StoreApi<PlannerScreenState> & {
  /** Starts following the zoom actions dispatched from now on; returns the function that stops it (call it on unmount). */
  connect: () => () => void;
};

/**
 * A planner map store over the planner's state. The camera starts on the selection (or the city);
 * afterwards it follows only the zoom actions dispatched while it is connected.
 */
export function createPlannerStore(planner: PlannerStateStore): PlannerStore {
  const initial = planner.getState().selected;
  const store = createStore<PlannerScreenState>((set, get) => ({
    hovered: null,
    camera:
      initial.length > 0
        ? { target: { kind: 'units', units: [...initial] }, padding: uniformPadding(PLANNER_UNITS_PADDING), seq: 0 }
        : { target: { kind: 'city' }, padding: uniformPadding(PLANNER_PADDING), seq: 0 },
    hover: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
    click: ({ names, shiftKey }) => {
      const adding = shiftKey || planner.getState().multiSelect;
      if (names.length === 0) {
        if (!adding) planner.dispatch({ type: 'selection/clear' });
      } else if (adding) {
        planner.dispatch({ type: 'selection/toggle', unit: names[0] });
      } else {
        planner.dispatch({ type: 'selection/select', unit: names[0] });
        if (get().covered.bottom > 0) get().zoomTo([names[0]]);
      }
    },
    zoomTo: (units) =>
      set((s) => ({ movedByUser: false, camera: { target: { kind: 'units', units: [...units] }, padding: unitsPadding(s.covered, s.mapSize), seq: s.camera.seq + 1 } })),
    covered: NO_PADDING,
    mapSize: null,
    cardPlacement: null,
    setCardPlacement: (placement) =>
      set((s) => {
        const a = s.cardPlacement;
        if (a === placement) return s;
        if (a && placement && a.elementId === placement.elementId && Math.abs(a.left - placement.left) < 1 && Math.abs(a.top - placement.top) < 1) return s;
        return { cardPlacement: placement };
      }),
    setCovered: (covered, mapSize) => set({ covered, mapSize }),
    fitCity: () => set((s) => ({ movedByUser: false, camera: { target: { kind: 'city' }, padding: s.cityPadding, seq: s.camera.seq + 1 } })),
    movedByUser: false,
    userMoved: () => set((s) => (s.movedByUser ? s : { movedByUser: true })),
    cityPadding: uniformPadding(PLANNER_PADDING),
    setCityPadding: (padding) =>
      set((s) => {
        const same = (['top', 'right', 'bottom', 'left'] as const).every((k) => Math.abs(s.cityPadding[k] - padding[k]) < 1);
        if (same) return s;
        if (s.camera.target.kind !== 'city' || s.movedByUser) return { cityPadding: padding };
        return { cityPadding: padding, camera: { target: { kind: 'city' }, padding, seq: s.camera.seq + 1 } };
      }),
  }));
  const connect = () =>
    planner.listen('planner camera', ({ action }) => {
      if (action.type === 'selection/zoomTo') store.getState().zoomTo(action.units);
      else if (action.type === 'selection/select' && action.zoom) store.getState().zoomTo([action.unit]);
    });
  return Object.assign(store, { connect });
}
