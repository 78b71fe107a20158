import { describe, expect, it } from 'vitest';
import { frameBounds, widen, type Bbox, freePadding, overlaps } from './framing';

const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;

/** Where a box lands on screen when a map fits `fitted` into the viewport with `padding` (as MapLibre's fitBounds does). */
function place(box: Bbox, fitted: Bbox, W: number, H: number, padding: number) {
  const [fw, fs, fe, fn] = fitted;
  const k = Math.min((W - 2 * padding) / (fe - fw), (H - 2 * padding) / (mercY(fn) - mercY(fs)));
  const cx = (fw + fe) / 2;
  const cy = (mercY(fs) + mercY(fn)) / 2;
  const x = (lon: number) => W / 2 + (lon - cx) * k;
  const y = (lat: number) => H / 2 - (mercY(lat) - cy) * k;
  return { left: x(box[0]), right: x(box[2]), top: y(box[3]), bottom: y(box[1]) };
}

const city: Bbox = [113.52, 22.66, 114.26, 23.15];

describe('framing a slide round the card and the legend', () => {
  it('puts the area below the card and right of the legend, as large as fits', () => {
    const W = 1920;
    const H = 1040;
    const framed = frameBounds(city, { width: W, height: H }, { top: 230, left: 360 }, 40);
    const p = place(city, framed, W, H, 40);
    expect(p.top).toBeGreaterThanOrEqual(230 - 0.5);
    expect(p.left).toBeGreaterThanOrEqual(360 - 0.5);
    expect(p.right).toBeLessThanOrEqual(W - 40 + 0.5);
    expect(p.bottom).toBeLessThanOrEqual(H - 40 + 0.5);
    // fills the free height (the city is taller than the free area is, relatively)
    expect(p.bottom - p.top).toBeCloseTo(H - 40 - 230, 0);
  });

  it('with no insets it is the plain fit', () => {
    const framed = frameBounds(city, { width: 1000, height: 800 }, { top: 0, left: 0 }, 40);
    const p = place(city, framed, 1000, 800, 40);
    expect(Math.min(p.left - 40, p.top - 40, 1000 - 40 - p.right, 800 - 40 - p.bottom)).toBeCloseTo(0, 1);
  });

  it('leaves the box alone when there is no room to frame (e.g. no layout yet)', () => {
    expect(frameBounds(city, { width: 0, height: 0 }, { top: 100, left: 100 }, 40)).toEqual(city);
  });

  it('widens a small box about its centre', () => {
    const [w, s, e, n] = widen([113.9, 22.9, 113.95, 22.93], 0.2);
    expect(e - w).toBeCloseTo(0.2, 9);
    expect(mercY(n) - mercY(s)).toBeCloseTo(0.2, 9);
    expect((w + e) / 2).toBeCloseTo(113.925, 9);
    expect(widen(city, 0.2)[0]).toBeCloseTo(city[0], 9);
  });
});

describe('freePadding: the subject in the free part of the screen', () => {
  const stage = { width: 1920, height: 1000 };
  const card = { x: 16, y: 16, width: 820, height: 150 };
  const legend = { x: 16, y: 760, width: 640, height: 220 };
  const counter = { x: 1780, y: 930, width: 120, height: 50 };
  const freeRect = (p: { top: number; right: number; bottom: number; left: number }) => ({ x: p.left, y: p.top, width: stage.width - p.left - p.right, height: stage.height - p.top - p.bottom });

  it('keeps the framed area clear of card, legend and counter, whatever the subject shape', () => {
    for (const aspect of [0.3, 1, 2.5]) {
      const pad = freePadding(stage, [card, legend, counter], aspect, 24);
      const free = freeRect(pad);
      for (const o of [card, legend, counter]) expect(overlaps(free, o), `aspect ${aspect}`).toBe(false);
      expect(free.width).toBeGreaterThan(0);
      expect(free.height).toBeGreaterThan(0);
    }
  });

  it('a tall subject keeps the full height and moves right of the card and legend', () => {
    const pad = freePadding(stage, [card, legend, counter], 0.4, 24);
    expect(pad.left).toBeGreaterThanOrEqual(card.x + card.width);
    expect(pad.top).toBe(24);
  });

  it('a wide subject goes below the card and above the legend', () => {
    const pad = freePadding(stage, [card, legend, counter], 4, 24);
    expect(pad.top).toBeGreaterThanOrEqual(card.y + card.height);
    expect(stage.height - pad.bottom).toBeLessThanOrEqual(legend.y);
  });

  it('no obstacles: the margin all round', () => {
    expect(freePadding(stage, [], 1, 30)).toEqual({ top: 30, right: 30, bottom: 30, left: 30 });
  });
});
