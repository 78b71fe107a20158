import type { MapView } from '../map/mapView';
import { canvasToPng, composeExport, formatDate } from './compose';
import { mapArea } from './layout';
import { currentLegendSections, type ExportLegendSection } from './legendModel';

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
}

/**
 * Turns a captured map image into the finished PNG. The default reads the legend from the stores
 * at that moment, so it lists exactly what the map shows; tests pass a stand-in.
 */
export type ComposePng = (mapImage: HTMLCanvasElement, size: ExportSize, frame: ExportFrame) => Promise<Blob>;

export const composePng: ComposePng = async (mapImage, size, frame) => {
  const legend: ExportLegendSection[] = currentLegendSections();
  const canvas = await composeExport(mapImage, size, { title: frame.title, subtitle: frame.subtitle, date: frame.date, legend });
  return canvasToPng(canvas);
};

/**
 * Captures the map as it is now (MapView.captureImage waits for the map to be idle, so the image
 * is never blank) and composes it into a PNG of exactly size.width × size.height.
 */
export async function exportViewPng(view: MapView, size: ExportSize, frame: ExportFrame, compose: ComposePng = composePng): Promise<Blob> {
  const area = mapArea(size);
  const mapImage = await view.captureImage({ width: area.width, height: area.height });
  return compose(mapImage, size, frame);
}

/** dgmap-2025-06-01-1920x1080.png */
export function pngFileName(size: ExportSize, date = new Date()): string {
  return `dgmap-${formatDate(date)}-${size.width}x${size.height}.png`;
}
