/**
 * Screenshots of the presenter console, alone (rehearsal) and linked to an audience window, at
 * 1366×768 and 1920×1080, for looking at:
 *   npm run build:e2e && tsx tests/support/consoleShots.ts <out-dir>
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from './browser';

const out = process.argv[2] ?? 'test-results/console-shots';
mkdirSync(out, { recursive: true });
const server = await preview({ build: { outDir: 'dist-e2e' }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
const browser = await launchChromium();
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const at = (page: Page, text: string) => page.waitForFunction((want) => document.querySelector('.console-counter')?.textContent?.trim().startsWith(want), text, { timeout: 60_000 });
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(1500); // the timer ticks, the marker images load
  await page.screenshot({ path: `${out}/${name}` });
  console.log(`wrote ${out}/${name}`);
};

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`;
  // Alone: a rehearsal, three slides in.
  const alone = await browser.newContext({ viewport: size });
  const page = await alone.newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`${base}/#/present/console`);
  await page.getByText('未连接放映窗口').waitFor({ timeout: 60_000 });
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await at(page, '3 /');
  await shot(page, `console-alone-${tag}.png`);
  // The last two slides: a table-like slide next to the quota fill, and the end of the deck.
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await at(page, '18 /');
  await shot(page, `console-alone-slide18-${tag}.png`);
  await alone.close();

  // Linked: the audience window on the projector at 1920×1080, the console beside it.
  const linked = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const audience = await linked.newPage();
  await audience.goto(`${base}/#/present/4`);
  await audience.getByLabel('幻灯片进度').waitFor({ timeout: 60_000 });
  const consoleWindow = await linked.newPage();
  await consoleWindow.setViewportSize(size);
  consoleWindow.on('pageerror', (e) => console.log('page error:', e.message));
  await consoleWindow.goto(`${base}/#/present/console`);
  await consoleWindow.getByText('已连接放映窗口').waitFor({ timeout: 60_000 });
  await at(consoleWindow, '4 /');
  await shot(consoleWindow, `console-linked-${tag}.png`);
  await consoleWindow.keyboard.press('b');
  await consoleWindow.getByText('观众屏幕已黑屏').waitFor();
  await shot(consoleWindow, `console-linked-blank-${tag}.png`);
  await linked.close();
}
await browser.close();
await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
