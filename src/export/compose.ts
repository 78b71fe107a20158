import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import { displayDate } from './displayDate';
import { legendSwatchSvg, type LegendSymbol } from '../map/symbols';
import { figureLayout, type ExportFigure, type FigureLayout } from './figureLayout';
import { scaleBar } from './scaleBar';
import { EXPORT_FONT, pageLayout, type Box, type ExportLayout, type ExportLegendSection, type MeasureText, type PageSubjectMarks, type TextItem } from './layout';

/**
 * Draws an exported image: the captured map below a title bar, the legend (bottom left), the
 * attribution and the schematic notice (bottom right) and a date stamp, all scaled with the width.
 */

export interface ComposeOptions {
  title: string;
  subtitle?: string;
  /** Date of the stamp; today when left out. */
  date?: Date;
  legend: readonly ExportLegendSection[];
  /** The area the map image shows: a scale bar and a north arrow are drawn when known. */
  mapBounds?: [number, number, number, number] | null;
  /** What the page is about: the layout fits the camera to it and keeps every box off it. */
  subject?: PageSubjectMarks;
  /** A chart or table over the map (a slide's figure): the page layout gives it its box. */
  figure?: ExportFigure;
  /** The page's layout when already made (the map was drawn for it); made from the rest when left out. */
  layout?: ExportLayout;
  /**
   * A canvas of the page's size to draw the page into (a deck reuses one for every page: a new
   * canvas of that size costs more to allocate than drawing the page). A new one when left out.
   */
  canvas?: HTMLCanvasElement;
}

const COLORS = {
  page: '#ffffff',
  title: '#1f2937',
  subtitle: '#475569',
  date: '#64748b',
  rule: '#cbd5e1',
  boxFill: 'rgba(255,255,255,0.94)',
  boxLine: '#cbd5e1',
  text: '#1f2937',
} as const;


/** The stamp in the title bar. */
function dateLine(date: Date): string {
  return t(m.dateLine, { date: displayDate(date) });
}

function fontSpec(px: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${px.toFixed(2)}px "${EXPORT_FONT}", sans-serif`;
}

/** Waits until the CJK font can be drawn on a canvas (it is a system font, but may load lazily). */
async function fontsReady(): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return;
  try {
    await Promise.all([fonts.load(fontSpec(20, false), '\u4e1c\u839e'), fonts.load(fontSpec(20, true), '\u4e1c\u839e')]);
    await fonts.ready;
  } catch {
    // A font that cannot be loaded falls back to sans-serif; the export still works.
  }
}

function canvasMeasure(ctx: CanvasRenderingContext2D): MeasureText {
  return (text, fontPx, bold) => {
    ctx.font = fontSpec(fontPx, bold);
    return ctx.measureText(text).width;
  };
}

/** Without a canvas (a unit test's DOM): a CJK glyph is one em wide. */
const emMeasure: MeasureText = (text, fontPx, bold) => [...text].length * fontPx * (bold ? 1.05 : 1);

function exportMeasure(): MeasureText {
  const ctx = typeof document !== 'undefined' ? newCanvas(1, 1).getContext('2d') : null;
  return ctx ? canvasMeasure(ctx) : emMeasure;
}

/** Legend swatches by their SVG: a deck draws the same few on every page. */
const swatches = new Map<string, Promise<HTMLImageElement>>();

function loadSvg(svg: string): Promise<HTMLImageElement> {
  let found = swatches.get(svg);
  if (!found) {
    found = decodeSvg(svg);
    swatches.set(svg, found);
    found.catch(() => swatches.delete(svg));
    // A few dozen kinds of swatch exist; keep the map from growing without end all the same.
    if (swatches.size > 200) swatches.delete(swatches.keys().next().value!);
  }
  return found;
}

function decodeSvg(svg: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(t(m.legendSymbolFailed)));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

function newCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** A canvas's 2D context; `opaque` for a whole page (its PNG is then RGB, which a PDF takes as it is: src/export/pdfImage.ts). */
function context(canvas: HTMLCanvasElement, opaque = false): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { alpha: !opaque });
  if (!ctx) throw new Error(t(m.noCanvas));
  return ctx;
}

/**
 * The page layout (src/map/page/pageLayout.ts) of an exported image, PDF page or PowerPoint slide
 * of `size`, with text measured in the export font: where the title bar, legend, attribution and
 * north arrow go, and the camera that keeps the subject clear of them.
 */
export function exportPageLayout(size: { width: number; height: number }, options: Omit<ComposeOptions, 'layout' | 'mapBounds' | 'canvas'>): ExportLayout {
  const figure = options.figure ? figureLayout(options.figure, exportMeasure()) : null;
  return pageLayout(
    {
      output: { kind: 'image', width: size.width, height: size.height },
      title: options.title,
      subtitle: options.subtitle,
      dateText: dateLine(options.date ?? new Date()),
      legend: options.legend,
      subject: options.subject,
      figure: figure ? { width: figure.width, height: figure.height } : undefined,
    },
    exportMeasure(),
  );
}

function layoutFor(size: { width: number; height: number }, options: ComposeOptions): ExportLayout {
  return options.layout ?? exportPageLayout(size, options);
}

/**
 * A new canvas of exactly size.width × size.height with the map image (drawn into the area below
 * the title bar, see mapArea) and everything around it.
 */
export async function composeExport(
  mapImage: CanvasImageSource,
  size: { width: number; height: number },
  options: ComposeOptions,
): Promise<HTMLCanvasElement> {
  await fontsReady();
  const layout = layoutFor(size, options);
  const reuse = options.canvas && options.canvas.width === size.width && options.canvas.height === size.height;
  const canvas = reuse ? options.canvas! : newCanvas(size.width, size.height);
  const ctx = context(canvas, true);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = COLORS.page;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(mapImage, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  drawTitleBar(ctx, layout);
  if (layout.legend) await drawLegend(ctx, layout.legend, layout);
  drawAttribution(ctx, layout);
  if (options.mapBounds) drawScaleAndNorth(ctx, layout, options.mapBounds);
  const figure = options.figure && layout.figure ? figureLayout(options.figure, canvasMeasure(ctx)) : null;
  if (figure && layout.figure) drawFigure(ctx, figure, layout.figure, layout);
  return canvas;
}

/** The figure alone (for PowerPoint), cut out like the legend; null when the page has none. */
export async function composeFigure(layout: ExportLayout, figure: ExportFigure | undefined): Promise<{ canvas: HTMLCanvasElement; box: Box; title: string } | null> {
  if (!figure || !layout.figure) return null;
  await fontsReady();
  const drawn = figureLayout(figure, exportMeasure());
  if (!drawn) return null;
  const at = layout.figure;
  return { ...(await cutOut(layout, at.box, (ctx) => drawFigure(ctx, drawn, at, layout))), title: drawn.title };
}

/** A figure's marks in its box: a white panel like the presenter's, everything scaled with the page. */
function drawFigure(ctx: CanvasRenderingContext2D, figure: FigureLayout, at: NonNullable<ExportLayout['figure']>, layout: ExportLayout): void {
  panel(ctx, at.box, layout);
  const k = at.scale;
  const X = (x: number) => at.box.x + x * k;
  const Y = (y: number) => at.box.y + y * k;
  ctx.save();
  for (const mark of figure.marks) {
    if (mark.kind === 'text') {
      ctx.font = fontSpec(mark.fontPx * k, mark.bold);
      ctx.fillStyle = mark.color;
      ctx.textAlign = mark.align;
      ctx.textBaseline = 'middle';
      ctx.fillText(mark.text, X(mark.x), Y(mark.y));
    } else if (mark.kind === 'rect') {
      ctx.fillStyle = mark.color;
      ctx.beginPath();
      ctx.roundRect(X(mark.x), Y(mark.y), mark.width * k, mark.height * k, mark.radius * k);
      ctx.fill();
    } else if (mark.kind === 'line') {
      ctx.strokeStyle = mark.color;
      ctx.lineWidth = Math.max(1, mark.width * k);
      ctx.setLineDash((mark.dash ?? []).map((d) => d * k));
      ctx.beginPath();
      ctx.moveTo(X(mark.x0), Y(mark.y0));
      ctx.lineTo(X(mark.x1), Y(mark.y1));
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.fillStyle = mark.color;
      ctx.beginPath();
      ctx.arc(X(mark.x), Y(mark.y), mark.r * k, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.restore();
}

/**
 * The legend alone, as the full export draws it on its page (same symbols, same type), cut out
 * with a small margin for its shadow; `box` says where it sits on that page. Null when the page
 * has no legend.
 */
export async function composeLegend(layout: ExportLayout): Promise<{ canvas: HTMLCanvasElement; box: Box } | null> {
  if (!layout.legend) return null;
  await fontsReady();
  return cutOut(layout, layout.legend.box, (ctx) => drawLegend(ctx, layout.legend!, layout));
}

/** The north arrow and scale bar panel alone (for PowerPoint), cut out like the legend. */
export async function composeNorthArrow(layout: ExportLayout, bounds: [number, number, number, number] | null): Promise<{ canvas: HTMLCanvasElement; box: Box } | null> {
  if (!layout.northArrow || !bounds) return null;
  await fontsReady();
  return cutOut(layout, layout.northArrow, (ctx) => drawScaleAndNorth(ctx, layout, bounds));
}

async function cutOut(layout: ExportLayout, area: Box, draw: (ctx: CanvasRenderingContext2D) => Promise<void> | void): Promise<{ canvas: HTMLCanvasElement; box: Box }> {
  const pad = Math.ceil(8 * layout.scale);
  const box = { x: Math.floor(area.x - pad), y: Math.floor(area.y - pad), width: Math.ceil(area.width + 2 * pad), height: Math.ceil(area.height + 2 * pad) };
  const canvas = newCanvas(box.width, box.height);
  const ctx = context(canvas);
  ctx.translate(-box.x, -box.y);
  await draw(ctx);
  return { canvas, box };
}

/**
 * The page a legend gets when no place beside the subject leaves the subject room (see
 * pageLayout): the title bar and the legend, nothing else. Null when the legend fits on the map page.
 */
export async function composeLegendPage(size: { width: number; height: number }, layout: ExportLayout): Promise<HTMLCanvasElement | null> {
  if (!layout.legendPage) return null;
  await fontsReady();
  const canvas = newCanvas(size.width, size.height);
  const ctx = context(canvas, true);
  ctx.fillStyle = COLORS.page;
  ctx.fillRect(0, 0, size.width, size.height);
  drawTitleBar(ctx, { ...layout, title: { ...layout.title, text: t(m.legendTitle, { title: layout.title.text }) } });
  await drawLegend(ctx, layout.legendPage, layout);
  return canvas;
}

/**
 * Top right of the map: a north arrow (the map is north-up, never rotated) and a scale bar of a
 * round length, both scaled with the image like every other size.
 */
function drawScaleAndNorth(ctx: CanvasRenderingContext2D, layout: ExportLayout, bounds: [number, number, number, number]): void {
  const u = layout.scale;
  const area = layout.northArrow;
  if (!area) return;
  const right = area.x + area.width;
  const top = area.y;
  const bar = scaleBar(bounds, layout.map.width, 220 * u);
  const boxW = Math.max(bar ? bar.px : 0, 60 * u) + 32 * u;
  const box = { x: right - boxW, y: top, width: boxW, height: (bar ? 128 : 84) * u };
  panel(ctx, box, layout);
  // North arrow: a filled half and an outlined half, with N above.
  const cx = box.x + box.width / 2;
  const tip = top + 36 * u;
  const foot = top + 72 * u;
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(cx, tip);
  ctx.lineTo(cx + 11 * u, foot);
  ctx.lineTo(cx, foot - 9 * u);
  ctx.lineTo(cx - 11 * u, foot);
  ctx.closePath();
  ctx.lineWidth = 1.5 * u;
  ctx.strokeStyle = COLORS.title;
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(cx, tip);
  ctx.lineTo(cx - 11 * u, foot);
  ctx.lineTo(cx, foot - 9 * u);
  ctx.closePath();
  ctx.fillStyle = COLORS.title;
  ctx.fill();
  ctx.restore();
  drawText(ctx, { text: 'N', x: cx + 7 * u, y: top + 18 * u, fontPx: 20 * u, bold: true, align: 'right' }, COLORS.title);
  if (!bar) return;
  const y = top + 96 * u;
  const x0 = cx - bar.px / 2;
  ctx.save();
  ctx.fillStyle = COLORS.title;
  ctx.fillRect(x0, y, bar.px, 4 * u);
  ctx.fillRect(x0, y - 6 * u, 2 * u, 10 * u);
  ctx.fillRect(x0 + bar.px - 2 * u, y - 6 * u, 2 * u, 10 * u);
  ctx.restore();
  const label = { text: bar.label, x: cx, y: y + 18 * u, fontPx: 18 * u, bold: false, align: 'left' as const };
  ctx.font = fontSpec(label.fontPx, false);
  label.x = cx - ctx.measureText(bar.label).width / 2;
  drawText(ctx, label, COLORS.text);
}

function drawText(ctx: CanvasRenderingContext2D, item: TextItem, color: string): void {
  ctx.font = fontSpec(item.fontPx, item.bold);
  ctx.fillStyle = color;
  ctx.textAlign = item.align;
  ctx.textBaseline = 'middle';
  ctx.fillText(item.text, item.x, item.y);
}

function roundedBox(ctx: CanvasRenderingContext2D, box: Box, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, radius);
}

function panel(ctx: CanvasRenderingContext2D, box: Box, layout: ExportLayout): void {
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.15)';
  ctx.shadowBlur = 6 * layout.scale;
  ctx.shadowOffsetY = 1 * layout.scale;
  roundedBox(ctx, box, layout.radius);
  ctx.fillStyle = COLORS.boxFill;
  ctx.fill();
  ctx.restore();
  roundedBox(ctx, box, layout.radius);
  ctx.lineWidth = layout.border;
  ctx.strokeStyle = COLORS.boxLine;
  ctx.stroke();
}

function drawTitleBar(ctx: CanvasRenderingContext2D, layout: ExportLayout): void {
  const bar = layout.titleBar;
  ctx.fillStyle = COLORS.page;
  ctx.fillRect(bar.x, bar.y, bar.width, bar.height);
  ctx.fillStyle = COLORS.rule;
  const rule = Math.max(1, 2 * layout.scale);
  ctx.fillRect(0, bar.height - rule, bar.width, rule);
  drawText(ctx, layout.title, COLORS.title);
  if (layout.subtitle) drawText(ctx, layout.subtitle, COLORS.subtitle);
  drawText(ctx, layout.date, COLORS.date);
}

function drawAttribution(ctx: CanvasRenderingContext2D, layout: ExportLayout): void {
  panel(ctx, layout.attribution.box, layout);
  for (const line of layout.attribution.lines) drawText(ctx, line, COLORS.text);
}

async function drawLegend(ctx: CanvasRenderingContext2D, legend: NonNullable<ExportLayout['legend']>, layout: ExportLayout): Promise<void> {
  panel(ctx, legend.box, layout);
  for (const item of legend.items) {
    if (item.kind === 'heading') {
      drawText(ctx, item.text, COLORS.title);
    } else {
      await drawSymbol(ctx, item.row.symbol, item.symbol);
      drawText(ctx, item.text, COLORS.text);
    }
  }
}

/** Draws a legend symbol in its cell from the symbol table's swatch, the same drawing as on screen. */
async function drawSymbol(ctx: CanvasRenderingContext2D, symbol: LegendSymbol, cell: Box): Promise<void> {
  const size = Math.min(cell.width, cell.height);
  const img = await loadSvg(legendSwatchSvg(symbol, Math.round(size * 2), Math.round(size * 2)));
  ctx.drawImage(img, cell.x + (cell.width - size) / 2, cell.y + (cell.height - size) / 2, size, size);
}

/** PNG bytes of a canvas. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t(m.pngFailed)))), 'image/png');
  });
}
