/**
 * Pictures for checking that a change to the symbols changes no render (#20): the planner at
 * 1366×768 with every layout element on (MapLibre and Canvas2D), a town view at 390×844, and the
 * planner's view exported as a 1920×1080 PNG (every element, and one plan's with its legend). Compare two runs with `compare -metric AE`.
 *   npm run build:e2e && tsx tests/support/symbolShots.ts <out-dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { launchChromium } from './browser';

const out = resolve(process.argv[2] ?? 'test-results/symbol-shots');
mkdirSync(out, { recursive: true });
const server = await preview({ build: { outDir: 'dist-e2e' }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
const browser = await launchChromium();
const idle = (page: Page) => page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 120_000 }).then(() => page.evaluate(() => window.__dgmap!.settled()));
const settle = async (page: Page) => {
  await idle(page);
  await page.waitForTimeout(1500);
  await idle(page);
};
const all = LAYOUT_ELEMENTS.map((e) => e.id).join(',');

for (const renderer of ['maplibre', 'canvas']) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`${base}/?renderer=${renderer}#/map?layers=${all}`);
  await settle(page);
  await page.screenshot({ path: join(out, `planner-1366-all-${renderer}.png`) });
  console.log(`wrote planner-1366-all-${renderer}`);
  if (renderer === 'maplibre') {
    await page.waitForFunction(() => window.__dgexport !== undefined);
    const png = await page.evaluate(() => window.__dgexport!.exportViewPng(1920, 1080, 'symbols'));
    writeFileSync(join(out, 'export-1920-all.png'), Buffer.from(png.split(',')[1], 'base64'));
    console.log('wrote export-1920-all');
    // One plan's elements: the exported legend has room for their swatches.
    const fyp14 = LAYOUT_ELEMENTS.filter((e) => e.plan === 'fyp14').map((e) => e.id).join(',');
    await page.goto(`${base}/?renderer=${renderer}#/map?layers=${fyp14}`);
    await settle(page);
    const slide = await page.evaluate(() => window.__dgexport!.exportViewPng(1920, 1080, 'symbols'));
    writeFileSync(join(out, 'export-1920-fyp14.png'), Buffer.from(slide.split(',')[1], 'base64'));
    console.log('wrote export-1920-fyp14');
  }
  await context.close();
}
for (const renderer of ['maplibre', 'canvas']) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`${base}/?renderer=${renderer}#/town/${encodeURIComponent('长安镇')}`);
  await settle(page);
  await page.screenshot({ path: join(out, `town-390-${renderer}.png`) });
  console.log(`wrote town-390-${renderer}`);
  await context.close();
}
await browser.close();
await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
