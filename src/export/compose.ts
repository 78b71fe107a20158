import { NODE_SIZE, hatchSvg, roleSymbolSvg } from '../map/layers/symbols';
import { EXPORT_FONT, computeLayout, type Box, type ExportLayout, type MeasureText, type TextItem } from './layout';
import type { ExportLegendSection, ExportSymbol } from './legendModel';

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
  swatchLine: '#94a3b8',
  unsetLine: '#64748b',
} as const;

/** YYYY-MM-DD in local time. */
export function formatDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** The stamp in the title bar. */
function dateLine(date: Date): string {
  return `制图日期 ${formatDate(date)}`;
}

function fontSpec(px: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${px.toFixed(2)}px "${EXPORT_FONT}", sans-serif`;
}

/** Waits until the CJK font can be drawn on a canvas (it is a system font, but may load lazily). */
async function fontsReady(): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return;
  try {
    await Promise.all([fonts.load(fontSpec(20, false), '东莞'), fonts.load(fontSpec(20, true), '东莞')]);
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

/** The same SVG at another display size (the viewBox keeps its drawing). */
function resizeSvg(svg: string, width: number, height: number): string {
  return svg.replace(/^<svg([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${width}" height="${height}"`);
}

function loadSvg(svg: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('图例符号无法绘制'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

function newCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('浏览器无法创建画布');
  return ctx;
}

/** The layout for a size, title and legend, with text measured in the export font. */
function layoutFor(size: { width: number; height: number }, options: ComposeOptions): ExportLayout {
  const measure = canvasMeasure(context(newCanvas(1, 1)));
  return computeLayout(
    { width: size.width, height: size.height, title: options.title, subtitle: options.subtitle, dateText: dateLine(options.date ?? new Date()), legend: options.legend },
    measure,
  );
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
  const canvas = newCanvas(size.width, size.height);
  const ctx = context(canvas);
  ctx.fillStyle = COLORS.page;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(mapImage, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  drawTitleBar(ctx, layout);
  if (layout.legend) await drawLegend(ctx, layout);
  drawAttribution(ctx, layout);
  return canvas;
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

async function drawLegend(ctx: CanvasRenderingContext2D, layout: ExportLayout): Promise<void> {
  const legend = layout.legend!;
  panel(ctx, legend.box, layout);
  const u = layout.scale * legend.fit;
  for (const item of legend.items) {
    if (item.kind === 'heading') {
      drawText(ctx, item.text, COLORS.title);
    } else {
      await drawSymbol(ctx, item.row.symbol, item.symbol, u);
      drawText(ctx, item.text, COLORS.text);
    }
  }
}

/** Draws a legend symbol centred in its cell; u = px per CSS px of the on-screen legend. */
async function drawSymbol(ctx: CanvasRenderingContext2D, symbol: ExportSymbol, cell: Box, u: number): Promise<void> {
  const cx = cell.x + cell.width / 2;
  const cy = cell.y + cell.height / 2;
  // The on-screen swatch is 20 × 14 CSS px in a 12 px legend; here the legend type is 18 px.
  const sw = cell.width;
  const sh = 18 * u;
  const swatch = { x: cell.x, y: cy - sh / 2, width: sw, height: sh };
  ctx.save();
  switch (symbol.kind) {
    case 'zone': {
      const lw = 2.5 * u;
      roundedBox(ctx, swatch, 2 * u);
      ctx.fillStyle = `${symbol.color}52`;
      ctx.fill();
      roundedBox(ctx, inset(swatch, lw / 2), 2 * u);
      ctx.lineWidth = lw;
      ctx.strokeStyle = symbol.color;
      ctx.stroke();
      break;
    }
    case 'hatch': {
      const tile = Math.max(4, Math.round(10 * u));
      const img = await loadSvg(resizeSvg(hatchSvg(symbol.color), tile, tile));
      const pattern = ctx.createPattern(img, 'repeat');
      roundedBox(ctx, swatch, 2 * u);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      if (pattern) {
        pattern.setTransform(new DOMMatrix().translate(swatch.x, swatch.y));
        ctx.fillStyle = pattern;
        ctx.fill();
      }
      const lw = 2 * u;
      roundedBox(ctx, inset(swatch, lw / 2), 2 * u);
      ctx.lineWidth = lw;
      ctx.setLineDash([4 * u, 2.5 * u]);
      ctx.strokeStyle = symbol.color;
      ctx.stroke();
      break;
    }
    case 'role': {
      // The map draws these markers NODE_SIZE CSS px wide in a 1920 px layout: the same size here.
      const size = NODE_SIZE * u;
      const img = await loadSvg(resizeSvg(roleSymbolSvg(symbol.roleKind, symbol.color, NODE_SIZE, symbol.partial), size, size));
      ctx.drawImage(img, cx - size / 2, cy - size / 2, size, size);
      break;
    }
    case 'axis': {
      // The map's axis: 5 px wide, dashes of 2.5 and gaps of 1.2 line widths, round caps, on a white casing.
      const lw = 5 * u;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(cell.x + lw / 2, cy);
      ctx.lineTo(cell.x + cell.width - lw / 2, cy);
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 9 * u;
      ctx.stroke();
      ctx.setLineDash([2.5 * lw - lw, 1.2 * lw + lw]);
      ctx.strokeStyle = symbol.color;
      ctx.lineWidth = lw;
      ctx.beginPath();
      ctx.moveTo(cell.x + lw / 2, cy);
      ctx.lineTo(cell.x + cell.width - lw / 2, cy);
      ctx.stroke();
      break;
    }
    case 'base': {
      // The map's base marker: a circle at 55 % opacity with a 2.5 px ring in the same colour.
      const r = 9 * u;
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.fillStyle = `${symbol.color}8c`;
      ctx.fill();
      ctx.lineWidth = 2.5 * u;
      ctx.strokeStyle = symbol.color;
      ctx.stroke();
      break;
    }
    case 'swatch': {
      roundedBox(ctx, swatch, 2 * u);
      ctx.fillStyle = symbol.color;
      ctx.fill();
      const lw = 1.2 * u;
      roundedBox(ctx, inset(swatch, lw / 2), 2 * u);
      ctx.lineWidth = lw;
      if (symbol.unset) ctx.setLineDash([3 * u, 2 * u]);
      ctx.strokeStyle = symbol.unset ? COLORS.unsetLine : COLORS.swatchLine;
      ctx.stroke();
      break;
    }
  }
  ctx.restore();
}

function inset(box: Box, d: number): Box {
  return { x: box.x + d, y: box.y + d, width: box.width - 2 * d, height: box.height - 2 * d };
}

/** PNG bytes of a canvas. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('图片编码失败'))), 'image/png');
  });
}
