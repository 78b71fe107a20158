import { describe, expect, it } from 'vitest';
import type { Bbox } from '../../geo/bbox';
import { freePadding, overlaps, widen } from './framing';

const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
const city: Bbox = [113.52, 22.66, 114.26, 23.15];

describe('the box a slide camera looks at', () => {
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
