import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { slideSubject } from '../../src/modes/present/slideSubject';
import { closeBrowser, openApp, waitForCameraStill } from './harness';

/*
 * Every default slide shows its subject: the subject's symbols and labels are rendered (a symbol
 * layer's label is only returned when MapLibre placed it, i.e. no town label covers it), and the
 * subject's towns lie in the part of the screen the slide card, legend and counter leave free.
 * For a room at 1920×1080, read from what MapLibre drew (the evaluated sizes of the rendered
 * features) and from the legend's computed style: town labels ≥ 24 px, the subject's labels ≥ 28 px,
 * markers ≥ 24 px, legend text ≥ 20 px; no town label over a base circle; no label on the corridor.
 * What is checked is where each slide lands, not the flight there: the page runs with the system's
 * reduce-motion setting, so each slide is one camera jump (the flight is checked in present.e2e.ts).
 */

const deck = buildDefaultDeck();
const N = deck.length;
const meta = JSON.parse(readFileSync('geo/build/towns.meta.json', 'utf8')) as { towns: { name: string; bbox: [number, number, number, number]; label: [number, number] }[] };
const bboxOf = (name: string) => meta.towns.find((t) => t.name === name)!.bbox;
const labelPointOf = (name: string) => meta.towns.find((t) => t.name === name)!.label;
const elementOf = (id: string) => LAYOUT_ELEMENTS.find((e) => e.id === id)!;

const MIN_PX = { townLabel: 24, subjectLabel: 28, marker: 24, legend: 20 };
type Box = [number, number, number, number];

/** Every label layer a slide can show: the town labels and each base's name. */
const LABEL_LAYERS = ['town-labels', ...LAYOUT_ELEMENTS.filter((e) => e.draw === 'base').map((e) => `${e.id}-base-label`)];

/** An axis element's lines as [lon, lat] points (its label points, in order). */
const axisPaths = (id: string): [number, number][][] => {
  const element = elementOf(id);
  return (element.axisPaths ?? [element.members.map((m) => m.town)]).map((path) => path.map(labelPointOf));
};
afterAll(closeBrowser);

/** The symbols and labels that show an element: each entry is a set of layers of which one must render. */
function subjectLayers(id: string): string[][] {
  const element = LAYOUT_ELEMENTS.find((e) => e.id === id)!;
  switch (element.draw) {
    case 'zone':
      return [[`${id}-fill`, `${id}-line`, `${id}-hatch`, `${id}-partial-line`]];
    case 'nodes':
      return [[`${id}-nodes`]];
    case 'axis':
      return [[`${id}-axis`]];
    case 'base':
      return [[`${id}-base`], [`${id}-base-label`]];
  }
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The subject towns' joint bounding box, [west, south, east, north]. */
function subjectBox(towns: string[]): Box {
  const boxes = towns.map(bboxOf);
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

const OBSTACLES = ['.slide-card', '.map-overlay-bottom-left', '.slide-progress'];

interface SlideRequest {
  /** Per subject element, its sets of layers of which one must render. */
  subjectSets: string[][];
  baseLabelLayers: string[];
  nodeLayers: string[];
  circleLayers: string[];
  axes: { id: string; paths: [number, number][][] }[];
  labelLayers: string[];
  subject: Box;
  obstacles: string[];
}

/**
 * Everything the checks read from a slide, in one round trip (each read was its own before: about
 * thirty a slide, each slowed by the page's busy main thread on a loaded machine).
 */
function readSlide(page: Page, request: SlideRequest) {
  return page.evaluate((q) => {
    const probe = window.__dgmap!;
    const subjectCounts = q.subjectSets.map((layers) => probe.renderedFeatures(layers).length);
    const townLabels = probe.renderedFeatures(['town-labels']);
    const baseLabels = q.baseLabelLayers.map((layer) => probe.renderedFeatures([layer])[0]?.textSize);
    const markers = probe.renderedFeatures(q.nodeLayers);
    const circles = probe.renderedFeatures(q.circleLayers).map((circle) => {
      const [x, y] = circle.at!;
      const r = circle.circleRadius!;
      return { id: circle.id, circleRadius: r, covering: probe.renderedFeatures(['town-labels'], [x - r, y - r, x + r, y + r]).map((f) => f.name) };
    });
    const legendSizes = [...document.querySelectorAll('.presenter .legend li, .presenter .legend h3')].map((li) => parseFloat(getComputedStyle(li).fontSize));
    // Boxes 4 px square every 3 px along each axis line, in map px.
    const onAxes = q.axes.map(({ id, paths }) => {
      const found = new Set<string>();
      for (const path of paths) {
        const points = path.map((p) => probe.mapPoint(p));
        for (let i = 1; i < points.length; i++) {
          const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
          const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 3));
          for (let k = 0; k <= steps; k++) {
            const [x, y] = [x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps];
            for (const f of probe.renderedFeatures(q.labelLayers, [x - 2, y - 2, x + 2, y + 2])) found.add(`${f.layer} ${f.name}`);
          }
        }
      }
      return { id, labels: [...found] };
    });
    const [w, south, e, n] = q.subject;
    const [[x0, y0], [x1, y1]] = [probe.pagePoint([w, n]), probe.pagePoint([e, south])];
    const subjectRect = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    // As Playwright's boundingBox: none for an element that is absent or has no layout box.
    const obstacles = q.obstacles.flatMap((selector) => {
      const el = document.querySelector(selector);
      if (!el || el.getClientRects().length === 0) return [];
      const r = el.getBoundingClientRect();
      return [{ selector, box: { x: r.x, y: r.y, width: r.width, height: r.height } }];
    });
    return { subjectCounts, townLabels, baseLabels, markers, circles, legendSizes, onAxes, subjectRect, obstacles };
  }, request);
}

describe('every default slide shows its subject (1920×1080)', () => {
  it('subject symbols and labels rendered, above the town labels, framed in the free part of the screen', async () => {
    const { page, consoleErrors } = await openApp('#/present/1', { width: 1920, height: 1080 }, { reducedMotion: true });
    for (let n = 1; n <= N; n++) {
      const slide = deck[n - 1];
      if (n > 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((want) => document.querySelector('[aria-label="幻灯片进度"]')?.textContent?.trim() === want, `${n} / ${N}`);
      // The camera jumps to the slide (reduced motion): still when its bounds are unchanged 100 ms and
      // a settle later (a jump is one frame; a late one, after the card measured itself, is still seen).
      await waitForCameraStill(page, 100);
      const subject = slideSubject(slide);
      const where = `slide ${n} (${slide.title})`;
      const visible = slide.layers.map(elementOf);
      const subjectSets = subject.elements.flatMap((id) => subjectLayers(id));
      const subjectBases = subject.elements.filter((e) => elementOf(e).draw === 'base');
      const seen = await readSlide(page, {
        subjectSets,
        baseLabelLayers: subjectBases.map((id) => `${id}-base-label`),
        nodeLayers: visible.filter((e) => e.draw === 'nodes').map((e) => `${e.id}-nodes`),
        circleLayers: visible.filter((e) => e.draw === 'base').map((e) => `${e.id}-base`),
        axes: visible.filter((e) => e.draw === 'axis').map((e) => ({ id: e.id, paths: axisPaths(e.id) })),
        labelLayers: LABEL_LAYERS,
        subject: subjectBox(subject.towns),
        obstacles: OBSTACLES,
      });

      subjectSets.forEach((layers, i) => expect(seen.subjectCounts[i], `${where}: ${layers.join(' / ')} rendered`).toBeGreaterThan(0));
      if (subject.elements.length === 0) expect(seen.townLabels.length, `${where}: town labels`).toBeGreaterThanOrEqual(30);

      // Sizes for a room, as drawn.
      for (const label of seen.townLabels) expect(label.textSize, `${where}: town label ${label.name}`).toBeGreaterThanOrEqual(MIN_PX.townLabel);
      subjectBases.forEach((id, i) => expect(seen.baseLabels[i], `${where}: label of ${id}`).toBeGreaterThanOrEqual(MIN_PX.subjectLabel));
      for (const marker of seen.markers) expect(marker.iconPx, `${where}: marker ${marker.icon} at ${marker.name}`).toBeGreaterThanOrEqual(MIN_PX.marker);
      expect(seen.circles.length, `${where}: base circles`).toBe(visible.filter((e) => e.draw === 'base').length);
      for (const circle of seen.circles) {
        expect(2 * circle.circleRadius, `${where}: circle of ${circle.id}`).toBeGreaterThanOrEqual(MIN_PX.marker);
        // No town label over a base circle: the labels there moved aside or gave way.
        expect(circle.covering, `${where}: town labels over the circle of ${circle.id}`).toEqual([]);
      }
      for (const size of seen.legendSizes) expect(size, `${where}: legend text`).toBeGreaterThanOrEqual(MIN_PX.legend);
      // The dashed corridor never runs through a label.
      for (const axis of seen.onAxes) expect(axis.labels, `${where}: labels on the ${axis.id} axis`).toEqual([]);

      // A slide without layers has no legend: nothing to keep clear of.
      for (const { selector, box } of seen.obstacles) expect(overlap(seen.subjectRect, box), `${where}: subject clear of ${selector}`).toBe(false);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 900_000);
});
