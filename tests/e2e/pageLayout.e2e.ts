import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legendSections } from '../../src/map/legend';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { slideSubject } from '../../src/modes/present/slideSubject';
import { LAYOUT_ELEMENTS, PLAN_GROUPS } from '../../src/plans/builtin';
import { closeBrowser, goToHash, openApp, waitForCameraStill, type PageRecord } from './harness';

/*
 * The browser half of the page layout's acceptance (the geometry of every output is in
 * src/modes/present/slideLayout.test.ts): on the presenter screen at 1920×1080, one page navigated
 * by hash through every default slide, no box over the map (slide card, legend, counter, zoom
 * buttons, attribution) holds a label or symbol the renderer placed for the slide's subject: its
 * layers' markers, circles and names, and its towns' labels.
 *
 * Both walks check where the camera lands, not how it gets there: they run with the system's
 * reduce-motion setting, so each slide and card is one camera jump (the flight is checked in
 * present.e2e.ts); after a step the camera counts as still when its bounds are unchanged 100 ms
 * and a settle later (a jump is one frame; a late one, after a card measured itself, is still seen).
 *
 * Both walks share one page: the planner's walk resizes the window to 1366×768 (as a user's window
 * does) and follows a link to #/map, instead of a second load (5-10 s here).
 */
const deck = buildDefaultDeck();
const BOXES = ['.slide-card', '.map-overlay-bottom-left', '.slide-progress', '.maplibregl-ctrl-top-right', '.maplibregl-ctrl-bottom-right'];
/** A jump is one frame: the camera is still when its bounds are unchanged this long after a settle. */
const STILL_GAP_MS = 100;
afterAll(closeBrowser);

let app: PageRecord;
beforeAll(async () => {
  app = await openApp('#/present/1', { width: 1920, height: 1080 }, { reducedMotion: true, shared: true });
});
afterAll(() => app?.page.context().close());

/** The layers that draw an element's symbols and labels. */
const symbolLayers = (ids: string[]) =>
  ids.flatMap((id) => {
    const e = LAYOUT_ELEMENTS.find((x) => x.id === id)!;
    return e.draw === 'nodes' ? [`${id}-nodes`] : e.draw === 'base' ? [`${id}-base`, `${id}-base-label`] : [];
  });

interface Under {
  selector: string;
  layer: string;
  name: string;
}

/** The features of `layers` the renderer placed under each box over the map (one round trip). */
function placedUnderBoxes(page: Page, selectors: readonly string[], layers: string[]): Promise<Under[]> {
  return page.evaluate(
    ({ selectors, layers }) => {
      const map = window.__dgmap!.canvas().getBoundingClientRect();
      return selectors.flatMap((selector) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        if (!r || r.width === 0 || r.height === 0) return [];
        const box: [number, number, number, number] = [r.left - map.left, r.top - map.top, r.right - map.left, r.bottom - map.top];
        return window.__dgmap!.renderedFeatures(layers, box).map((f) => ({ selector, layer: f.layer, name: f.name ?? f.id ?? '' }));
      });
    },
    { selectors, layers },
  );
}

describe('the presenter screen keeps every slide subject clear of its boxes (1920×1080)', () => {
  it('no subject label or symbol placed under the card, legend, counter, buttons or attribution', async () => {
    const { page } = app;
    const problems: string[] = [];
    for (let n = 1; n <= deck.length; n++) {
      await page.evaluate((k) => (window.location.hash = `#/present/${k}`), n);
      await page.waitForFunction((want) => document.querySelector('[aria-label="幻灯片进度"]')?.textContent?.trim() === want, `${n} / ${deck.length}`);
      await waitForCameraStill(page, STILL_GAP_MS); // the camera jumps to the slide (reduced motion)
      // Each plan the slide shows is named once in its legend with its status (已到期), not on every row.
      const plans = [...new Set(legendSections({ overlays: deck[n - 1].layers.map((id) => ({ id, opacity: 1 })), selected: [], fillLegend: null }).flatMap((sec) => sec.rows.map((r) => r.group)).filter((g) => g))];
      const legend = await page.evaluate(() => ({
        plans: [...document.querySelectorAll('.map-legends .legend-plan')].map((e) => e.textContent ?? ''),
        rows: [...document.querySelectorAll('.map-legends li')].map((e) => e.textContent ?? ''),
      }));
      if (legend.plans.join() !== plans.join()) problems.push(`slide ${n}: legend plans ${legend.plans.join('、')}, expected ${plans.join('、')}`);
      const repeated = legend.rows.filter((t) => t.includes('已到期'));
      if (repeated.length > 0) problems.push(`slide ${n}: rows repeat the status: ${repeated.join('、')}`);
      const subject = slideSubject(deck[n - 1]);
      for (const f of await placedUnderBoxes(page, BOXES, [...symbolLayers(deck[n - 1].layers), 'town-labels'])) {
        if (f.layer === 'town-labels' && !subject.towns.includes(f.name)) continue;
        problems.push(`slide ${n}: ${f.layer} ${f.name} under ${f.selector}`);
      }
    }
    expect(problems).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  }, 900_000);
});

describe('the planner at 1366×768 keeps each plan group clear of its legend and info card', () => {
  it('each group on alone, the info card of each of its elements open: no symbol of the group nor label of a member town under the card or the legend', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await goToHash(page, '#/map');
    await page.getByRole('tab', { name: '图层' }).click();
    const problems: string[] = [];
    for (const group of PLAN_GROUPS) {
      const elements = LAYOUT_ELEMENTS.filter((e) => e.plan === group.id);
      const layers = symbolLayers(elements.map((e) => e.id));
      await page.getByRole('checkbox', { name: new RegExp(group.title) }).check();
      for (const element of elements) {
        const towns = new Set([...elements, element].flatMap((e) => e.members.map((m) => m.town)));
        await page.getByRole('button', { name: `${element.nameZh} 说明`, exact: true }).click();
        await page.getByRole('dialog', { name: element.nameZh }).waitFor();
        await waitForCameraStill(page, STILL_GAP_MS); // the camera re-frames round the card
        for (const f of await placedUnderBoxes(page, ['.info-card', '.map-overlay-bottom-left'], [...layers, 'town-labels'])) {
          if (f.layer === 'town-labels' && !towns.has(f.name)) continue;
          problems.push(`${group.id}, card of ${element.id}: ${f.layer} ${f.name} under ${f.selector}`);
        }
        if (element.id === 'base-yinping') await page.screenshot({ path: 'test-results/planner-1366-card-yinping.png' });
      }
      await page.getByRole('dialog').getByRole('button', { name: '关闭说明' }).click();
      await page.getByRole('button', { name: '全部关闭' }).click();
    }
    expect(problems).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  }, 900_000);
});
