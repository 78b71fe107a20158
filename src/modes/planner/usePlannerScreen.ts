import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useGeo } from '../../app/GeoContext';
import { unitsAtPoint } from '../../geo/queries';
import type { MapClick } from '../../map/mapView';
import { opacityOfElement, useLayerStore } from '../../state/layerStore';
import type { MapState } from '../../state/mapState';
import { useQueryStore } from '../../state/queryStore';
import { createPlannerStore, type PlannerStore } from '../../state/screens/plannerStore';
import { useSelectionStore } from '../../state/selectionStore';
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

/**
 * The planner screen's store (created on mount) and the MapState it shows. Clicking an element's
 * marker opens its card through `onElementClick`.
 */
export function usePlannerScreen(onElementClick?: (elementId: string) => void): {
  store: PlannerStore;
  state: MapState;
  onClick: (click: MapClick) => void;
} {
  const geo = useGeo();
  const [store] = useState(() => createPlannerStore(useSelectionStore));
  useEffect(() => store.connect(), [store]);
  const hovered = useStore(store, (s) => s.hovered);
  const camera = useStore(store, (s) => s.camera);
  const selected = useSelectionStore((s) => s.selected);
  const visible = useLayerStore((s) => s.visible);
  const opacity = useLayerStore((s) => s.opacity);
  const fill = useTownFill();
  const state = useMemo(
    () => plannerMapState({ selected, hovered, visible, opacityOf: (id) => opacityOfElement(id, opacity), fill, camera }),
    [selected, hovered, visible, opacity, fill, camera],
  );
  const onClick = (click: MapClick) => {
    useQueryStore.getState().setLastClick({ lonLat: click.lonLat, units: unitsAtPoint(geo, click.lonLat) });
    if (click.elementId) onElementClick?.(click.elementId);
    store.getState().click(click);
  };
  return { store, state, onClick };
}

