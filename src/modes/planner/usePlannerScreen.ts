import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useGeo } from '../../app/GeoContext';
import { unitsAtPoint } from '../../geo/queries';
import type { MapClick } from '../../map/mapView';
import type { MapState } from '../../state/mapState';
import type { PlannerState } from '../../state/screens/plannerActions';
import { opacityOfElement, usePlanner, usePlannerStateStore } from '../../state/screens/plannerState';
import { createPlannerStore, type PlannerStore } from '../../state/screens/plannerStore';
import { useTownFill } from '../../state/townFill';

/** The planner's map state: its selection, layers and fill, with this mount's hover and camera. */
export function plannerMapState(input: {
  selected: string[];
  hovered: string | null;
  visible: readonly string[];
  opacityOf: (id: string) => number;
  fill: Pick<MapState, 'fill' | 'fillLegend'>;
  camera: MapState['camera'];
}): MapState {
  return {
    ...input.fill,
    selected: input.selected,
    hovered: input.hovered,
    dimOutside: null,
    outlined: [],
    overlays: input.visible.map((id) => ({ id, opacity: input.opacityOf(id) })),
    labels: { scale: 1, emphasis: null },
    camera: input.camera,
  };
}

/** The planner's fill: its mode over its quota view and comparison. */
export function usePlannerFill(): Pick<MapState, 'fill' | 'fillLegend'> {
  const mode = usePlanner((s: PlannerState) => s.fillMode);
  const quotaView = usePlanner((s) => s.quotaView);
  const compare = usePlanner((s) => s.compare);
  return useTownFill({ mode, quotaView, compare });
}

/**
 * The planner map's store (created on mount) and what a click on the map does. It subscribes to
 * nothing, so the screen that holds it (App, its header and side panel) does not render again on
 * a layer toggle or a hover: only the parts that show the map state (`usePlannerMapState`) do.
 * Clicking an element's marker opens its card through `onElementClick`.
 */
export function usePlannerScreen(onElementClick?: (elementId: string) => void): {
  store: PlannerStore;
  onClick: (click: MapClick) => void;
} {
  const geo = useGeo();
  const planner = usePlannerStateStore();
  const [store] = useState(() => createPlannerStore(planner));
  useEffect(() => store.connect(), [store]);
  const onClick = (click: MapClick) => {
    planner.dispatch({ type: 'query/click', lonLat: click.lonLat, units: unitsAtPoint(geo, click.lonLat) });
    if (click.elementId) onElementClick?.(click.elementId);
    store.getState().click(click);
  };
  return { store, onClick };
}

/** The MapState the planner's map shows: a selector of the planner state (given by context) and the map store's hover and camera. */
export function usePlannerMapState(store: PlannerStore): MapState {
  const hovered = useStore(store, (s) => s.hovered);
  const camera = useStore(store, (s) => s.camera);
  const selected = usePlanner((s) => s.selected);
  const visible = usePlanner((s) => s.visible);
  const opacity = usePlanner((s) => s.opacity);
  const fill = usePlannerFill();
  return useMemo(
    () => plannerMapState({ selected, hovered, visible, opacityOf: (id) => opacityOfElement(id, opacity), fill, camera }),
    [selected, hovered, visible, opacity, fill, camera],
  );
}
