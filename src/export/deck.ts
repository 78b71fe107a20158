import { exportDeckPptx } from './deckPptx';
import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import { eachPage } from './eachPage';
import { slidePngName, type DeckFileKind } from './fileNames';
import type { MapState } from '../state/mapState';
import { EXPORT_SIZES, composePng, exportMapPage, type ComposePng, type ExportSize } from './exportView';
import type { PageSubjectMarks } from './layout';
import type { RenderMap } from './offscreenMap';

/**
 * A whole presentation deck as one PDF (a page per slide) or as a zip of PNGs. Each page is data:
 * its MapState, title and caption, taken when the export starts. Each page's map is drawn from its
 * own state off screen (see offscreenRenderer), so the screen may change slide meanwhile and every
 * page still has its own map and legend.
 */

export interface ExportPage {
  state: MapState;
  title: string;
  caption?: string;
  /** Speaker notes (the PowerPoint file carries them). */
  notes?: string;
  /** What the page is about (pageSubject): the camera is fitted so that no box covers it. */
  subject?: PageSubjectMarks;
}

export interface DeckProgress {
  /** Pages drawn so far. */
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
  /** Called once before the first page ({ done: 0 }) and after each page is drawn. */
  onProgress?: (progress: DeckProgress) => void;
  /** Stops between pages; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Turns a drawn map into a slide PNG; the default composes title, legend and attribution. */
  compose?: ComposePng;
}

/** What the two exporters share: the pages and the renderer that draws each page's map. */
export type DeckExporter = (pages: readonly ExportPage[], render: RenderMap, options?: DeckExportOptions) => Promise<Blob>;

/** The deck files: one PDF, a zip of PNGs, or PowerPoint. */
export type DeckKind = DeckFileKind;

/**
 * For each page in order: draw and compose it, and hand the PNG to `add` before the next, so one
 * image is held at a time. A legend that has no room beside its subject comes as a second PNG.
 */
async function drawPages(pages: readonly ExportPage[], render: RenderMap, options: DeckExportOptions, add: (png: Blob, index: number, legendPage: Blob | null) => Promise<void> | void): Promise<void> {
  const size = options.size ?? EXPORT_SIZES.fullHd;
  const compose = options.compose ?? composePng;
  await eachPage(pages, options, async ({ state, title, caption, subject }, i) => {
    const { png, legendPage } = await exportMapPage(render, state, size, { title, subtitle: caption, date: options.date, subject }, compose);
    await add(png, i, legendPage);
  });
}

async function pngBytes(png: Blob): Promise<Uint8Array> {
  return new Uint8Array(await png.arrayBuffer());
}

/**
 * One PDF page per slide. Pages are exactly the image's 16:9 size in px (1920 × 1080 px =
 * 1440 × 810 pt, i.e. 20 × 11.25 in, landscape), and the slide image fills the page, with no margin.
 */
export const exportDeckPdf: DeckExporter = async (pages, render, options = {}) => {
  const { width, height } = options.size ?? EXPORT_SIZES.fullHd;
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ orientation: 'landscape', unit: 'px', format: [width, height], hotfixes: ['px_scaling'], compress: true });
  const title = options.title ?? t(m.appTitle);
  doc.setProperties({ title, subject: t(m.pdfSubject, { title, count: pages.length }), creator: t(m.appTitle), keywords: t(m.pdfKeywords) });
  doc.setDisplayMode('fullpage', 'single');
  await drawPages(pages, render, options, async (png, i, legendPage) => {
    if (i > 0) doc.addPage([width, height], 'landscape');
    doc.addImage(await pngBytes(png), 'PNG', 0, 0, width, height, `slide-${i + 1}`, 'FAST');
    if (legendPage) {
      doc.addPage([width, height], 'landscape');
      doc.addImage(await pngBytes(legendPage), 'PNG', 0, 0, width, height, `slide-${i + 1}-legend`, 'FAST');
    }
  });
  return doc.output('blob');
};

/** A zip with one PNG per slide, named by number and subject: 汇报-01-….png, 汇报-02-….png, … */
export const exportDeckZip: DeckExporter = async (pages, render, options = {}) => {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  await drawPages(pages, render, options, async (png, i, legendPage) => {
    // PNGs are compressed already: store them as they are.
    zip.file(slidePngName(i, pages.length, pages[i].title), await pngBytes(png), { binary: true, compression: 'STORE' });
    if (legendPage) zip.file(slidePngName(i, pages.length, t(m.legendFile, { title: pages[i].title })), await pngBytes(legendPage), { binary: true, compression: 'STORE' });
  });
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
};

/** The exporter for each kind of deck file. */
export const DECK_EXPORTERS: Record<DeckKind, DeckExporter> = { pdf: exportDeckPdf, zip: exportDeckZip, pptx: exportDeckPptx };
