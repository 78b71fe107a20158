import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, nextFold, unfolded, type Fold, type LegendBodySize } from './legendFold';

/**
 * A legend body whose rows are `rows` names of `chars` characters at `fontPx`, in a box `width` px
 * wide per column up to `maxWidth` in all (no wider than `width` by default) and `height` px tall:
 * what the browser would measure for each column count.
 */
function box({ rows, chars, fontPx = 15, width, maxWidth = width, height }: { rows: number; chars: number; fontPx?: number; width: number; maxWidth?: number; height: number }) {
  return (columns: number): LegendBodySize => {
    const clientWidth = Math.min(maxWidth, width * columns);
    const perLine = Math.max(1, Math.floor(clientWidth / columns / fontPx));
    const linesPerRow = Math.ceil(chars / perLine);
    const scrollHeight = Math.ceil(rows / columns) * linesPerRow * fontPx * 1.3;
    return { scrollHeight: Math.max(scrollHeight, height), clientHeight: height, clientWidth, rowFontPx: fontPx };
  };
}

/** Measures and refolds until the fold stays, as the component's layout effect does. */
function settle(measure: (columns: number) => LegendBodySize, key = 'rows'): Fold {
  let fold = unfolded(key);
  for (let i = 0; i < 10; i++) {
    const next = nextFold(fold, measure(fold.columns));
    if (next === fold) return fold;
    fold = next;
  }
  throw new Error('the fold never settled');
}

describe('folding a legend into columns', () => {
  it('keeps a legend that fits in one column', () => {
    expect(settle(box({ rows: 6, chars: 10, width: 400, height: 300 })).columns).toBe(1);
  });

  it('folds a long legend into columns where the box can widen (the planner), until it fits', () => {
    const fold = settle(box({ rows: 30, chars: 12, width: 300, maxWidth: 1200, height: 300 }));
    expect(fold.columns).toBeGreaterThan(1);
    expect(box({ rows: 30, chars: 12, width: 300, maxWidth: 1200, height: 300 })(fold.columns).scrollHeight).toBe(300);
  });

  it('stops at the most columns, and then the box scrolls', () => {
    expect(settle(box({ rows: 200, chars: 6, width: 300, maxWidth: 2000, height: 300 })).columns).toBe(MAX_COLUMNS);
  });

  it('does not fold where the box cannot widen and columns would only wrap the names more (the presenter at 1024 px)', () => {
    // 328 px wide: one column holds 23 characters a line (two lines a name), two columns 11 (four lines a name): no shorter.
    const measure = box({ rows: 9, chars: 40, fontPx: 14, width: 328, height: 300 });
    expect(measure(1).scrollHeight).toBeGreaterThan(300);
    const fold = settle(measure);
    expect(fold.columns).toBe(1);
    expect(fold.settled).toBe(true);
  });

  it('never leaves a column room for fewer than eight characters a line', () => {
    // 437 px at 20 px type: three columns would give 7 characters a line.
    const measure = box({ rows: 40, chars: 4, fontPx: 20, width: 437, height: 300 });
    expect(settle(measure).columns).toBe(2);
  });
});
