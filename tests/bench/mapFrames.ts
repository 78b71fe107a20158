/**
 * The interaction part of the bench on two builds side by side, interleaved (the machine is shared,
 * so only figures from the same run compare): `tsx tests/bench/mapFrames.ts DIST_A DIST_B [ROUNDS]`.
 * Prints the medians of the map's figures (layer toggles, quota switch, slide change) per build.
 * Used to check a change to the map adapter before and after; `npm run bench` holds the goals.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../support/browser';
import type { GeoMeta } from '../../src/geo/types';
import { measureInteractions, type InteractionFigures } from './interactions';
import { serveFolders } from './staticServer';
import { median } from './stats';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: tsx tests/bench/mapFrames.ts DIST_A DIST_B [ROUNDS]');
const ROUNDS = Number(roundsArg ?? 2);
const meta = JSON.parse(readFileSync(resolve('geo/build/towns.meta.json'), 'utf8')) as GeoMeta;
const labelPoints = new Map(meta.towns.map((t) => [t.name, t.label]));
// One server per build: the bundle's paths are absolute (/assets/…).
const sites = { a: await serveFolders({ '': resolve(a) }), b: await serveFolders({ '': resolve(b) }) };
const browser = await launchChromium();
const runs: Record<'a' | 'b', InteractionFigures[]> = { a: [], b: [] };
try {
  for (let i = 0; i < ROUNDS; i++) {
    for (const which of i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
      await context.addInitScript('globalThis.__name = (fn) => fn;');
      const page = await context.newPage();
      await page.goto(`${sites[which].urls['']}#/map`);
      await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
      const f = await measureInteractions(page, labelPoints);
      runs[which].push(f);
      await context.close();
      console.log(`round ${i + 1} ${which}: toggle ${f.layerToggle.median} ms (first ${f.firstLayerToggle}), quota ${f.quotaSwitch.median}, slide beyond flight ${f.slideBeyondFlight.median}`);
    }
  }
} finally {
  await browser.close();
  await sites.a.close();
  await sites.b.close();
}
for (const which of ['a', 'b'] as const) {
  const all = (pick: (f: InteractionFigures) => number[]) => Math.round(median(runs[which].flatMap(pick)));
  console.log(
    `${which === 'a' ? a : b}: layer toggle ${all((f) => f.layerToggle.runs)} ms, first toggle ${all((f) => [f.firstLayerToggle])} ms, ` +
      `quota ${all((f) => f.quotaSwitch.runs)} ms, slide beyond flight ${all((f) => f.slideBeyondFlight.runs)} ms, slide total ${all((f) => f.slideTotal.runs)} ms`,
  );
}
