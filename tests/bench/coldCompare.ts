/**
 * Two builds' desktop cold loads side by side, interleaved with the ECharts reference (as the bench's
 * loads part): `tsx tests/bench/coldCompare.ts OLD_DIST_E2E NEW_DIST_E2E [ROUNDS]` (each built with
 * `vite build --mode e2e`). Prints each side's first frame and first idle (medians) and their ratios to
 * ECharts from the same run, so a change is read under the same load. A script, never a test.
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchChromium } from '../support/browser';
import { loadApp, loadReference } from './loads';
import { buildReference } from './reference';
import { serveFolders } from './staticServer';
import { median, round } from './stats';

const [oldDist, newDist, rounds = '5'] = process.argv.slice(2);
if (!oldDist || !newDist) throw new Error('usage: tsx tests/bench/coldCompare.ts OLD_DIST NEW_DIST [ROUNDS]');
const ROOT = resolve(import.meta.dirname, '../..');
const DESKTOP = { viewport: { width: 1440, height: 900 } };
// Each build at the root of a server of its own (the page asks for /assets/…).
const site = await serveFolders({ '': resolve(oldDist), reference: await buildReference(ROOT) });
const newSite = await serveFolders({ '': resolve(newDist) });
const browser = await launchChromium();
const frames: Record<string, number[]> = { old: [], new: [], echarts: [] };
const idles: Record<string, number[]> = { old: [], new: [] };
try {
  for (let i = 0; i < Number(rounds); i++) {
    const runs = [
      async () => { const l = await loadApp(browser, `${site.urls['']}?renderer=maplibre#/map`, DESKTOP); frames.old.push(l.firstFrameMs); idles.old.push(l.firstIdleMs); },
      async () => { const l = await loadApp(browser, `${newSite.urls['']}?renderer=maplibre#/map`, DESKTOP); frames.new.push(l.firstFrameMs); idles.new.push(l.firstIdleMs); },
      async () => { frames.echarts.push(await loadReference(browser, site.urls.reference, DESKTOP)); },
    ];
    // Rotate the order, so no side always follows another.
    for (let k = 0; k < runs.length; k++) await runs[(i + k) % runs.length]();
    console.log(`round ${i + 1}: old ${round(frames.old.at(-1)!)} ms, new ${round(frames.new.at(-1)!)} ms, ECharts ${round(frames.echarts.at(-1)!)} ms`);
  }
} finally {
  await browser.close();
  await site.close();
  await newSite.close();
}
const ref = median(frames.echarts);
for (const side of ['old', 'new']) {
  console.log(`${side}: first frame ${round(median(frames[side]))} ms (${round(median(frames[side]) / ref, 2)}× ECharts ${round(ref)} ms), first idle ${round(median(idles[side]))} ms (${round(median(idles[side]) / ref, 2)}×)`);
}
const [l1, l5, l15] = loadavg().map((v) => round(v, 2));
console.log(`load average ${l1}, ${l5}, ${l15} (${cpus().length} cores)`);
