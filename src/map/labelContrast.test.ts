import { describe, expect, it } from 'vitest';
import { appGeo } from '../../tests/fixtures/appGeo';
import { LAYOUT_ELEMENTS } from '../plans/builtin';
import { baseStyle } from './baseStyle';
import { MIN_LABEL_CONTRAST, contrastRatio, inkOn } from './contrast';
import { buildLayoutOverlays } from './layers/layoutLayers';

/*
 * Every label the map draws (town labels in the base style, every element's labels from the layout
 * renderer) reads at WCAG AA on its halo: the halo is what is under the text whatever the fill, so
 * text colour against halo colour, at the text's lowest opacity, is the contrast the room sees.
 */

const geo = appGeo();
type Props = Record<string, unknown>;
const labelLayers = [
  ...baseStyle(geo).layers,
  ...buildLayoutOverlays(LAYOUT_ELEMENTS, geo).layers.map((l) => l.spec),
].filter((l) => l.type === 'symbol' && (l.layout as Props | undefined)?.['text-field']) as { id: string; paint?: Props }[];

/** The lowest number an opacity (a number or an expression of numbers) can take. */
function lowestOpacity(value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value === 'number') return value;
  const numbers = JSON.stringify(value).match(/-?\d+(\.\d+)?/g)?.map(Number).filter((n) => n >= 0 && n <= 1) ?? [1];
  return Math.min(...numbers);
}

const mix = (top: string, under: string, alpha: number) =>
  `#${[1, 3, 5].map((i) => Math.round(parseInt(top.slice(i, i + 2), 16) * alpha + parseInt(under.slice(i, i + 2), 16) * (1 - alpha)).toString(16).padStart(2, '0')).join('')}`;

describe('label contrast', () => {
  it('computes WCAG contrast (black on white 21:1, equal colours 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('darkens a colour just enough to reach the contrast, keeping one that already does', () => {
    const grey = '#9ca3af';
    expect(contrastRatio(grey, '#ffffff')).toBeLessThan(MIN_LABEL_CONTRAST);
    const ink = inkOn(grey, '#ffffff');
    expect(contrastRatio(ink, '#ffffff')).toBeGreaterThanOrEqual(MIN_LABEL_CONTRAST);
    expect(contrastRatio(ink, '#ffffff')).toBeLessThan(5.2);
    expect(inkOn('#1f2937', '#ffffff')).toBe('#1f2937');
  });

  it(`every label on the map has a halo and at least ${MIN_LABEL_CONTRAST}:1 against it`, () => {
    expect(labelLayers.length).toBeGreaterThan(LAYOUT_ELEMENTS.filter((e) => e.draw === 'base').length);
    const failing: string[] = [];
    for (const layer of labelLayers) {
      const paint = layer.paint ?? {};
      const color = paint['text-color'] as string;
      const halo = paint['text-halo-color'] as string;
      expect(typeof color, `${layer.id} text colour`).toBe('string');
      expect(typeof halo, `${layer.id} halo colour`).toBe('string');
      expect(paint['text-halo-width'] ?? 0, `${layer.id} halo width`).not.toBe(0);
      const seen = mix(color, halo, lowestOpacity(paint['text-opacity']));
      const ratio = contrastRatio(seen, halo);
      if (ratio < MIN_LABEL_CONTRAST) failing.push(`${layer.id} ${color} on ${halo}: ${ratio.toFixed(2)}:1`);
    }
    expect(failing).toEqual([]);
  });
});
