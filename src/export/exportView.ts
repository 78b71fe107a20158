import { exportMessages } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import { legendSections } from '../map/legend';
import type { MapState } from '../state/mapState';
import { cornerMarks } from '../map/page/fitMarks';
import { canvasToPng, composeExport, composeLegendPage, exportPageLayout } from './compose';
import type { ExportFigure } from './figureLayout';
import type { ExportLayout, ExportLegendSection, PageCamera, PageSubjectMarks } from './layout';
import type { RenderMap } from './offscreenMap';
import { renderedBounds } from './renderedBounds';

import type { ExportSize } from './exportSizes';
export { EXPORT_SIZES, type ExportSize } from './exportSizes';

export function defaultExportTitle(): string {
  return t(exportMessages.appTitle);
}

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
  /** What the page is about (see pageLayout); the camera's box when left out; none on a page with a figure (see pageSubjectOf). */
  subject?: PageSubjectMarks;
  /** A chart or table over the map (a slide's figure). */
  figure?: ExportFigure;
  /** The page's layout, which the map was drawn for. */
  layout?: ExportLayout;
  /** A canvas of the page's size to draw into (see ComposeOptions.canvas). */
  canvas?: HTMLCanvasElement;
}

/** Turns a drawn map image into the finished PNG; tests pass a stand-in. */
export type ComposePng = (mapImage: HTMLCanvasElement, size: ExportSize, frame: ExportFrame) => Promise<Blob>;

export const composePng: ComposePng = async (mapImage, size, frame) => canvasToPng(await composeExport(mapImage, size, frame));

/** What a page shows when nothing more is known: the box its camera asks for, all of it in view. */
export function defaultSubject(state: MapState): PageSubjectMarks | undefined {
  const target = state.camera.target;
  return target.kind === 'bounds' ? { bounds: target.bounds, marks: cornerMarks(target.bounds) } : undefined;
}

/**
 * What a page's layout keeps clear and fits the camera to. A page with a figure is about its
 * figure, as on the presenter's screen: the map behind it keeps its own camera (the whole city on
 * the default slides) and no map mark is fitted round the figure.
 */
export function pageSubjectOf(state: MapState, frame: { subject?: PageSubjectMarks; figure?: ExportFigure }): PageSubjectMarks | undefined {
  if (frame.figure) return undefined;
  return frame.subject ?? defaultSubject(state);
}

/** The state with the camera the page layout fitted (a one-off request, as every page is). */
export function withPageCamera(state: MapState, camera: PageCamera | null): MapState {
  if (!camera) return state;
  return { ...state, camera: { target: { kind: 'bounds', bounds: camera.bounds }, padding: camera.padding, seq: state.camera.seq } };
}

/**
 * One exported page of a MapState, laid out by the page layout (src/map/page/pageLayout.ts): its
 * map drawn by `render` (an off-screen map, see offscreenRenderer) into the map frame with the
 * camera fitted round the legend, attribution and north arrow, then composed into a PNG of exactly
 * size.width × size.height. `legendPage` is the legend's own page when it did not fit beside the subject.
 */
export async function exportMapPage(
  render: RenderMap,
  state: MapState,
  size: ExportSize,
  frame: Omit<ExportFrame, 'legend' | 'layout'>,
  compose: ComposePng = composePng,
  drawn?: (layout: ExportLayout, mapImage: HTMLCanvasElement) => void,
): Promise<{ png: Blob; legendPage: Blob | null; layout: ExportLayout }> {
  const legend = legendSections(state);
  const layout = exportPageLayout(size, { ...frame, legend, subject: pageSubjectOf(state, frame) });
  const mapImage = await render(withPageCamera(state, layout.camera), { width: layout.map.width, height: layout.map.height });
  drawn?.(layout, mapImage);
  const png = await compose(mapImage, size, { ...frame, legend, mapBounds: renderedBounds(mapImage), layout });
  const legendCanvas = layout.legendPage ? await composeLegendPage(size, layout) : null;
  return { png, legendPage: legendCanvas ? await canvasToPng(legendCanvas) : null, layout };
}

/** One exported image of a MapState (see exportMapPage); a legend that needs its own page is left to the caller of exportMapPage. */
export async function exportMapPng(
  render: RenderMap,
  state: MapState,
  size: ExportSize,
  frame: Omit<ExportFrame, 'legend' | 'layout'>,
  compose: ComposePng = composePng,
): Promise<Blob> {
  return (await exportMapPage(render, state, size, frame, compose)).png;
}

/** The state a screen shows, with the camera on what its map shows now (the user's own pan and zoom included). */
export function asSeenNow(state: MapState, bounds: [number, number, number, number] | null): MapState {
  if (!bounds) return state;
  return { ...state, hovered: null, camera: { target: { kind: 'bounds', bounds }, padding: { top: 0, right: 0, bottom: 0, left: 0 }, seq: state.camera.seq } };
}
