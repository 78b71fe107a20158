import { describe, expect, it } from 'vitest';
import { MIN_LABEL_CONTRAST, contrastRatio } from './contrast';
import { ELEMENT_PALETTE, MIN_GRAPHIC_CONTRAST, checkElementColour } from './elementPalette';
import { baseLabelColor } from './symbols/base';

describe('the editor palette', () => {
  it('every colour keeps town labels readable on its fill and is itself visible on the map', () => {
    for (const { color } of ELEMENT_PALETTE) {
      const check = checkElementColour(color);
      expect(check.labelOnFill, color).toBeGreaterThanOrEqual(MIN_LABEL_CONTRAST);
      expect(check.graphic, color).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
      expect(contrastRatio(baseLabelColor(color), '#ffffff'), color).toBeGreaterThanOrEqual(MIN_LABEL_CONTRAST);
      expect(check.ok).toBe(true);
    }
    expect(new Set(ELEMENT_PALETTE.map((p) => p.color.toLowerCase())).size).toBe(ELEMENT_PALETTE.length);
  });

  it('names the problem of a colour that would hide labels or itself', () => {
    expect(checkElementColour('#ffff66').problem).toMatch(/边线和标记看不清/);
    expect(checkElementColour('#f0e442').ok).toBe(false); // Okabe-Ito yellow: fine on dark, lost on the pale town fill
    expect(checkElementColour('red').problem).toBe('颜色应写作 #RRGGBB');
  });
});
