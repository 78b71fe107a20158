/**
 * Screenshots of the planner with a layout on, in one language at two sizes:
 * tsx tests/support/languageShots.ts <baseUrl> <outDir> <lang> <layer,ids>
 */
import { launchChromium } from './browser';

const [base, outDir, lang = 'en', layers = ''] = process.argv.slice(2);
const browser = await launchChromium();
for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`${base}/?lang=${lang}#/map?layers=${layers}`);
  await page.waitForFunction(() => (window as unknown as { __dgmap?: { idle?: boolean } }).__dgmap?.idle === true, null, { timeout: 60_000 }).catch(() => console.log('no idle flag'));
  await page.waitForTimeout(800);
  const out = `${outDir}/planner-2018-${lang}-${width}x${height}.png`;
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  await page.close();
}
await browser.close();
