/**
 * A slide as the map sees it: `slideMapState` turns a slide (data) into the MapState presenter
 * mode and the deck export draw; the planner's state is never written. Also the planner's view
 * read when entering presenter mode (for "add the planner's view as a slide") and the current view
 * as a new slide.
 */
import type { GeoData } from '../../geo/geoData';
import { useMapViewStore } from '../../map/mapViewStore';
import { choropleth } from '../../quotas/choropleth';
import type { QuotaData } from '../../quotas/model';
import { uniformPadding, type MapCamera, type MapState } from '../../state/mapState';
import type { PlannerState, TownFillMode } from '../../state/screens/plannerActions';
import { NO_FILL, quotaFill } from '../../state/townFill';
import { cameraBounds } from './framing';
import { isKnownLayer, newSlideId, type Slide, type SlideQuota } from './slide';

/** Town labels twice the planner's size, for a room: at least 24 px at the zooms a 1080p slide shows. */
export const PRESENTER_LABEL_SCALE = 2;
/** The screen width a slide is designed for: a 1080p projector. */
export const SLIDE_DESIGN_WIDTH = 1920;

/**
 * The label scale of a slide on a screen `screenWidth` px wide: PRESENTER_LABEL_SCALE at 1920 px and
 * wider, and on a narrower screen (a 1366×768 projector) as much smaller as the screen is, down to
 * 0.7 of it, in steps of 0.05. So a narrower screen shows the 1920 px picture, smaller, as its type
 * does (present.css): labels of a fixed size took a larger share of the map there, and long English
 * base names pushed the map small. Exports are drawn at the design width and keep the full scale.
 */
export function screenLabelScale(screenWidth: number): number {
  const share = Math.min(1, Math.max(0.7, Math.round((screenWidth / SLIDE_DESIGN_WIDTH) * 20) / 20));
  return PRESENTER_LABEL_SCALE * share;
}

/** Padding (px) round a slide's area in an export, where no card covers the map. */
const EXPORT_PADDING = 40;

/** The camera of a slide on its own (an export): its area with a margin, as a one-off request. */
export function slideExportCamera(slide: Slide, geo: GeoData): MapCamera {
  const bounds = cameraBounds(slide.camera, geo);
  return { target: bounds ? { kind: 'bounds', bounds } : { kind: 'city' }, padding: uniformPadding(EXPORT_PADDING), seq: 0 };
}

/**
 * What a slide shows: its layers at full opacity, its highlighted towns as the selection, its
 * quota fill (from `quotaData`), the given camera and label scale (the screen's: screenLabelScale). Pure, so a deck export can take every
 * slide's state at once.
 */
export function slideMapState(slide: Slide, quotaData: QuotaData, camera: MapCamera, labelScale = PRESENTER_LABEL_SCALE): MapState {
  const fill = slide.quota ? quotaFill(choropleth(quotaData, slide.quota.measure, slide.quota.field, slide.quota.year)) : NO_FILL;
  return {
    ...fill,
    selected: [...slide.highlight],
    hovered: null,
    dimOutside: null,
    outlined: [],
    overlays: slide.layers.map((id) => ({ id, opacity: 1 })),
    labels: { scale: labelScale, emphasis: null },
    camera,
  };
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

export function snapshotPlanner(planner: PlannerState): PlannerSnapshot {
  const { field, measure, year } = planner.quotaView;
  return {
    layers: [...planner.visible],
    selection: [...planner.selected],
    fill: planner.fillMode,
    quota: { field, measure, year },
    bounds: useMapViewStore.getState().view?.getBounds() ?? null,
  };
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

/** A slide as shown now: the same slide with the camera on what the presenter's map shows (the presenter's own pan and zoom). */
export function slideAsSeenNow(slide: Slide, bounds: [number, number, number, number] | null, title = slide.title): Slide {
  return { ...slide, id: newSlideId(), title, caption: '', camera: bounds ? { kind: 'bounds', bounds } : slide.camera };
}
