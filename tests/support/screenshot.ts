/** Takes a screenshot of a running app: tsx tests/support/screenshot.ts <url> <out.png> [width] [height] */
import { launchChromium } from './browser';

const [url, out, width = '1440', height = '900'] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url);
await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 30_000 }).catch(() => console.log('no idle flag'));
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
