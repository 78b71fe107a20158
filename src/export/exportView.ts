import { legendSections } from '../map/legend';
import type { MapState } from '../state/mapState';
import { canvasToPng, composeExport } from './compose';
import { mapArea, type ExportLegendSection } from './layout';
import type { RenderMap } from './offscreenMap';
import { renderedBounds } from './renderedBounds';

export interface ExportSize {
  width: number;
  height: number;
}

export const EXPORT_SIZES = {
  fullHd: { width: 1920, height: 1080 },
  uhd: { width: 3840, height: 2160 },
} as const satisfies Record<string, ExportSize>;

export const DEFAULT_EXPORT_TITLE = '东莞规划布局图';

/** What goes around the map on an exported image. */
export interface ExportFrame {
  title: string;
  /** Second line of the title bar (a slide's caption). */
  subtitle?: string;
  /** Date of the stamp; today when left out. */
  date?: Date;
  /** The legend; legendSections(state) of the exported state. */
  legend: readonly ExportLegendSection[];
  /** The area the map image shows, for the scale bar (none drawn when unknown). */
  mapBounds?: [number, number, number, number] | null;
}

/** Turns a drawn map image into the finished PNG; tests pass a stand-in. */
export type ComposePng = (mapImage: HTMLCanvasElement, size: ExportSize, frame: ExportFrame) => Promise<Blob>;

export const composePng: ComposePng = async (mapImage, size, frame) => canvasToPng(await composeExport(mapImage, size, frame));

/**
 * One exported image of a MapState: its map drawn by `render` (an off-screen map, see
 * offscreenRenderer) into the area below the title bar, and its own legend, composed into a PNG
 * of exactly size.width × size.height.
 */
export async function exportMapPng(
  render: RenderMap,
  state: MapState,
  size: ExportSize,
  frame: Omit<ExportFrame, 'legend'>,
  compose: ComposePng = composePng,
): Promise<Blob> {
  const mapImage = await render(state, mapArea(size));
  return compose(mapImage, size, { ...frame, legend: legendSections(state), mapBounds: renderedBounds(mapImage) });
}

/** The state a screen shows, with the camera on what its map shows now (the user's own pan and zoom included). */
export function asSeenNow(state: MapState, bounds: [number, number, number, number] | null): MapState {
  if (!bounds) return state;
  return { ...state, hovered: null, camera: { target: { kind: 'bounds', bounds }, padding: { top: 0, right: 0, bottom: 0, left: 0 }, seq: state.camera.seq } };
}
