import { ATTRIBUTION as EXPORT_ATTRIBUTION } from '../attribution';
import type { LegendRow as ExportLegendRow, LegendSection } from '../legend';
import type { Bbox, Padding } from '../../state/mapState';
import { asBoundsCamera, bestView, type FittedView, type Mark, type Rect } from './fitMarks';

/** A legend section as the export lays it out: a heading and its rows. */
export type ExportLegendSection = Pick<LegendSection, 'title' | 'rows'>;

/**
 * Where everything goes on a page (the screen, an exported image, a PDF page, a PowerPoint slide),
 * as pure arithmetic (no canvas), so it can be tested. Every size is given for a 1920 px wide image
 * and multiplied by width / 1920: a 3840 × 2160 export is the 1920 × 1080 one drawn twice as sharp.
 */

const BASE_WIDTH = 1920;
export const EXPORT_FONT = 'Noto Sans CJK SC';

export { EXPORT_ATTRIBUTION };

/** Sizes at 1920 px wide. */
export const BASE = {
  margin: 24,
  titleBarHeight: 96,
  titleFont: 34,
  subtitleFont: 20,
  dateFont: 18,
  legendPadding: 16,
  legendHeadingFont: 20,
  legendHeadingHeight: 34,
  legendFont: 18,
  legendRowHeight: 30,
  legendSectionGap: 10,
  legendSymbolWidth: 28,
  legendSymbolHeight: 18,
  legendSymbolGap: 10,
  legendColumnGap: 28,
  attributionFont: 18,
  attributionLineHeight: 28,
  attributionPadding: 12,
  radius: 8,
  border: 1.5,
  /** The north arrow and scale bar panel, top right of the map (the widest scale bar is 220 px). */
  northPanelWidth: 252,
  northPanelHeight: 128,
} as const;

/** Margin (CSS px) kept round the subject on the screen (the presenter's framing). */
export const SCREEN_FRAME_MARGIN = 40;
/** Gap (CSS px of the map) kept between a box and the subject. */
export const FRAME_GAP = 16;
/** Below this share of the size the subject has without a legend, the legend gets a page of its own. */
export const LEGEND_PAGE_SHARE = 0.6;

/** What the page is for: an image (PNG, PDF page, 16:9 slide at any resolution), an A4 page, or the screen with the boxes it already shows. */
export type PageOutput =
  | { kind: 'image'; width: number; height: number }
  | { kind: 'a4'; orientation: 'portrait' | 'landscape' }
  | { kind: 'screen'; width: number; height: number; covered: readonly { name: string; box: Box }[] };

/** What the page is about: the area (the camera's box) and the marks that must stay in view and uncovered. */
export interface PageSubjectMarks {
  bounds: Bbox;
  marks: readonly Mark[];
}

/** The camera of the page's map: fitBounds(bounds, { padding }) in CSS px of the map frame. */
export interface PageCamera {
  bounds: Bbox;
  padding: Padding;
}

/** Width in px of a text at a font size (bold or not); in the page, measured with the canvas. */
export type MeasureText = (text: string, fontPx: number, bold: boolean) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of text; y is the vertical middle of the line. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  fontPx: number;
  bold: boolean;
  align: 'left' | 'right';
}

export type LegendItemLayout =
  | { kind: 'heading'; text: TextItem }
  | { kind: 'row'; row: ExportLegendRow; text: TextItem; symbol: Box };

export interface ExportLayout {
  width: number;
  height: number;
  /** width / 1920 */
  scale: number;
  titleBar: Box;
  /** Where the map image goes: everything below the title bar. */
  map: Box;
  title: TextItem;
  subtitle: TextItem | null;
  date: TextItem;
  legend: { box: Box; items: LegendItemLayout[]; /** legend type relative to the base size (< 1 when shrunk to fit) */ fit: number } | null;
  attribution: { box: Box; lines: TextItem[] };
  /** The north arrow and scale bar panel (none on the screen, which has its own controls). */
  northArrow: Box | null;
  /** The legend on a page of its own (when no place beside the subject leaves it room); then `legend` is null. */
  legendPage: ExportLayout['legend'];
  /** Every box over the map, by name (titleBar, legend, attribution, northArrow; on the screen the boxes it was given). */
  boxes: Record<string, Box>;
  /** The camera fitted to the subject in the part of the map no box covers; null without a subject. */
  camera: PageCamera | null;
  radius: number;
  border: number;
}

export interface LayoutInput {
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  /** The date stamp, already formatted. */
  dateText: string;
  legend: readonly ExportLegendSection[];
  /** What the page is about; without it the legend sits bottom left and no camera is fitted. */
  subject?: PageSubjectMarks;
  zoomRange?: { min: number; max: number };
}

export interface PageLayoutInput extends Omit<LayoutInput, 'width' | 'height'> {
  output: PageOutput;
}

function exportScale(width: number): number {
  return width / BASE_WIDTH;
}

/** The part of the image the map fills (below the title bar); depends on the size only. */
export function mapArea(size: { width: number; height: number }, scale = exportScale(size.width)): Box {
  const bar = Math.round(BASE.titleBarHeight * scale);
  return { x: 0, y: bar, width: size.width, height: size.height - bar };
}

/** Shortens a text with an ellipsis until it fits maxWidth. */
export function fitText(text: string, maxWidth: number, fontPx: number, bold: boolean, measure: MeasureText): string {
  if (measure(text, fontPx, bold) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, fontPx, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

/** The boxes over the map a fit keeps clear of, in map CSS px (the map image is laid out 1920 CSS px wide). */
function toMapCss(box: Box, map: Box, s: number): Rect {
  return { x: (box.x - map.x) / s, y: (box.y - map.y) / s, width: box.width / s, height: box.height / s };
}

/** An image page (PNG, PDF page, PowerPoint slide) as the export has always laid it out: computeLayout is pageLayout for an image. */
export function computeLayout(input: LayoutInput, measure: MeasureText): ExportLayout {
  return pageLayout({ ...input, output: { kind: 'image', width: input.width, height: input.height } }, measure);
}

/** A4 at 96 dpi (what Chromium prints), in CSS px. */
export const A4_PX = { width: 794, height: 1123 } as const;

function outputSize(output: PageOutput): { width: number; height: number } {
  if (output.kind === 'a4') return output.orientation === 'portrait' ? { ...A4_PX } : { width: A4_PX.height, height: A4_PX.width };
  return { width: output.width, height: output.height };
}

/**
 * One page, laid out as data: where the title bar, legend, attribution, north arrow and scale bar
 * (or, on the screen, the boxes the screen already has) go, the map frame, and the camera fitted
 * to the subject in the part of the frame no box covers. The legend goes where it leaves the
 * subject the most room (a corner beside it, in one column or folded into several); where no
 * place leaves the subject at least LEGEND_PAGE_SHARE of its size, it goes on a page of its own.
 * It never covers the subject: the camera is fitted round every box.
 */
export function pageLayout(input: PageLayoutInput, measure: MeasureText): ExportLayout {
  const { width, height } = outputSize(input.output);
  const screen = input.output.kind === 'screen';
  const s = screen ? 1 : input.output.kind === 'a4' ? 0.5 : exportScale(width);
  const px = (v: number) => v * s;
  const margin = px(BASE.margin);
  const map = screen ? { x: 0, y: 0, width, height } : mapArea({ width, height }, s);
  const titleBar: Box = { x: 0, y: 0, width, height: map.y };

  // Title bar: date on the right, title (and subtitle) on the left, shortened to leave room for it.
  const dateFont = px(BASE.dateFont);
  const date: TextItem = { text: screen ? '' : input.dateText, x: width - margin, y: titleBar.height / 2, fontPx: dateFont, bold: false, align: 'right' };
  const textWidth = width - 3 * margin - measure(date.text, dateFont, false);
  const hasSubtitle = !screen && !!input.subtitle?.trim();
  const titleFont = px(BASE.titleFont);
  const subtitleFont = px(BASE.subtitleFont);
  const title: TextItem = {
    text: screen ? '' : fitText(input.title, textWidth, titleFont, true, measure),
    x: margin,
    y: hasSubtitle ? titleBar.height * 0.37 : titleBar.height / 2,
    fontPx: titleFont,
    bold: true,
    align: 'left',
  };
  const subtitle: TextItem | null = hasSubtitle
    ? { text: fitText(input.subtitle!.trim(), textWidth, subtitleFont, false, measure), x: margin, y: titleBar.height * 0.75, fontPx: subtitleFont, bold: false, align: 'left' }
    : null;

  // Attribution and notice, bottom right.
  const attrFont = px(BASE.attributionFont);
  const attrLine = px(BASE.attributionLineHeight);
  const attrPad = px(BASE.attributionPadding);
  const attrTextWidth = Math.max(...EXPORT_ATTRIBUTION.map((t) => measure(t, attrFont, false)));
  const attrBox: Box = {
    width: attrTextWidth + 2 * attrPad,
    height: EXPORT_ATTRIBUTION.length * attrLine + 2 * attrPad,
    x: 0,
    y: 0,
  };
  attrBox.x = width - margin - attrBox.width;
  attrBox.y = height - margin - attrBox.height;
  const lines = EXPORT_ATTRIBUTION.map((text, i) => ({
    text,
    x: attrBox.x + attrBox.width - attrPad,
    y: attrBox.y + attrPad + attrLine * (i + 0.5),
    fontPx: attrFont,
    bold: false,
    align: 'right' as const,
  }));
  // North arrow and scale bar: one panel, top right of the map (its width is the longest bar drawn).
  const northArrow: Box = { x: map.x + map.width - margin - px(BASE.northPanelWidth), y: map.y + margin, width: px(BASE.northPanelWidth), height: px(BASE.northPanelHeight) };

  const covered: { name: string; box: Box }[] = screen
    ? (input.output as Extract<PageOutput, { kind: 'screen' }>).covered.map((c) => ({ ...c }))
    : [
        { name: 'attribution', box: attrBox },
        { name: 'northArrow', box: northArrow },
      ];
  const sections = screen ? [] : input.legend;
  const base = {
    width,
    height,
    scale: s,
    titleBar,
    map,
    title,
    subtitle,
    date,
    attribution: { box: attrBox, lines },
    northArrow: screen ? null : northArrow,
    radius: px(BASE.radius),
    border: px(BASE.border),
  };
  const boxesWith = (legend: ExportLayout['legend']): Record<string, Box> => {
    const named: Record<string, Box> = Object.fromEntries(covered.map((c) => [c.name, c.box]));
    if (!screen) named.titleBar = titleBar;
    if (legend) named.legend = legend.box;
    return named;
  };

  const subject = input.subject;
  const zoomRange = input.zoomRange ?? { min: 7, max: 15 };
  // The frame the camera fits into, in map CSS px, and what covers it.
  const frameMargin = screen ? SCREEN_FRAME_MARGIN : BASE.margin;
  const mapCss = { width: map.width / s, height: map.height / s };
  const frame: Rect = { x: frameMargin, y: frameMargin, width: mapCss.width - 2 * frameMargin, height: mapCss.height - 2 * frameMargin };
  const fit = (boxes: readonly Box[]) => bestView(subject!.marks, frame, boxes.map((b) => toMapCss(b, map, s)), FRAME_GAP, zoomRange);
  const cameraOf = (view: FittedView | null | undefined): PageCamera | null =>
    view && subject ? asBoundsCamera(view, subject.bounds, mapCss) : null;

  // Without a subject (or a legend to place), the legend sits bottom left as it always has.
  const maxLegendWidth = attrBox.x - 2 * margin;
  const maxLegendHeight = map.height - 2 * margin;
  const bottomLeft = layoutLegend(sections, s, { x: margin, bottom: height - margin, maxWidth: maxLegendWidth, maxHeight: maxLegendHeight }, measure);
  if (!subject) return { ...base, legend: bottomLeft, legendPage: null, boxes: boxesWith(bottomLeft), camera: null };
  const fixed = covered.map((c) => c.box);
  const without = fit(fixed);
  if (!bottomLeft) return { ...base, legend: null, legendPage: null, boxes: boxesWith(null), camera: cameraOf(without?.view) };

  // Candidates: one column as tall as the map allows, or folded into more, shorter columns; in each corner.
  let best: { legend: NonNullable<ExportLayout['legend']>; scale: number; view: FittedView } | null = null;
  for (const share of [1, 0.6, 0.4, 0.25]) {
    for (const corner of ['bottom-left', 'top-left', 'bottom-right', 'top-right'] as const) {
      const top = corner.startsWith('top') ? (corner === 'top-right' ? northArrow.y + northArrow.height + margin : map.y + margin) : null;
      const bottom = corner === 'bottom-right' ? attrBox.y - margin : height - margin;
      const room = (top === null ? bottom - map.y - margin : height - margin - top) * share;
      const right = corner.endsWith('right') ? width - margin : null;
      const maxWidth = right === null ? maxLegendWidth : width - 2 * margin;
      const legend = layoutLegend(sections, s, { x: margin, bottom, maxWidth, maxHeight: room }, measure, { top, right });
      if (!legend) continue;
      const b = legend.box;
      if (b.y < map.y + margin - 0.5 || b.y + b.height > height - margin + 0.5 || b.x < 0 || b.x + b.width > width) continue;
      if (fixed.some((f) => overlapsBox(f, b))) continue;
      const found = fit([...fixed, b]);
      if (!found) continue;
      if (!best || found.view.scale > best.scale * 1.02) best = { legend, scale: found.view.scale, view: found.view };
    }
  }
  if (best && (!without || best.scale >= LEGEND_PAGE_SHARE * without.view.scale)) {
    return { ...base, legend: best.legend, legendPage: null, boxes: boxesWith(best.legend), camera: cameraOf(best.view) };
  }
  // No corner leaves the subject enough room: the legend goes on a page of its own.
  const page = layoutLegend(sections, s, { x: margin, bottom: height - margin, maxWidth: width - 2 * margin, maxHeight: map.height - 2 * margin }, measure, { top: map.y + margin, right: null });
  return { ...base, legend: null, legendPage: page, boxes: boxesWith(null), camera: cameraOf(without?.view) };
}

const overlapsBox = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

type FlowItem = { kind: 'heading'; text: string; gapBefore: boolean } | { kind: 'row'; row: ExportLegendRow };

/** A section's rows with the heading of each plan (its title and status) once above the plan's rows. */
function withGroupHeadings(rows: readonly ExportLegendRow[]): FlowItem[] {
  const items: FlowItem[] = [];
  let group: string | undefined;
  for (const row of rows) {
    if (row.group && row.group !== group) items.push({ kind: 'heading', text: row.group, gapBefore: false });
    group = row.group;
    items.push({ kind: 'row', row });
  }
  return items;
}

/** Where a legend box goes: its left edge at area.x and bottom at area.bottom, unless `at` pins its top or its right edge. */
type LegendAnchor = { top: number | null; right: number | null };

function layoutLegend(
  sections: readonly ExportLegendSection[],
  s: number,
  area: { x: number; bottom: number; maxWidth: number; maxHeight: number },
  measure: MeasureText,
  at: LegendAnchor = { top: null, right: null },
): ExportLayout['legend'] {
  const flow: FlowItem[] = sections
    .filter((section) => section.rows.length > 0)
    .flatMap((section, i) => [{ kind: 'heading' as const, text: section.title, gapBefore: i > 0 }, ...withGroupHeadings(section.rows)]);
  if (flow.length === 0) return null;

  let fit = 1;
  for (;;) {
    const attempt = flowColumns(flow, s * fit, area, measure);
    if (attempt.width <= area.maxWidth || fit <= 0.6) return { ...attempt.place(at), fit };
    fit = Math.max(0.6, fit * 0.9);
  }
}

function flowColumns(flow: FlowItem[], u: number, area: { x: number; bottom: number; maxHeight: number }, measure: MeasureText) {
  const pad = BASE.legendPadding * u;
  const rowH = BASE.legendRowHeight * u;
  const headH = BASE.legendHeadingHeight * u;
  const gap = BASE.legendSectionGap * u;
  const font = BASE.legendFont * u;
  const headFont = BASE.legendHeadingFont * u;
  const symW = BASE.legendSymbolWidth * u;
  const symGap = BASE.legendSymbolGap * u;
  const colGap = BASE.legendColumnGap * u;
  const limit = Math.max(area.maxHeight - 2 * pad, headH + rowH);

  interface Placed {
    item: FlowItem;
    y: number; // top, relative to the column
    h: number;
  }
  const columns: { items: Placed[]; height: number; width: number }[] = [{ items: [], height: 0, width: 0 }];
  for (let i = 0; i < flow.length; i++) {
    const item = flow[i];
    let col = columns[columns.length - 1];
    const lead = item.kind === 'heading' && item.gapBefore && col.items.length > 0 ? gap : 0;
    const h = item.kind === 'heading' ? headH : rowH;
    // A heading keeps its first row with it.
    const needed = lead + h + (item.kind === 'heading' && flow[i + 1]?.kind === 'row' ? rowH : 0);
    if (col.items.length > 0 && col.height + needed > limit) {
      col = { items: [], height: 0, width: 0 };
      columns.push(col);
    }
    const before = col.items.length > 0 && item.kind === 'heading' && item.gapBefore ? gap : 0;
    col.items.push({ item, y: col.height + before, h });
    col.height += before + h;
    const w = item.kind === 'heading' ? measure(item.text, headFont, true) : symW + symGap + measure(item.row.label, font, false);
    col.width = Math.max(col.width, w);
  }
  const contentWidth = columns.reduce((sum, c) => sum + c.width, 0) + colGap * (columns.length - 1);
  const contentHeight = Math.max(...columns.map((c) => c.height));
  const width = contentWidth + 2 * pad;
  const height = contentHeight + 2 * pad;

  const place = (at: LegendAnchor) => {
    const box: Box = { x: at.right === null ? area.x : at.right - width, y: at.top === null ? area.bottom - height : at.top, width, height };
    const items: LegendItemLayout[] = [];
    let x = box.x + pad;
    for (const col of columns) {
      for (const { item, y, h } of col.items) {
        const top = box.y + pad + y;
        if (item.kind === 'heading') {
          items.push({ kind: 'heading', text: { text: item.text, x, y: top + h / 2, fontPx: headFont, bold: true, align: 'left' } });
        } else {
          items.push({
            kind: 'row',
            row: item.row,
            // The cell the symbol is centred in: the symbol column of the row.
            symbol: { x, y: top, width: symW, height: h },
            text: { text: item.row.label, x: x + symW + symGap, y: top + h / 2, fontPx: font, bold: false, align: 'left' },
          });
        }
      }
      x += col.width + colGap;
    }
    return { box, items };
  };
  return { width, place };
}
