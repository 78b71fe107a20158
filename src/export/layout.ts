import { ATTRIBUTION as EXPORT_ATTRIBUTION } from '../map/attribution';
import type { LegendRow as ExportLegendRow, LegendSection } from '../map/legend';

/** A legend section as the export lays it out: a heading and its rows. */
export type ExportLegendSection = Pick<LegendSection, 'title' | 'rows'>;

/**
 * Where everything goes on an exported image, as pure arithmetic (no canvas), so it can be tested.
 * Every size is given for a 1920 px wide image and multiplied by width / 1920: a 3840 × 2160
 * export is the 1920 × 1080 one drawn twice as sharp.
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
} as const;

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
}

function exportScale(width: number): number {
  return width / BASE_WIDTH;
}

/** The part of the image the map fills (below the title bar); depends on the size only. */
export function mapArea(size: { width: number; height: number }): Box {
  const bar = Math.round(BASE.titleBarHeight * exportScale(size.width));
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

export function computeLayout(input: LayoutInput, measure: MeasureText): ExportLayout {
  const { width, height } = input;
  const s = exportScale(width);
  const px = (v: number) => v * s;
  const margin = px(BASE.margin);
  const map = mapArea(input);
  const titleBar: Box = { x: 0, y: 0, width, height: map.y };

  // Title bar: date on the right, title (and subtitle) on the left, shortened to leave room for it.
  const dateFont = px(BASE.dateFont);
  const date: TextItem = { text: input.dateText, x: width - margin, y: titleBar.height / 2, fontPx: dateFont, bold: false, align: 'right' };
  const textWidth = width - 3 * margin - measure(input.dateText, dateFont, false);
  const hasSubtitle = !!input.subtitle?.trim();
  const titleFont = px(BASE.titleFont);
  const subtitleFont = px(BASE.subtitleFont);
  const title: TextItem = {
    text: fitText(input.title, textWidth, titleFont, true, measure),
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

  // Legend, bottom left, in as many columns as its height allows; shrunk if it would reach the attribution.
  const maxLegendWidth = attrBox.x - 2 * margin;
  const maxLegendHeight = map.height - 2 * margin;
  const legend = layoutLegend(input.legend, s, { x: margin, bottom: height - margin, maxWidth: maxLegendWidth, maxHeight: maxLegendHeight }, measure);

  return { width, height, scale: s, titleBar, map, title, subtitle, date, legend, attribution: { box: attrBox, lines }, radius: px(BASE.radius), border: px(BASE.border) };
}

type FlowItem = { kind: 'heading'; text: string; gapBefore: boolean } | { kind: 'row'; row: ExportLegendRow };

function layoutLegend(
  sections: readonly ExportLegendSection[],
  s: number,
  area: { x: number; bottom: number; maxWidth: number; maxHeight: number },
  measure: MeasureText,
): ExportLayout['legend'] {
  const flow: FlowItem[] = sections
    .filter((section) => section.rows.length > 0)
    .flatMap((section, i) => [{ kind: 'heading' as const, text: section.title, gapBefore: i > 0 }, ...section.rows.map((row) => ({ kind: 'row' as const, row }))]);
  if (flow.length === 0) return null;

  let fit = 1;
  for (;;) {
    const attempt = flowColumns(flow, s * fit, area, measure);
    if (attempt.width <= area.maxWidth || fit <= 0.6) return { ...attempt.place(), fit };
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

  const place = () => {
    const box: Box = { x: area.x, y: area.bottom - height, width, height };
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
