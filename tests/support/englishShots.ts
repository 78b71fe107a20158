/**
 * Screenshots of the UI in one language for looking at: the planner with the 2018 layout, a town view
 * and four slides, at 1366×768 and 1920×1080.
 *   npm run build:e2e && tsx tests/support/englishShots.ts <out-dir> [en|zh]
 * Serves dist-e2e/ on a free port and waits for the map to be idle before each picture.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from './browser';

const out = process.argv[2] ?? 'test-results/english-shots';
const lang = process.argv[3] ?? 'en';
const only = process.argv[4];
mkdirSync(out, { recursive: true });
const server = await preview({ mode: 'e2e', build: { outDir: 'dist-e2e' }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
const browser = await launchChromium();
const SCREENS = [
  { name: 'planner-2018', hash: '#/map?layers=core-songshanhu,belt-west,belt-central,belt-east' },
  { name: 'town-xiegang', hash: '#/town/谢岗镇' },
  { name: 'slide-02', hash: '#/present/2' },
  { name: 'slide-09', hash: '#/present/9' },
  { name: 'slide-18', hash: '#/present/18' },
  { name: 'slide-19', hash: '#/present/19' },
];
for (const viewport of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));
  for (const screen of SCREENS.filter((s) => !only || s.name === only)) {
    await page.goto('about:blank');
    await page.goto(`${base}/${lang === 'en' ? '?lang=en' : ''}${screen.hash}`);
    await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
    await page.evaluate(() => window.__dgmap!.whenIdle());
    await page.waitForTimeout(1000); // the camera eases
    await page.evaluate(() => window.__dgmap!.whenIdle());
    const file = `${out}/${lang === 'en' ? '' : `${lang}-`}${screen.name}-${viewport.width}x${viewport.height}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
  await context.close();
}
await browser.close();
await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
