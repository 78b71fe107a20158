import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { slideSubject } from '../../src/modes/present/slideSubject';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { closeBrowser, openApp } from './harness';

/*
 * The browser half of the page layout's acceptance (the geometry of every output is in
 * src/modes/present/slideLayout.test.ts): on the presenter screen at 1920×1080, one page navigated
 * by hash through every default slide, no box over the map (slide card, legend, counter, zoom
 * buttons, attribution) holds a label or symbol the renderer placed for the slide's subject: its
 * layers' markers, circles and names, and its towns' labels.
 */
const deck = buildDefaultDeck();
const BOXES = ['.slide-card', '.map-overlay-bottom-left', '.slide-progress', '.maplibregl-ctrl-top-right', '.maplibregl-ctrl-bottom-right'];
afterAll(closeBrowser);

/** The layers that draw an element's symbols and labels. */
const symbolLayers = (ids: string[]) =>
  ids.flatMap((id) => {
    const e = LAYOUT_ELEMENTS.find((x) => x.id === id)!;
    return e.draw === 'nodes' ? [`${id}-nodes`] : e.draw === 'base' ? [`${id}-base`, `${id}-base-label`] : [];
  });

async function boxesOnMap(page: Page): Promise<{ selector: string; box: [number, number, number, number] }[]> {
  return page.evaluate((selectors) => {
    const map = window.__dgmap!.canvas().getBoundingClientRect();
    return selectors.flatMap((selector) => {
      const el = document.querySelector(selector);
      const r = el?.getBoundingClientRect();
      if (!r || r.width === 0 || r.height === 0) return [];
      return [{ selector, box: [r.left - map.left, r.top - map.top, r.right - map.left, r.bottom - map.top] as [number, number, number, number] }];
    });
  }, BOXES);
}

describe('the presenter screen keeps every slide subject clear of its boxes (1920×1080)', () => {
  it('no subject label or symbol placed under the card, legend, counter, buttons or attribution', async () => {
    const { page, consoleErrors } = await openApp('#/present/1', { width: 1920, height: 1080 });
    const problems: string[] = [];
    for (let n = 1; n <= deck.length; n++) {
      await page.evaluate((k) => (window.location.hash = `#/present/${k}`), n);
      await page.waitForFunction((want) => document.querySelector('[aria-label="幻灯片进度"]')?.textContent?.trim() === want, `${n} / ${deck.length}`);
      await page.evaluate(() => window.__dgmap!.settled());
      await page.waitForTimeout(1200); // the camera eases to the slide
      await page.evaluate(() => window.__dgmap!.settled());
      const subject = slideSubject(deck[n - 1]);
      const layers = symbolLayers(deck[n - 1].layers);
      for (const { selector, box } of await boxesOnMap(page)) {
        const under = await page.evaluate(([l, b]) => window.__dgmap!.renderedFeatures(l, b), [[...layers, 'town-labels'], box] as [string[], [number, number, number, number]]);
        for (const f of under) {
          if (f.layer === 'town-labels' && !subject.towns.includes(f.name ?? '')) continue;
          problems.push(`slide ${n}: ${f.layer} ${f.name ?? f.id ?? ''} under ${selector}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 900_000);
});
