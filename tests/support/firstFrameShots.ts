/**
 * Screenshots of the first frame (Canvas2D, before MapLibre) and of the MapLibre map after the
 * hand-over, at the same view, to compare by eye:
 *   tsx tests/support/firstFrameShots.ts <app url> <out dir> [hash] [width] [height]
 * The MapLibre chunk is held back until the first shot is taken, so the first one shows the
 * light renderer alone.
 */
import { mapPixelsDiffering } from './mapPixelsDiffering';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser';

const [base, outDir, hash = '#/map', width = '1440', height = '900'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('pageerror', (e) => console.log('page error:', e.message));
let release: () => void = () => {};
const held = new Promise<void>((resolve) => (release = resolve));
await page.route(/mapAdapter|maplibre/, async (route) => {
  await held;
  await route.continue();
});
await page.goto(`${base}${hash}`);
await page.waitForFunction(() => window.__dgFirstFrame !== undefined, null, { timeout: 60_000 });
const name = hash.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'map';
const size = `${width}x${height}`;
const first = await page.evaluate(() => window.__dgFirstFrame!);
await page.screenshot({ path: join(outDir, `${name}-${size}-1-first-frame.png`) });
release();
await page.waitForFunction(() => window.__dgmap?.idle === true && !document.querySelector('.map-first-frame'), null, { timeout: 60_000 });
await page.waitForTimeout(400);
await page.screenshot({ path: join(outDir, `${name}-${size}-2-maplibre.png`) });
// The share of map pixels that differ noticeably between the two (controls and attribution excluded).
const mapBox = await page.evaluate(() => document.querySelector('.map-canvas')!.getBoundingClientRect().toJSON() as DOMRect);
const differing = await mapPixelsDiffering(page, [1, 2].map((i) => join(outDir, `${name}-${size}-${i === 1 ? '1-first-frame' : '2-maplibre'}.png`)) as [string, string], mapBox);
console.log(`first frame by ${first.by} at ${Math.round(first.ms)} ms; ${(differing * 100).toFixed(2)}% of map pixels differ after the hand-over`);
console.log(`wrote ${outDir}/${name}-${size}-{1-first-frame,2-maplibre}.png`);
await browser.close();
