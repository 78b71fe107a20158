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

/** Boxes 4 px square every 3 px along an axis element's lines, in map px. */
async function axisBoxes(page: Page, id: string): Promise<Box[]> {
  const element = elementOf(id);
  const boxes: Box[] = [];
  for (const path of element.axisPaths ?? [element.members.map((m) => m.town)]) {
    const points = await page.evaluate((lonLats) => lonLats.map((p) => window.__dgmap!.mapPoint(p)), path.map(labelPointOf));
    for (let i = 1; i < points.length; i++) {
      const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
      const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 3));
      for (let k = 0; k <= steps; k++) {
        const [x, y] = [x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps];
        boxes.push([x - 2, y - 2, x + 2, y + 2]);
      }
    }
  }
  return boxes;
}
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

async function subjectRect(page: Page, towns: string[]): Promise<Rect> {
  const boxes = towns.map(bboxOf);
  const [w, s, e, n] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  const [[x0, y0], [x1, y1]] = await page.evaluate(([nw, se]) => [window.__dgmap!.pagePoint(nw), window.__dgmap!.pagePoint(se)], [[w, n], [e, s]] as [[number, number], [number, number]]);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

describe('every default slide shows its subject (1920×1080)', () => {
  it('subject symbols and labels rendered, above the town labels, framed in the free part of the screen', async () => {
    const { page, consoleErrors } = await openApp('#/present/1', { width: 1920, height: 1080 }, { reducedMotion: true });
    for (let n = 1; n <= N; n++) {
      const slide = deck[n - 1];
      if (n > 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((want) => document.querySelector('[aria-label="幻灯片进度"]')?.textContent?.trim() === want, `${n} / ${N}`);
      await waitForCameraStill(page); // the camera jumps to the slide (reduced motion)
      const subject = slideSubject(slide);
      const where = `slide ${n} (${slide.title})`;

      for (const id of subject.elements) {
        for (const layers of subjectLayers(id)) {
          const features = await page.evaluate((l) => window.__dgmap!.renderedFeatures(l), layers);
          expect(features.length, `${where}: ${layers.join(' / ')} rendered`).toBeGreaterThan(0);
        }
      }
      if (subject.elements.length === 0) {
        const labels = await page.evaluate(() => window.__dgmap!.renderedFeatures(['town-labels']).map((f) => f.name));
        expect(labels.length, `${where}: town labels`).toBeGreaterThanOrEqual(30);
      }

      // Sizes for a room, as drawn.
      const visible = slide.layers.map(elementOf);
      const townLabels = await page.evaluate(() => window.__dgmap!.renderedFeatures(['town-labels']));
      for (const label of townLabels) expect(label.textSize, `${where}: town label ${label.name}`).toBeGreaterThanOrEqual(MIN_PX.townLabel);
      for (const id of subject.elements.filter((e) => elementOf(e).draw === 'base')) {
        const [label] = await page.evaluate((l) => window.__dgmap!.renderedFeatures(l), [`${id}-base-label`]);
        expect(label?.textSize, `${where}: label of ${id}`).toBeGreaterThanOrEqual(MIN_PX.subjectLabel);
      }
      const nodeLayers = visible.filter((e) => e.draw === 'nodes').map((e) => `${e.id}-nodes`);
      for (const marker of await page.evaluate((l) => window.__dgmap!.renderedFeatures(l), nodeLayers)) {
        expect(marker.iconPx, `${where}: marker ${marker.icon} at ${marker.name}`).toBeGreaterThanOrEqual(MIN_PX.marker);
      }
      const circles = await page.evaluate((l) => window.__dgmap!.renderedFeatures(l), visible.filter((e) => e.draw === 'base').map((e) => `${e.id}-base`));
      expect(circles.length, `${where}: base circles`).toBe(visible.filter((e) => e.draw === 'base').length);
      for (const circle of circles) {
        expect(2 * circle.circleRadius!, `${where}: circle of ${circle.id}`).toBeGreaterThanOrEqual(MIN_PX.marker);
        // No town label over a base circle: the labels there moved aside or gave way.
        const [x, y] = circle.at!;
        const r = circle.circleRadius!;
        const covering = await page.evaluate((box) => window.__dgmap!.renderedFeatures(['town-labels'], box), [x - r, y - r, x + r, y + r] as Box);
        expect(covering.map((f) => f.name), `${where}: town labels over the circle of ${circle.id}`).toEqual([]);
      }
      for (const size of await page.locator('.presenter .legend li, .presenter .legend h3').evaluateAll((items) => items.map((li) => parseFloat(getComputedStyle(li).fontSize)))) {
        expect(size, `${where}: legend text`).toBeGreaterThanOrEqual(MIN_PX.legend);
      }
      // The dashed corridor never runs through a label.
      for (const axis of visible.filter((e) => e.draw === 'axis')) {
        const onAxis = await page.evaluate(
          ({ boxes, layers }) => [...new Set(boxes.flatMap((box) => window.__dgmap!.renderedFeatures(layers, box).map((f) => `${f.layer} ${f.name}`)))],
          { boxes: await axisBoxes(page, axis.id), layers: LABEL_LAYERS },
        );
        expect(onAxis, `${where}: labels on the ${axis.id} axis`).toEqual([]);
      }

      const rect = await subjectRect(page, subject.towns);
      for (const selector of ['.slide-card', '.map-overlay-bottom-left', '.slide-progress']) {
        // A slide without layers has no legend: nothing to keep clear of.
        const obstacle = page.locator(selector).first();
        const box = (await obstacle.count()) > 0 ? await obstacle.boundingBox() : null;
        if (!box) continue;
        expect(overlap(rect, box), `${where}: subject clear of ${selector}`).toBe(false);
      }
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 900_000);
});
