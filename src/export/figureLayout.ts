/**
 * A slide's chart or table (the 规划目标 view's timeline of plan periods, or one of its target
 * tables) laid out for an exported page, from the same data the screen's components read
 * (src/targets/targets.ts): pure arithmetic into marks (texts, boxes, lines, dots) at the page's
 * base size (a 1920 px wide page, type as the presenter's figure at 1920 px: 25 px). The page layout
 * gives the figure its box (src/map/page/pageLayout.ts) and compose.ts draws the marks into it.
 */
import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import { PLAN_PERIODS, TARGET_TABLES, rowBars } from '../targets/targets';
import type { PlanPeriod, TargetTable } from '../targets/types';
import type { MeasureText } from './layout';

/** What a slide can hold (the presenter's SlideFigure, src/modes/present/slide.ts, has the same shape). */
export type ExportFigure = { kind: 'plan-periods' } | { kind: 'target-table'; table: string };

export type FigureMark =
  | { kind: 'text'; text: string; x: number; y: number; fontPx: number; bold: boolean; align: 'left' | 'center' | 'right'; color: string }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string; radius: number }
  | { kind: 'line'; x0: number; y0: number; x1: number; y1: number; color: string; width: number; dash?: number[] }
  | { kind: 'dot'; x: number; y: number; r: number; color: string };

export interface FigureLayout {
  /** Size at the base scale (a 1920 px wide page). */
  width: number;
  height: number;
  /** In figure px from its top left; y of a text is its vertical middle. */
  marks: FigureMark[];
  /** What it shows, for the PowerPoint picture's alt text. */
  title: string;
}

/** The presenter's figure at 1920 px wide: font 25 px, at most 1500 px wide, padding 16 28 20. */
const F = { font: 25, heading: 29, small: 21, note: 19, axis: 20, width: 1500, padX: 28, padTop: 16, padBottom: 20 } as const;
const C = { text: '#1f2937', muted: '#555555', note: '#7c2d12', rule: '#e3e3e3', axis: '#bbbbbb', head: '#f4f6f8', span: '#c7d7ea', milestone: '#2b6cb0', bar: '#2b6cb0', base: '#9ca3af', dotted: '#dddddd' } as const;

const text = (t: string, x: number, y: number, fontPx: number, options: Partial<{ bold: boolean; align: 'left' | 'center' | 'right'; color: string }> = {}): FigureMark => ({
  kind: 'text',
  text: t,
  x,
  y,
  fontPx,
  bold: options.bold ?? false,
  align: options.align ?? 'left',
  color: options.color ?? C.text,
});

/** The timeline of plan periods (PlanTimeline on screen): a year axis, a bar per plan with its target years. */
export function periodsLayout(periods: readonly PlanPeriod[], measure: MeasureText): FigureLayout {
  const marks: FigureMark[] = [];
  const first = Math.min(...periods.map((p) => p.start));
  const last = Math.max(...periods.map((p) => p.end));
  const span = last - first + 1;
  const inner = F.width - 2 * F.padX;
  const small = (p: PlanPeriod) => t(m.figPeriodYears, { years: p.start === p.end ? String(p.start) : `${p.start}—${p.end}`, targets: p.milestones.join(t(m.figListSep)) });
  const labelWidth = Math.max(...periods.flatMap((p) => [measure(p.label, F.font, false), measure(small(p), F.small, false)]));
  const labelCol = Math.min(inner * 0.5, Math.max(inner * 0.4, labelWidth + 24));
  const track = { x: F.padX + labelCol, width: inner - labelCol };
  const xOf = (year: number) => track.x + ((year - first) / span) * track.width;
  const cell = track.width / span;
  let y = F.padTop;
  marks.push(text(t(m.figPeriodsTitle), F.padX, y + 22, F.heading, { bold: true }));
  y += 54;
  for (let year = first; year <= last; year++) marks.push(text(String(year).slice(2), xOf(year) + cell / 2, y + 14, F.axis, { align: 'center', color: C.muted }));
  y += 30;
  marks.push({ kind: 'line', x0: track.x, y0: y, x1: track.x + track.width, y1: y, color: C.axis, width: 1 });
  y += 6;
  for (const p of periods) {
    const rowH = 76;
    marks.push(text(p.label, F.padX, y + 22, F.font));
    marks.push(text(small(p), F.padX, y + 54, F.small, { color: C.muted }));
    const mid = y + rowH / 2;
    marks.push({ kind: 'rect', x: xOf(p.start), y: mid - 8, width: (p.end - p.start + 1) * cell, height: 16, color: C.span, radius: 3 });
    for (const m of p.milestones) marks.push({ kind: 'dot', x: xOf(m) + cell / 2, y: mid, r: 8, color: C.milestone });
    y += rowH;
    marks.push({ kind: 'line', x0: F.padX, y0: y, x1: F.padX + inner, y1: y, color: C.dotted, width: 1, dash: [2, 2] });
  }
  y += 8;
  marks.push(text(t(m.figPeriodsNote), F.padX, y + 14, F.note, { color: C.muted }));
  y += 28 + F.padBottom;
  return { width: F.width, height: y, marks, title: t(m.figPeriodsTitle) };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** A target table (TargetTable on screen): indicator, unit, the figure of each year as printed, bars against the target, the source. */
export function tableLayout(table: TargetTable, measure: MeasureText): FigureLayout {
  const marks: FigureMark[] = [];
  const hasBars = table.rows.some((r) => rowBars(r).length > 0);
  const baselineYears = new Set(table.rows.flatMap((r) => r.values.filter((v) => v.baseline).map((v) => v.year)));
  const yearHead = (y: number) => `${y}${baselineYears.has(y) ? t(m.figBaseline) : ''}`;
  const cellPad = 8;
  const unitW = Math.max(measure(t(m.figUnit), F.font, true), ...table.rows.map((r) => measure(r.unit, F.font, false))) + 2 * cellPad + 40;
  const yearW = table.years.map((y) => Math.max(measure(yearHead(y), F.font, true), ...table.rows.map((r) => measure(r.values.find((v) => v.year === y)?.text ?? '', F.font, false))) + 2 * cellPad + 60);
  const barsW = hasBars ? 200 : 0;
  const inner = F.width - 2 * F.padX;
  const indicatorW = Math.max(inner - unitW - yearW.reduce((a, b) => a + b, 0) - barsW, ...table.rows.map((r) => measure(r.indicator, F.font, false) + 2 * cellPad));
  const width = indicatorW + unitW + yearW.reduce((a, b) => a + b, 0) + barsW + 2 * F.padX;
  const columns: number[] = [F.padX];
  for (const w of [indicatorW, unitW, ...yearW]) columns.push(columns[columns.length - 1] + w);
  let y = F.padTop;
  marks.push(text(table.title, F.padX, y + 22, F.heading, { bold: true }));
  y += 54;
  if (table.caption) {
    marks.push(text(table.caption, F.padX, y + 12, F.note, { color: C.muted }));
    y += 32;
  }
  const headH = 48;
  marks.push({ kind: 'rect', x: F.padX, y, width: width - 2 * F.padX, height: headH, color: C.head, radius: 0 });
  const heads = [t(m.figIndicator), t(m.figUnit), ...table.years.map(yearHead), ...(hasBars ? [t(m.figAgainst)] : [])];
  heads.forEach((h, i) => marks.push(text(h, columns[i] + cellPad, y + headH / 2, F.font, { bold: true })));
  y += headH;
  marks.push({ kind: 'line', x0: F.padX, y0: y, x1: width - F.padX, y1: y, color: C.rule, width: 1 });
  for (const row of table.rows) {
    const rowH = 49 + (row.note ? 22 : 0);
    marks.push(text(row.indicator, columns[0] + cellPad, y + 24, F.font));
    if (row.note) marks.push(text(row.note, columns[0] + cellPad, y + 54, F.note, { color: C.note }));
    marks.push(text(row.unit, columns[1] + cellPad, y + 24, F.font));
    table.years.forEach((year, i) => marks.push(text(row.values.find((v) => v.year === year)?.text ?? '', columns[2 + i] + cellPad, y + 24, F.font)));
    if (hasBars) {
      const bars = rowBars(row);
      const x = columns[columns.length - 1] + cellPad;
      const barW = 120;
      if (bars.length === 0) marks.push(text('—', x, y + 24, F.font, { color: '#999999' }));
      bars.forEach((b, i) => {
        const by = y + 10 + i * 12;
        marks.push({ kind: 'rect', x, y: by, width: Math.min(1, b.share) * barW, height: 8, color: b.baseline ? C.base : C.bar, radius: 0 });
        marks.push(text(pct(b.share), x + barW + 4, by + 4, 11, { color: C.muted }));
      });
      if (bars.length > 0) marks.push({ kind: 'line', x0: x + barW, y0: y + 8, x1: x + barW, y1: y + 10 + bars.length * 12, color: C.text, width: 1, dash: [3, 2] });
    }
    y += rowH;
    marks.push({ kind: 'line', x0: F.padX, y0: y, x1: width - F.padX, y1: y, color: C.rule, width: 1 });
  }
  y += 8;
  marks.push(text(t(m.figSource, { document: table.source.document, section: table.source.section }), F.padX, y + 14, F.note, { color: C.muted }));
  y += 28 + F.padBottom;
  return { width, height: y, marks, title: table.title };
}

/** The figure's layout, or null when the slide names a table that does not exist (the page then shows its map alone). */
export function figureLayout(figure: ExportFigure, measure: MeasureText): FigureLayout | null {
  if (figure.kind === 'plan-periods') return periodsLayout(PLAN_PERIODS, measure);
  const table = TARGET_TABLES.find((t) => t.id === figure.table);
  return table ? tableLayout(table, measure) : null;
}
