import type { MapState } from '../state/mapState';
import { mapMessages } from '../i18n/catalogue/map';
import { t } from '../i18n/messages';

/**
 * One map on screen or off screen. Two renderers implement it: src/map/mapAdapter.ts (MapLibre, the
 * one module that imports maplibre-gl) and src/map/canvas/canvasMapView.ts (Canvas2D); the factory
 * src/map/createView.ts picks one. Component tests use tests/fixtures/mockMapView.ts instead.
 */
export interface MapView {
  /**
   * Shows `state`: applies what changed since the last sync (diffMapState) and resolves once the
   * map has drawn it and is idle. Rejects with MapDestroyedError if the map is destroyed first.
   * Calls apply in order; the last one wins.
   */
  sync(state: MapState): Promise<void>;
  /** The visible area as [west, south, east, north] (what the user looks at now, after any pan). */
  getBounds(): [number, number, number, number];
  /** Copies what the map shows into a new canvas of its drawing buffer's size (off-screen maps only keep the buffer). */
  capture(): HTMLCanvasElement;
  resize(): void;
  whenIdle(): Promise<void>;
  /** Number of town labels MapLibre placed on screen (for tests and the benchmark). */
  placedLabelCount(): number;
  canvas(): HTMLCanvasElement;
  /** Frames drawn so far, where the renderer counts them (for the benchmark: frames per action). */
  framesDrawn?(): number;
  /** What the map draws now, read back from MapLibre (for tests): visible elements, town fills, focus. */
  inspect(): { visibleElements: string[]; townFill: Record<string, string>; dimmedOutside: string[] | null };
  /**
   * Names of the rendered features of these symbol layers, as MapLibre placed them (for tests:
   * "is every legend entry visible"). Layer ids come from the symbol table. With `box`, only the
   * features there (a placed label's box, not just its anchor, counts for a symbol layer).
   */
  renderedFeatures(layerIds: string[], box?: ScreenBox): RenderedFeature[];
  /** Screen position (CSS pixels, relative to the map container) of a longitude/latitude. */
  project(lonLat: [number, number]): [number, number];
  destroy(): void;
}

/** [minX, minY, maxX, maxY] in CSS px relative to the map container. */
export type ScreenBox = [number, number, number, number];

/** A rendered feature as MapLibre drew it (sizes evaluated at the current zoom and label scale). */
export interface RenderedFeature {
  layer: string;
  id?: string;
  name?: string;
  icon?: string;
  /** Text size in px (symbol layers with text). */
  textSize?: number;
  /** The icon's larger side in CSS px: its image size × icon-size (symbol layers with an icon). */
  iconPx?: number;
  /** Circle radius in px (circle layers). */
  circleRadius?: number;
  /** Screen position (CSS px in the map container) of a point feature. */
  at?: [number, number];
  /** Where an icon's centre is drawn (its point moved by icon-offset × icon-size). */
  iconAt?: [number, number];
}

export interface MapHandlers {
  onHover?: (name: string | null) => void;
  onClick?: (event: MapClick) => void;
  /** The user moved the camera (drag, wheel, keys, zoom buttons): a view the screen should keep. */
  onUserMove?: () => void;
}

export interface MapClick {
  /** Units under the pointer (more than one where the source polygons overlap). */
  names: string[];
  lonLat: [number, number];
  shiftKey: boolean;
  /** The layout element whose marker, axis or base circle was clicked, if any. */
  elementId?: string;
}

/** Every map's zoom range (MapLibre's minZoom/maxZoom); the first frame clamps its camera to it too. */
export const MAP_ZOOM_RANGE = { min: 7, max: 15 } as const;

/** A town camera never zooms in further than this: the town stays in its surroundings. */
export const UNITS_MAX_ZOOM = 11.5;

export class MapDestroyedError extends Error {
  constructor() {
    super(t(mapMessages.mapClosed));
    this.name = 'MapDestroyedError';
  }
}
