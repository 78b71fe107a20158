/**
 * The MapLibre part of the bench on two builds side by side, interleaved (the machine is shared,
 * so only figures from the same run compare):
 * `tsx tests/bench/mapFrames.ts DIST_A DIST_B [ROUNDS] [LOADS]`, each DIST built with `vite build --mode e2e`.
 * Every page is forced onto MapLibre (`?renderer=maplibre`: software WebGL would get the Canvas2D
 * renderer). Per build it prints the medians beside the goals of issue 23: layer toggle (on, off,
 * both), map frames per toggle, next slide beyond the camera flight, and, from LOADS interleaved cold
 * loads (default 3, 0 to skip) with the minimal ECharts map (tests/bench/reference.ts), the first
 * frame and the first MapLibre idle as ratios to ECharts. Closes with the load average.
 * Used to check a change to the map adapter before and after; `npm run bench` holds all the figures.
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchChromium } from '../support/browser';
import { measureRendererCosts, type RendererFigures } from './interactions';
import { loadApp, loadReference, type AppLoad } from './loads';
import { buildReference } from './reference';
import { serveFolders } from './staticServer';
import { median, round } from './stats';

const [a, b, roundsArg, loadsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: tsx tests/bench/mapFrames.ts DIST_A DIST_B [ROUNDS] [LOADS]');
const ROUNDS = Number(roundsArg ?? 2);
const LOADS = Number(loadsArg ?? 3);
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const ROOT = resolve(import.meta.dirname, '../..');
// One server per build: the bundle's paths are absolute (/assets/…).
const sites = { a: await serveFolders({ '': resolve(a) }), b: await serveFolders({ '': resolve(b) }) };
const reference = LOADS > 0 ? await serveFolders({ '': await buildReference(ROOT) }) : null;
const url = (which: 'a' | 'b', hash: string) => `${sites[which].urls['']}?renderer=maplibre${hash}`;
const browser = await launchChromium();
const runs: Record<'a' | 'b', RendererFigures[]> = { a: [], b: [] };
const loads: Record<'a' | 'b', AppLoad[]> = { a: [], b: [] };
const echarts: number[] = [];
try {
  for (let i = 0; i < ROUNDS; i++) {
    for (const which of i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
      const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
      await context.addInitScript('globalThis.__name = (fn) => fn;');
      const page = await context.newPage();
      await page.goto(url(which, '#/map'));
      await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
      const f = await measureRendererCosts(page);
      runs[which].push(f);
      await context.close();
      console.log(
        `round ${i + 1} ${which}: toggle ${f.layerToggle.median} ms (on ${f.layerToggleOn.median}, off ${f.layerToggleOff.median}, first ${f.firstLayerToggle}, ` +
          `${f.framesPerToggle ?? '?'} frames, beyond the re-framing ${f.layerToggleBeyondFlight.median}, ${f.togglesWithFlight} flights), slide beyond flight ${f.slideBeyondFlight.median} ms`,
      );
    }
  }
  for (let i = 0; i < LOADS; i++) {
    const order = (['a', 'b', 'ref'] as const).map((_, k, all) => all[(k + i) % all.length]);
    for (const which of order) {
      if (which === 'ref') echarts.push(await loadReference(browser, reference!.urls[''], DESKTOP));
      else loads[which].push(await loadApp(browser, url(which, '#/map'), DESKTOP));
    }
    console.log(`cold load ${i + 1}/${LOADS}: a idle ${round(loads.a.at(-1)!.firstIdleMs)} ms, b idle ${round(loads.b.at(-1)!.firstIdleMs)} ms, ECharts ${round(echarts.at(-1)!)} ms`);
  }
} finally {
  await browser.close();
  await sites.a.close();
  await sites.b.close();
  await reference?.close();
}

const line = (label: string, value: number, unit: string, goal: number | null) =>
  `  ${goal === null ? ' ' : value <= goal ? '✓' : '✗'} ${label.padEnd(44)}${`${value}${unit}`.padStart(10)}${goal === null ? '' : `   goal ≤ ${goal}${unit}`}`;
const ref = median(echarts);
for (const which of ['a', 'b'] as const) {
  const all = (pick: (f: RendererFigures) => number[]) => Math.round(median(runs[which].flatMap(pick)));
  console.log(`\n${which}: ${which === 'a' ? a : b} (MapLibre, ${ROUNDS} rounds)`);
  console.log(line('layer toggle → idle (median)', all((f) => f.layerToggle.runs), ' ms', 100));
  console.log(line('  switching on', all((f) => f.layerToggleOn.runs), ' ms', 100));
  console.log(line('  switching off', all((f) => f.layerToggleOff.runs), ' ms', 100));
  console.log(line('  beyond the camera re-framing', all((f) => f.layerToggleBeyondFlight.runs), ' ms', null));
  console.log(`      ${runs[which].reduce((n, f) => n + f.togglesWithFlight, 0)} of ${runs[which].reduce((n, f) => n + f.layerToggle.runs.length, 0)} toggles re-framed the city camera (a flight)`);
  console.log(line('first layer toggle', all((f) => [f.firstLayerToggle]), ' ms', 200));
  const frames = runs[which].map((f) => f.framesPerToggle).filter((v): v is number => v !== null);
  if (frames.length) console.log(line('map frames per toggle (median)', median(frames), '', 1));
  console.log(line('next slide beyond the flight (median)', all((f) => f.slideBeyondFlight.runs), ' ms', 100));
  console.log(line('next slide, flight included (median)', all((f) => f.slideTotal.runs), ' ms', null));
  if (LOADS > 0) {
    const frame = median(loads[which].map((l) => l.firstFrameMs));
    const idle = median(loads[which].map((l) => l.firstIdleMs));
    console.log(line(`first frame / ECharts (${Math.round(frame)} / ${Math.round(ref)} ms)`, round(frame / ref, 2), '×', 1.0));
    console.log(line(`MapLibre idle / ECharts (${Math.round(idle)} / ${Math.round(ref)} ms)`, round(idle / ref, 2), '×', 2.5));
  }
}
const [l1, l5, l15] = loadavg().map((v) => round(v, 2));
console.log(`\nload average ${l1}, ${l5}, ${l15} (${cpus().length} cores): compare a and b of this run only.`);
