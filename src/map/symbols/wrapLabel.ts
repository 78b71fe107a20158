/**
 * A map label broken into lines at its spaces, so a long English name is a block of a few short
 * lines instead of one line as wide as a third of the map. The breaks are written into the text
 * ('\n'): MapLibre, the Canvas2D renderer and the page layout's marks then agree on every line.
 * Text without spaces (Chinese) is never broken: a name split between two characters misreads.
 */
export const LABEL_LINE_CHARS = 24;
/** The distance between a label's lines, in its text size: MapLibre's text-line-height (its default). */
export const LINE_HEIGHT_EM = 1.2;

/** `text` in as few lines of at most `maxChars` characters as its words allow, the lines as even as they can be. */
export function wrapLabel(text: string, maxChars = LABEL_LINE_CHARS): string {
  const words = text.split(' ').filter((w) => w !== '');
  if (text.length <= maxChars || words.length < 2) return text;
  const longestWord = Math.max(...words.map((w) => w.length));
  const limit = Math.max(maxChars, longestWord);
  // The fewest lines that hold the words, then the narrowest line width that still needs no more lines.
  const fewest = greedyLines(words, limit).length;
  let width = limit;
  for (let w = longestWord; w <= limit; w++) {
    if (greedyLines(words, w).length <= fewest) {
      width = w;
      break;
    }
  }
  return greedyLines(words, width).join('\n');
}

function greedyLines(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines of a label as written (wrapLabel's breaks). */
export const labelLines = (text: string): string[] => text.split('\n');

/** The box of a label in lines at `px`: as wide as its widest line (`widthOf` one line), a line height per line. */
export function labelBlock(text: string, px: number, widthOf: (line: string, px: number) => number): { width: number; height: number } {
  const lines = labelLines(text);
  return { width: Math.max(...lines.map((line) => widthOf(line, px))), height: px * LINE_HEIGHT_EM * lines.length };
}
