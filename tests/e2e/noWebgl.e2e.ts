import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { SELECTION_PAINT } from '../../src/map/symbols/selection';
import { ZONE_PAINT } from '../../src/map/symbols/zone';
import { MAP_THEME } from '../../src/map/theme';
import { launchChromium } from '../support/browser';

/*
 * A browser without WebGL (Chromium with --disable-3d-apis: a virtual desktop, a blocked GPU
 * driver): the Canvas2D renderer draws the planner, a town view and every default slide with their
 * overlays, the page says in one line that the map is drawn without WebGL2, and the console stays
 * clean. "Drawn" is read from the map's pixels: the colour of each shown element is there.
 */

const colorOf = new Map(LAYOUT_ELEMENTS.map((e) => [e.id, e.color]));

/** The town fill as each shown zone's fill leaves it (the zone's colour at its fill opacity). */
function zoneGrounds(visibleElements: string[]): string[] {
  const hex = (rgb: number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const a = ZONE_PAINT.fillOpacity;
  return LAYOUT_ELEMENTS.filter((e) => e.draw === 'zone' && visibleElements.includes(e.id)).map((e) => {
    const [c, g] = [rgb(e.color), rgb(MAP_THEME.townFill)];
    return hex(c.map((v, k) => v * a + g[k] * (1 - a)));
  });
}
const deck = buildDefaultDeck();
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium(['--disable-3d-apis']);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});
afterAll(() => browser?.close());

async function show(hash: string) {
  const url = `${inject('baseUrl')}/${hash}`;
  if (page.url().split('#')[0] === url.split('#')[0]) await page.evaluate((h) => (window.location.hash = h), hash);
  else await page.goto(url);
  await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
  await page.evaluate(() => window.__dgmap!.settled());
}

/**
 * Visible elements whose colour is missing from the map's pixels. An element is drawn at its group's
 * opacity (and a zone fills at a third of it), so a pixel counts when it is the colour laid at some
 * opacity ≥ 0.25 over the plain town fill, the background or a shown zone's fill (an element drawn
 * inside another zone, as 松山湖大学创新城's hatching inside 松山湖): the same opacity read from each
 * channel that differs from the ground (within 0.05). At least 12 such pixels.
 */
async function missingColours(extra: (readonly [string, string])[] = []): Promise<{ visible: string[]; missing: string[] }> {
  const { visibleElements, townFill } = await page.evaluate(() => window.__dgmap!.inspect());
  // Each shown element, each fill class (choropleth) and anything else the caller names (the selection).
  const fills = [...new Set(Object.values(townFill))].map((hex) => [`fill ${hex}`, hex] as const);
  const wanted = [...visibleElements.map((id) => [id, colorOf.get(id)!] as const), ...fills, ...extra];
  const missing = await page.evaluate(
    ({ colours, grounds }) => {
      const canvas = window.__dgmap!.canvas();
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const groundRgb = grounds.map(rgb);
      return colours
        .filter(([, hex]) => {
          const c = rgb(hex);
          let n = 0;
          for (let i = 0; i < data.length && n < 12; i += 4) {
            const p = [data[i], data[i + 1], data[i + 2]];
            const laid = groundRgb.some((g) => {
              const alphas: number[] = [];
              for (let k = 0; k < 3; k++) {
                if (Math.abs(c[k] - g[k]) > 40) alphas.push((p[k] - g[k]) / (c[k] - g[k]));
                else if (Math.abs(p[k] - g[k]) > 8 + Math.abs(c[k] - g[k])) return false;
              }
              return alphas.length > 0 && Math.min(...alphas) >= 0.25 && Math.max(...alphas) <= 1.03 && Math.max(...alphas) - Math.min(...alphas) <= 0.05;
            });
            if (laid) n++;
          }
          return n < 12;
        })
        .map(([id]) => id);
    },
    { colours: wanted, grounds: [MAP_THEME.townFill, MAP_THEME.background, ...zoneGrounds(visibleElements)] },
  );
  return { visible: visibleElements, missing };
}

async function expectNotice() {
  const notice = page.locator('.map-renderer-notice');
  await expect.poll(() => notice.isVisible()).toBe(true);
  expect(await notice.textContent()).toContain('WebGL2');
  // One line.
  const box = (await notice.boundingBox())!;
  expect(box.height).toBeLessThan(30);
}

describe('without WebGL the Canvas2D renderer draws every overlay', () => {
  it('the planner with each plan’s elements shown', async () => {
    for (const plan of [...new Set(LAYOUT_ELEMENTS.map((e) => e.plan))]) {
      const ids = LAYOUT_ELEMENTS.filter((e) => e.plan === plan).map((e) => e.id);
      await show(`#/map?layers=${ids.join(',')}`);
      const { visible, missing } = await missingColours();
      expect(visible.sort(), plan).toEqual([...ids].sort());
      expect(missing, plan).toEqual([]);
    }
    await expectNotice();
    expect(await page.evaluate(() => window.__dgmap!.placedLabels())).toBeGreaterThan(25);
  });

  it('a town view', async () => {
    await show('#/town/长安镇');
    const { outlined } = await page.evaluate(() => ({ outlined: document.querySelectorAll('.map-pane').length }));
    expect(outlined).toBeGreaterThan(0);
    const { missing } = await missingColours();
    expect(missing).toEqual([]);
    const { dimmedOutside } = await page.evaluate(() => window.__dgmap!.inspect());
    expect(dimmedOutside).toContain('长安镇');
    await expectNotice();
  });

  it(`all ${deck.length} default slides`, async () => {
    for (let n = 1; n <= deck.length; n++) {
      await show(`#/present/${n}`);
      await page.waitForFunction((want) => decodeURIComponent(window.location.hash).split('?')[0] === want, `#/present/${n}`);
      await page.evaluate(() => window.__dgmap!.settled());
      const slide = deck[n - 1];
      const { visible, missing } = await missingColours(slide.highlight.length ? [['selection', SELECTION_PAINT.color]] : []);
      expect(visible.sort(), `slide ${n}`).toEqual([...new Set(slide.layers)].sort());
      expect(missing, `slide ${n}`).toEqual([]);
    }
    await expectNotice();
    expect(consoleErrors).toEqual([]);
  });
});
