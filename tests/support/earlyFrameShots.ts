/**
 * Screenshots of a second visit's three pictures, to compare by eye and by pixels:
 *   tsx tests/support/earlyFrameShots.ts <app url> <out dir> [hash] [width] [height] [ratio]
 *  1. the remembered first frame, drawn before the app (src/boot.ts; the app's script held back),
 *  2. the app's own first frame (Canvas2D, MapLibre held back),
 *  3. the map after the hand-over to MapLibre.
 * A first visit in the same context remembers the frame. Prints the share of map pixels that
 * differ between 1 and 2 and between 2 and 3 (corners with controls left out), and whether the map
 * box moved.
 */
import { mapPixelsDiffering } from './mapPixelsDiffering';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';

const [base, outDir, hash = '#/map', width = '1440', height = '900', ratio = '1'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
const phone = Number(width) < 720;
const context = await browser.newContext({
  viewport: { width: Number(width), height: Number(height) },
  deviceScaleFactor: Number(ratio),
  isMobile: phone,
  hasTouch: phone,
  // Requests of the second visit must reach page.route (a service worker would answer them first).
  serviceWorkers: 'block',
});
const warm = await context.newPage();
await warm.goto(`${base}${hash}`);
await warm.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
await warm.waitForTimeout(300);
await warm.close();

const page = await context.newPage();
page.on('pageerror', (e) => console.log('page error:', e.message));
const held = () => {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
const holds = { app: held(), maplibre: held() };
await page.route(/\/assets\/main-[^/]*\.js/, async (route) => {
  await holds.app.promise;
  await route.continue();
});
await page.route(/mapAdapter|maplibre/, async (route) => {
  await holds.maplibre.promise;
  await route.continue();
});
await page.goto(`${base}${hash}`);
const name = `${hash.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'map'}-${width}x${height}`;
const shot = (n: string) => join(outDir, `${name}-${n}.png`);
const boxOf = (p: Page, selector: string) => p.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().toJSON() as DOMRect | undefined, selector);

await page.waitForFunction(() => window.__dgFirstFrame !== undefined, null, { timeout: 60_000 });
const first = await page.evaluate(() => window.__dgFirstFrame!);
const earlyBox = await boxOf(page, '.early-frame');
await page.screenshot({ path: shot('1-early') });
holds.app.resolve();
// The app's first frame: its box read in the same task as it is found (the Canvas2D renderer, not
// held back, may take over soon after).
const appBox = (await (
  await page.waitForFunction(
    () => {
      const frame = !document.querySelector('.early-frame') && document.querySelector('.map-pane .map-first-frame');
      return frame ? frame.getBoundingClientRect().toJSON() : null;
    },
    null,
    { timeout: 60_000, polling: 'raf' },
  )
).jsonValue()) as DOMRect;
await page.screenshot({ path: shot('2-app-frame') });
holds.maplibre.resolve();
await page.waitForFunction(() => window.__dgmap?.idle === true && !document.querySelector('.map-first-frame'), null, { timeout: 60_000 });
await page.waitForTimeout(400);
await page.screenshot({ path: shot('3-maplibre') });

const differing = (a: string, b: string, box: DOMRect) => mapPixelsDiffering(page, [a, b], box);
const r = (b?: DOMRect) => (b ? `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}` : 'none');
console.log(`first frame by ${first.by} at ${Math.round(first.ms)} ms; early frame box ${r(earlyBox)}, app's map box ${r(appBox)}`);
if (appBox) {
  console.log(`early → app frame: ${((await differing(shot('1-early'), shot('2-app-frame'), appBox)) * 100).toFixed(2)}% of map pixels differ`);
  console.log(`app frame → MapLibre: ${((await differing(shot('2-app-frame'), shot('3-maplibre'), appBox)) * 100).toFixed(2)}% of map pixels differ`);
}
console.log(`wrote ${shot('{1-early,2-app-frame,3-maplibre}')}`);
await browser.close();
