/**
 * Where a MapLibre layer toggle's time goes: `tsx tests/bench/toggleProfile.ts DIST [TOGGLES] [ROUTE]`
 * [framed|moved] (DIST built with `vite build --mode e2e`). Opens ROUTE (default `#/map`) forced onto
 * MapLibre (`?renderer=maplibre`) at 1440×900, waits for the overlays to be set up (moved: then drags
 * the map, so the planner keeps the user's view and a toggle no longer re-frames the camera), then records a Chromium
 * CPU profile (CDP `Profiler`) of the main thread over TOGGLES clicks in the 图层 tab (default 12),
 * each waited for to the map's idle, and prints: the toggle times and frames, the GPU process's time
 * running the WebGL commands (SwiftShader) and how much of it the page waited for, the main thread's time split
 * by where it ran (MapLibre, React and the app, the browser's own work such as GC, style and layout,
 * and idle: waiting, which with software WebGL is mostly SwiftShader drawing the frame in the GPU
 * process), with the heaviest functions by self time. A script, never a test.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { launchChromium } from '../support/browser';
import { gpuShareOfTrace } from './gpuShare';
import { TOGGLED_ROWS } from './interactions';
import { serveFolders } from './staticServer';
import { median, round } from './stats';

const [dist, togglesArg, route = '#/map', how = 'framed'] = process.argv.slice(2);
if (!dist) throw new Error('usage: tsx tests/bench/toggleProfile.ts DIST [TOGGLES] [ROUTE] [framed|moved]');
const TOGGLES = Number(togglesArg ?? 12);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which part of the page a script URL belongs to (chunk names of the build). */
function area(url: string, fn: string): string {
  if (!url) {
    if (fn === '(idle)') return 'idle (waiting: the GPU process, timers)';
    if (fn === '(garbage collector)') return 'garbage collector';
    if (fn === '(program)') return 'browser (style, layout, paint, GL calls)';
    return `native ${fn}`;
  }
  const file = url.split('/').pop()!.replace(/-[\w-]{8}(\.m?js)$/, '$1');
  if (file.startsWith('mapAdapter')) return 'MapLibre (main thread)';
  if (url.startsWith('pptr') || url.startsWith('__playwright') || !url.startsWith('http')) return 'bench harness';
  return `app: ${file}`;
}

const site = await serveFolders({ '': resolve(dist) });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(`${site.urls['']}?renderer=maplibre${route}`);
  await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
  await page.getByRole('tab', { name: '图层' }).click();
  const boxes = page.locator('.element-row input[type="checkbox"]');
  // The first toggle waits for the overlays' set-up: left out of the profile.
  await boxes.nth(TOGGLED_ROWS.first).click();
  await page.evaluate(() => window.__dgmap!.whenIdle());
  if (how === 'moved') {
    // The user drags the map: the planner keeps their view, so a toggle no longer re-frames the camera.
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 20, { steps: 4 });
    await page.mouse.up();
    await page.evaluate(() => window.__dgmap!.whenIdle());
  }
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'gpu', 'toplevel'] });
  const count = await boxes.count();
  const picks = TOGGLED_ROWS.timed.filter((i) => i < count);
  const times: { on: boolean; ms: number; frames: number }[] = [];
  for (let k = 0; k < TOGGLES; k++) {
    const box = boxes.nth(picks[k % picks.length]);
    const on = !(await box.isChecked());
    const frames = await page.evaluate(() => window.__dgmap!.framesDrawn?.() ?? 0);
    const start = await page.evaluate(() => performance.now());
    await box.click();
    const done = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 0));
      await window.__dgmap!.whenIdle();
      return { at: performance.now(), frames: window.__dgmap!.framesDrawn?.() ?? 0 };
    });
    times.push({ on, ms: done.at - start, frames: done.frames - frames });
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const traceBuffer = await browser.stopTracing();
  // TRACE=file.json keeps the trace (DevTools' Performance panel opens it).
  if (process.env.TRACE) writeFileSync(process.env.TRACE, traceBuffer);
  const gpu = gpuShareOfTrace(traceBuffer, TOGGLES);
  await context.close();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of selfMs) {
    const { callFrame } = byId.get(id)!;
    const a = area(callFrame.url, callFrame.functionName);
    areas.set(a, (areas.get(a) ?? 0) + ms);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
    total += ms;
  }
  const on = times.filter((t) => t.on).map((t) => t.ms);
  const off = times.filter((t) => !t.on).map((t) => t.ms);
  console.log(`${TOGGLES} toggles (harness round trip included): median ${round(median(times.map((t) => t.ms)))} ms, on ${round(median(on))}, off ${round(median(off))}; frames ${times.map((t) => t.frames).join(',')}`);
  // The GPU process runs the WebGL commands (SwiftShader here); the page's main thread waits for it
  // when it needs a result (the frame handed to the compositor), shown as WaitForGetOffset.
  console.log(`GPU process executing WebGL commands (CommandBufferService:PutChanged): ${gpu.gpuMsPerToggle} ms/toggle`);
  console.log(`  of which the page's main thread waited (CommandBufferProxyImpl::WaitForGetOffset): ${gpu.waitedMsPerToggle} ms/toggle`);
  console.log(`main thread over the profile (${round(total)} ms, ${round(total / TOGGLES)} ms per toggle):`);
  for (const [a, ms] of [...areas].sort((x, y) => y[1] - x[1])) console.log(`  ${a.padEnd(48)}${round(ms / TOGGLES).toString().padStart(8)} ms/toggle  ${round((100 * ms) / total)}%`);
  console.log('heaviest functions (self time per toggle):');
  for (const [f, ms] of [...functions].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`  ${round(ms / TOGGLES).toString().padStart(7)} ms  ${f}`);
} finally {
  await browser.close();
  await site.close();
}
const [l1, l5, l15] = loadavg().map((v) => round(v, 2));
console.log(`load average ${l1}, ${l5}, ${l15} (${cpus().length} cores)`);
