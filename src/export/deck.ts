import type { MapView } from '../map/mapView';
import { formatDate } from './compose';
import { DEFAULT_EXPORT_TITLE, EXPORT_SIZES, composePng, exportViewPng, type ComposePng, type ExportSize } from './exportView';

/**
 * A whole presentation deck as one PDF (a page per slide) or as a zip of PNGs. The exporter does
 * not know what a slide is: the caller applies it (sets the state and waits for the map to be
 * idle) and describes it (title, caption); this module captures, composes and packs.
 */

export interface SlideDescription {
  title: string;
  caption?: string;
}

export interface DeckProgress {
  /** Slides captured so far. */
  done: number;
  total: number;
}

export interface DeckExportOptions {
  /** Size of each slide image; 1920 × 1080 unless given. */
  size?: ExportSize;
  /** Title of the PDF document (its metadata); '东莞规划布局图' unless given. */
  title?: string;
  /** Date of the stamp on every slide; today unless given. */
  date?: Date;
  /** Called once before the first slide ({ done: 0 }) and after each slide is captured. */
  onProgress?: (progress: DeckProgress) => void;
  /** Stops between slides; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Turns a captured map into a slide PNG; the default composes title, legend and attribution. */
  compose?: ComposePng;
}

export type ApplySlide<T> = (slide: T) => Promise<void>;
export type DescribeSlide<T> = (slide: T, index: number) => SlideDescription;

/** What the two exporters share: the slides, how to show and describe one, the live map. */
export type DeckExporter = <T>(
  slides: readonly T[],
  applySlide: ApplySlide<T>,
  describe: DescribeSlide<T>,
  view: MapView,
  options?: DeckExportOptions,
) => Promise<Blob>;

/** The two deck files: one PDF, or a zip of PNGs. */
export type DeckKind = 'pdf' | 'zip';

/** slide-01.png … (three digits from 100 slides on), so the files sort in slide order. */
export function slideFileName(index: number, total: number): string {
  return `slide-${String(index + 1).padStart(Math.max(2, String(total).length), '0')}.png`;
}

/**
 * For each slide in order: await applySlide, capture the map, compose; hands each PNG to `add`
 * before moving on, so only one slide image is held at a time.
 */
async function captureSlides<T>(
  slides: readonly T[],
  applySlide: ApplySlide<T>,
  describe: DescribeSlide<T>,
  view: MapView,
  options: DeckExportOptions,
  add: (png: Blob, index: number) => Promise<void> | void,
): Promise<void> {
  if (slides.length === 0) throw new Error('没有可导出的幻灯片');
  const size = options.size ?? EXPORT_SIZES.fullHd;
  const compose = options.compose ?? composePng;
  const total = slides.length;
  options.onProgress?.({ done: 0, total });
  for (let i = 0; i < total; i++) {
    options.signal?.throwIfAborted();
    await applySlide(slides[i]);
    options.signal?.throwIfAborted();
    const description = describe(slides[i], i);
    const png = await exportViewPng(view, size, { title: description.title, subtitle: description.caption, date: options.date }, compose);
    await add(png, i);
    options.onProgress?.({ done: i + 1, total });
  }
}

async function pngBytes(png: Blob): Promise<Uint8Array> {
  return new Uint8Array(await png.arrayBuffer());
}

/**
 * One PDF page per slide. Pages are exactly the image's 16:9 size in px (1920 × 1080 px =
 * 1440 × 810 pt, i.e. 20 × 11.25 in, landscape), and the slide image fills the page, with no margin.
 */
export const exportDeckPdf: DeckExporter = async (slides, applySlide, describe, view, options = {}) => {
  const { width, height } = options.size ?? EXPORT_SIZES.fullHd;
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ orientation: 'landscape', unit: 'px', format: [width, height], hotfixes: ['px_scaling'], compress: true });
  const title = options.title ?? DEFAULT_EXPORT_TITLE;
  doc.setProperties({ title, subject: `${title}（${slides.length} 页）`, creator: DEFAULT_EXPORT_TITLE, keywords: '东莞, 规划布局' });
  doc.setDisplayMode('fullpage', 'single');
  await captureSlides(slides, applySlide, describe, view, options, async (png, i) => {
    if (i > 0) doc.addPage([width, height], 'landscape');
    doc.addImage(await pngBytes(png), 'PNG', 0, 0, width, height, `slide-${i + 1}`, 'FAST');
  });
  return doc.output('blob');
};

/** A zip with one PNG per slide: slide-01.png, slide-02.png, … */
export const exportDeckZip: DeckExporter = async (slides, applySlide, describe, view, options = {}) => {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  await captureSlides(slides, applySlide, describe, view, options, async (png, i) => {
    // PNGs are compressed already: store them as they are.
    zip.file(slideFileName(i, slides.length), await pngBytes(png), { binary: true, compression: 'STORE' });
  });
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
};

/** dgmap-2025-06-01-deck.pdf / dgmap-2025-06-01-slides.zip */
export function deckFileName(kind: DeckKind, date = new Date()): string {
  return `dgmap-${formatDate(date)}-${kind === 'pdf' ? 'deck.pdf' : 'slides.zip'}`;
}
