/**
 * Screenshots of every default slide at 1920×1080 and of the presenter console, for looking at:
 *   npm run build && tsx tests/support/deckShots.ts <out-dir>
 * Serves dist-e2e/ (npm run build:e2e) on a free port, walks the deck with the keyboard, waits for the map to be idle.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { launchChromium } from './browser';

const out = process.argv[2] ?? 'test-results/deck-shots';
mkdirSync(out, { recursive: true });
const server = await preview({ build: { outDir: 'dist-e2e' }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('page error:', e.message));
const idle = () => page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 }).then(() => page.evaluate(() => window.__dgmap!.whenIdle()));
const deck = buildDefaultDeck();
await page.goto(`${base}/#/present/1`);
for (let n = 1; n <= deck.length; n++) {
  if (n > 1) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((want) => document.querySelector('[aria-label="幻灯片进度"]')?.textContent?.trim() === want, `${n} / ${deck.length}`);
  await idle();
  await page.waitForTimeout(800); // the camera eases
  await idle();
  const file = `${out}/slide-${String(n).padStart(2, '0')}-${deck[n - 1].id}.png`;
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}
await page.keyboard.press('Home');
const consoleWindow = await context.newPage();
await consoleWindow.setViewportSize({ width: 1366, height: 768 });
await consoleWindow.goto(`${base}/#/present/console`);
await consoleWindow.getByText('已连接放映窗口').waitFor();
await page.keyboard.press('ArrowRight');
await page.keyboard.press('ArrowRight');
await consoleWindow.waitForTimeout(500);
await consoleWindow.screenshot({ path: `${out}/console-1366x768.png` });
console.log(`wrote ${out}/console-1366x768.png`);
await browser.close();
await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
