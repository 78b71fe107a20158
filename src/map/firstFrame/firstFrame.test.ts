import { describe, expect, it } from 'vitest';
import { fitCamera, mercator, screenPoint, type Bbox } from './camera';
import { labelSizeAt, placeLabels, type LabelToPlace } from './placeLabels';

const CITY: Bbox = [113.52, 22.66, 114.26, 23.15];
const pad = (px: number) => ({ top: px, right: px, bottom: px, left: px });

describe('fitCamera (MapLibre fitBounds without bearing)', () => {
  it('fits the box inside the padding and touches it on the tighter side', () => {
    const size = { width: 1049, height: 852 };
    const camera = fitCamera(CITY, size, pad(40), { min: 7, max: 15 });
    const [left, top] = screenPoint(camera, [CITY[0], CITY[3]]);
    const [right, bottom] = screenPoint(camera, [CITY[2], CITY[1]]);
    expect(left).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(top).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(right).toBeLessThanOrEqual(size.width - 40 + 1e-6);
    expect(bottom).toBeLessThanOrEqual(size.height - 40 + 1e-6);
    // Centred in the padded area; one pair of sides touches the padding.
    expect((left + right) / 2).toBeCloseTo(size.width / 2, 6);
    expect((top + bottom) / 2).toBeCloseTo(size.height / 2, 6);
    expect(Math.min(left - 40, top - 40)).toBeCloseTo(0, 6);
  });

  it('centres the box in the padded area when the padding is uneven, and respects the zoom limit', () => {
    const camera = fitCamera([113.8, 22.8, 113.81, 22.81], { width: 800, height: 600 }, { top: 0, right: 300, bottom: 0, left: 100 }, { min: 7, max: 11.5 });
    expect(camera.zoom).toBe(11.5);
    const [x, y] = screenPoint(camera, [113.805, 22.805]);
    expect(x).toBeCloseTo(100 + (800 - 400) / 2, 0);
    expect(y).toBeCloseTo(300, 0);
  });

  it('uses 512-px Web Mercator: the world is 512 px across at zoom 0, and latitude grows upwards', () => {
    expect(mercator([-180, 0])).toEqual([0, 256]);
    expect(mercator([180, 0])[0]).toBe(512);
    expect(mercator([0, 23])[1]).toBeLessThan(256);
  });
});

describe('placeLabels (variable anchors, no overlap)', () => {
  const measure = (text: string, size: number) => Array.from(text).length * size;
  const label = (name: string, point: [number, number]): LabelToPlace => ({ name, text: name, point, size: 12 });

  it('puts a lone label on its point', () => {
    const [placed] = placeLabels([label('长安', [100, 100])], measure);
    expect(placed).toMatchObject({ anchor: 'center', at: [100, 100] });
  });

  it('moves a label that would collide to the next anchor, and leaves out one that fits nowhere', () => {
    const placed = placeLabels([label('莞城', [100, 100]), label('东城', [100, 110]), label('南城', [100, 100])], measure);
    expect(placed.map((p) => [p.name, p.anchor])).toEqual([
      ['莞城', 'center'],
      ['东城', 'top'],
    ]);
    const [a, b] = placed.map((p) => p.box);
    expect(a.y1).toBeLessThanOrEqual(b.y0);
  });

  it('takes a corner when the four sides are taken, the radial offset on the diagonal as MapLibre puts it', () => {
    // Tiny labels on the point and just past each side of it leave only the corners free.
    const dot = (name: string, point: [number, number]): LabelToPlace => ({ name, text: '·', point, size: 2 });
    const blockers = [dot('on', [100, 100]), dot('below', [100, 113]), dot('above', [100, 87]), dot('right', [118, 97]), dot('left', [82, 100])];
    const placed = placeLabels([...blockers, label('中堂', [100, 100])], measure).find((p) => p.name === '中堂')!;
    expect(placed.anchor).toBe('top-left');
    const d = (0.5 * 12) / Math.SQRT2;
    expect(placed.at[0]).toBeCloseTo(100 + d + 12);
    // Vertically MapLibre measures the offset to the baseline, 7/24 em inside the box.
    expect(placed.at[1]).toBeCloseTo(100 + d - (7 / 24) * 12 + 7.2);
  });

  it('tries the anchor a label had in the previous frame first, as MapLibre does', () => {
    const alone = placeLabels([label('长安', [100, 100])], measure, [], undefined, new Map([['长安', 'left' as const]]));
    expect(alone[0].anchor).toBe('left');
    expect(alone[0].at[0]).toBeCloseTo(100 + 6 + 12);
    // Where that anchor is taken now, the usual order applies.
    const blocked = placeLabels([label('东城', [118, 100]), label('长安', [100, 100])], measure, [], undefined, new Map([['长安', 'left' as const]]));
    expect(blocked.find((p) => p.name === '长安')?.anchor).not.toBe('left');
  });

  it('sizes labels as the base style does (11 px at zoom 8, 13 at 10, 16 at 12, scaled)', () => {
    expect(labelSizeAt(7, 1)).toBe(11);
    expect(labelSizeAt(9, 1)).toBe(12);
    expect(labelSizeAt(11, 2)).toBe(29);
    expect(labelSizeAt(14, 1)).toBe(16);
  });
});
