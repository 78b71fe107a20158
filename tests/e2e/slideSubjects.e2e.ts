import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { LAYOUT_ELEMENTS } from '../../src/layouts/model';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { slideSubject } from '../../src/modes/present/slideSubject';
import { closeBrowser, openApp } from './harness';

/*
 * Every default slide shows its subject: the subject's symbols and labels are rendered (a symbol
 * layer's label is only returned when MapLibre placed it, i.e. no town label covers it), and the
 * subject's towns lie in the part of the screen the slide card, legend and counter leave free.
 */

const deck = buildDefaultDeck();
const N = deck.length;
const meta = JSON.parse(readFileSync('geo/build/towns.meta.json', 'utf8')) as { towns: { name: string; bbox: [number, number, number, number] }[] };
const bboxOf = (name: string) => meta.towns.find((t) => t.name === name)!.bbox;
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
    const { page, consoleErrors } = await openApp('#/present/1', { width: 1920, height: 1080 });
    for (let n = 1; n <= N; n++) {
      const slide = deck[n - 1];
      if (n > 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((want) => document.querySelector('[aria-label="幻灯片进度"]')?.textContent?.trim() === want, `${n} / ${N}`);
      await page.evaluate(() => window.__dgmap!.settled());
      await page.waitForTimeout(1200); // the camera eases to the slide
      await page.evaluate(() => window.__dgmap!.settled());
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
