/**
 * How many columns a map legend folds into so that all of it shows in its box. A column is added
 * only while it helps: where the box cannot widen (the presenter's), more columns are narrower
 * columns whose wrapped names are as tall as before. So a fold that is no shorter than one column
 * fewer, or that leaves room for fewer than MIN_COLUMN_EMS characters a line, goes back one step
 * and stays there (the box scrolls).
 */
export const MAX_COLUMNS = 4;
/** The least room per column, in the rows' font size (about that many Chinese characters a line). */
const MIN_COLUMN_EMS = 8;

export interface Fold {
  /** The legend's rows this fold was found for: other rows start again from one column. */
  key: string;
  columns: number;
  /** The body's scroll height with one column fewer (Infinity with one column). */
  heightBefore: number;
  /** Final: one more column did not help. */
  settled: boolean;
}

export interface LegendBodySize {
  scrollHeight: number;
  clientHeight: number;
  clientWidth: number;
  /** The rows' font size in px. */
  rowFontPx: number;
}

export const unfolded = (key: string): Fold => ({ key, columns: 1, heightBefore: Infinity, settled: false });

/** The fold after measuring the legend with `fold`'s columns: `fold` itself when it stays. */
export function nextFold(fold: Fold, body: LegendBodySize): Fold {
  if (fold.settled) return fold;
  if (fold.columns > 1) {
    const tooNarrow = body.clientWidth / fold.columns < MIN_COLUMN_EMS * body.rowFontPx;
    if (tooNarrow || body.scrollHeight >= fold.heightBefore) return { ...fold, columns: fold.columns - 1, settled: true };
  }
  const overflows = body.scrollHeight > body.clientHeight + 1;
  if (overflows && fold.columns < MAX_COLUMNS) return { ...fold, columns: fold.columns + 1, heightBefore: body.scrollHeight };
  return fold;
}

export function measureLegendBody(body: HTMLElement): LegendBodySize {
  const row = body.querySelector('li');
  return {
    scrollHeight: body.scrollHeight,
    clientHeight: body.clientHeight,
    clientWidth: body.clientWidth,
    rowFontPx: (row && parseFloat(getComputedStyle(row).fontSize)) || 12,
  };
}
