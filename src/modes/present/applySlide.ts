/**
 * Applying a slide: put its state into the stores (the map is a view of them) and move the camera.
 * Also the planner snapshot taken on entering presenter mode and restored on leaving, and the
 * reverse direction: the current view as a new slide.
 */
import type { GeoData } from '../../geo/geoData';
import type { MapView } from '../../map/mapView';
import { useMapViewStore } from '../../map/mapViewStore';
import { useQuotaViewStore } from '../../quotas/viewStore';
import { useLayerStore } from '../../state/layerStore';
import { useSelectionStore } from '../../state/selectionStore';
import { useTownFillStore, type TownFillMode } from '../../state/townFillStore';
import { cameraBounds } from './framing';
import { isKnownLayer, newSlideId, type Slide, type SlideCamera, type SlideQuota } from './slide';

function setQuotaView({ field, measure, year }: SlideQuota): void {
  const view = useQuotaViewStore.getState();
  view.setField(field);
  view.setMeasure(measure);
  view.setYear(year);
}

/** Sets layers, highlighted towns and the quota fill from the slide. */
export function applySlideToStores(slide: Slide): void {
  useLayerStore.getState().setVisible(slide.layers);
  useSelectionStore.getState().setSelection(slide.highlight);
  if (slide.quota) setQuotaView(slide.quota);
  useTownFillStore.getState().setMode(slide.quota ? 'quota' : 'none');
}

/**
 * Moves the camera; eased unless animate is false. With the geometry, a towns camera is framed as
 * in presenter mode (widened to MIN_SPAN_DEG for context); without it, the map's own fitTowns.
 */
export function moveCamera(view: MapView, camera: SlideCamera, options: { animate?: boolean; geo?: GeoData } = {}): void {
  const animate = options.animate ?? true;
  const bbox = options.geo ? cameraBounds(camera, options.geo) : null;
  if (bbox) {
    view.fitBounds(bbox, { animate });
    return;
  }
  switch (camera.kind) {
    case 'city':
      view.fitCity({ animate });
      break;
    case 'towns':
      view.fitTowns(camera.towns, { animate });
      break;
    case 'bounds':
      view.fitBounds(camera.bounds, { animate });
      break;
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * For the deck export (PDF / ZIP of PNGs): applies the slide to the stores and the camera, lets
 * React hand the store changes to the map, then waits until the map is idle. The camera jumps
 * (no easing) unless `animate: true` is passed, so each image is taken as soon as possible. Pass
 * `geo` (useGeo()) to frame towns exactly as presenter mode does.
 */
export async function applySlideAndWait(slide: Slide, view: MapView, options: { animate?: boolean; geo?: GeoData } = {}): Promise<void> {
  applySlideToStores(slide);
  await nextTask();
  moveCamera(view, slide.camera, { animate: options.animate ?? false, geo: options.geo });
  await view.whenIdle();
}

// ---------------------------------------------------------------------------------------------
// The planner's state, kept while presenting

export interface PlannerSnapshot {
  layers: string[];
  selection: string[];
  fill: TownFillMode;
  quota: SlideQuota;
  /** The map's visible area when the snapshot was taken, if a map was on screen. */
  bounds: [number, number, number, number] | null;
}

export function snapshotPlanner(): PlannerSnapshot {
  const { field, measure, year } = useQuotaViewStore.getState();
  return {
    layers: [...useLayerStore.getState().visible],
    selection: [...useSelectionStore.getState().selected],
    fill: useTownFillStore.getState().mode,
    quota: { field, measure, year },
    bounds: useMapViewStore.getState().view?.getBounds() ?? null,
  };
}

export function restorePlanner(snapshot: PlannerSnapshot): void {
  useLayerStore.getState().setVisible(snapshot.layers);
  useSelectionStore.getState().setSelection(snapshot.selection);
  setQuotaView(snapshot.quota);
  useTownFillStore.getState().setMode(snapshot.fill);
}

/**
 * A new slide from a view state: its layers, its selection as highlighted towns, the quota fill if
 * on, and the map's visible area as the camera (the highlighted towns, or the whole city, when no
 * map was on screen).
 */
export function slideFromState(state: PlannerSnapshot, title: string, caption = ''): Slide {
  return {
    id: newSlideId(),
    title,
    caption,
    layers: state.layers.filter(isKnownLayer),
    camera: state.bounds
      ? { kind: 'bounds', bounds: state.bounds }
      : state.selection.length > 0
        ? { kind: 'towns', towns: [...state.selection] }
        : { kind: 'city' },
    highlight: [...state.selection],
    quota: state.fill === 'quota' ? { ...state.quota } : null,
  };
}

/** The current view (read from the stores now) as a new slide. */
export function captureCurrentView(title: string, caption = ''): Slide {
  return slideFromState(snapshotPlanner(), title, caption);
}
