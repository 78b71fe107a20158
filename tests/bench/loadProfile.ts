/**
 * What runs on the page's main thread before its first complete frame:
 * `tsx tests/bench/loadProfile.ts DIST [ROUTE] [phone-second|phone-cold|desktop]` (DIST built with
 * `vite build --mode e2e`; default `#/town/长安镇`, phone-second). phone-second is the bench's phone second
 * visit (390×844 at 3×, CPU 4× slower, slow 3G, the service worker installed by an unthrottled
 * first visit in the same context); phone-cold the same without the first visit; desktop a cold load
 * at 1440×900. Records a Chromium trace of the load and prints the first frame, then the renderer's
 * main-thread time up to it by kind (script compile and evaluation per file, functions called from
 * tasks, style and layout, paint, GC) and the network requests with their source (network or service
 * worker). CHROMIUM_EXTRA adds browser flags; WARM_SERVER=1 has the static server read every file first. A script, never a test.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { launchChromium } from '../support/browser';
import { CONTEXT_SETTLE_MS } from './loads';
import { serveFolders } from './staticServer';
import { round, sleep } from './stats';

const [dist, route = '#/town/长安镇', mode = 'phone-second'] = process.argv.slice(2);
if (!dist) throw new Error('usage: tsx tests/bench/loadProfile.ts DIST [ROUTE] [phone-second|phone-cold|desktop]');
const phone = mode.startsWith('phone');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

const site = await serveFolders({ '': resolve(dist) });
const browser = await launchChromium(process.env.CHROMIUM_EXTRA?.split(' ') ?? []);
try {
  // WARM_SERVER=1 loads the page once in a context of its own first, so the static server has read
  // and compressed every file before the traced load (as in the bench, where only the first of its
  // loads finds the server cold); the traced context's cache is still empty.
  if (process.env.WARM_SERVER) {
    const warm = await browser.newContext();
    const page = await warm.newPage();
    await page.goto(`${site.urls['']}${route}`);
    await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 120_000 });
    await warm.close();
  }
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } : { viewport: { width: 1440, height: 900 } },
  );
  await sleep(CONTEXT_SETTLE_MS);
  const url = `${site.urls['']}${route}`;
  if (mode === 'phone-second') {
    const first = await context.newPage();
    await first.goto(url);
    await first.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await first.close();
  }
  const page = await context.newPage();
  // Traced from the tab's creation: Chromium starts a WebUI renderer (the omnibox popup) with each new
  // tab, which burns seconds of CPU (printed below). SETTLE_PAGE=1 waits CONTEXT_SETTLE_MS before
  // navigating, as the bench's loads do (tests/bench/loads.ts).
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'toplevel', 'loading', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'],
  });
  if (process.env.SETTLE_PAGE) await sleep(CONTEXT_SETTLE_MS);
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const requests: string[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const t = request.timing();
    requests.push(`${round(t.responseEnd)} ms  ${response?.fromServiceWorker() ? 'sw ' : 'net'}  ${new URL(request.url()).pathname}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__dgFirstFrame !== undefined, null, { timeout: 180_000 });
  const frame = await page.evaluate(() => ({ ...window.__dgFirstFrame!, origin: performance.timeOrigin }));
  await page.waitForTimeout(300);
  // UNTIL_IDLE=1 traces on to MapLibre's first idle (what competes with it).
  if (process.env.UNTIL_IDLE) await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 180_000 });
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  // TRACE=file.json keeps the trace (open it in DevTools' Performance panel).
  if (process.env.TRACE) writeFileSync(process.env.TRACE, JSON.stringify(trace));
  await context.close();

  const events = trace.traceEvents;
  const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args!.name!]));
  const processNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => [e.pid, e.args!.name!]));
  // The page's main thread: the main thread of a plain renderer (not a WebUI page) that ran the app's scripts.
  const scriptEvents = events.filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule');
  const main = scriptEvents.map((e) => `${e.pid}:${e.tid}`).find((k) => threadNames.get(k) === 'CrRendererMain' && processNames.get(Number(k.split(':')[0])) === 'Renderer');
  const navStart = events.find((e) => (e.name === 'navigationStart' || e.name === 'fetchStart') && e.pid === Number(main?.split(':')[0]))?.ts;
  if (!main || navStart === undefined) throw new Error('no renderer main thread in the trace');
  const end = navStart + frame.ms * 1000;
  const onMain = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= navStart && e.ts < end).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time per kind, nested events subtracted from their parent.
  const kind = (e: TraceEvent) => {
    const file = (e.args?.data?.url ?? '').split('/').pop()?.replace(/-[\w-]{8}(\.m?js)$/, '$1');
    switch (e.name) {
      case 'v8.compile':
      case 'v8.compileModule':
      case 'V8.CompileCode':
      case 'v8.parseOnBackground':
        return `compile ${file ?? ''}`;
      case 'EvaluateScript':
      case 'v8.evaluateModule':
        return `evaluate ${file ?? ''}`;
      case 'FunctionCall':
        return `function call ${file ?? ''}`;
      case 'UpdateLayoutTree':
      case 'Layout':
      case 'RecalculateStyles':
        return 'style and layout';
      case 'Paint':
      case 'PrePaint':
      case 'Layerize':
      case 'Commit':
        return 'paint';
      case 'ParseHTML':
        return 'parse HTML';
      default:
        return e.name.startsWith('V8.GC') || e.name.includes('GC') ? 'garbage collection' : 'other tasks';
    }
  };
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  let busy = 0;
  for (const e of onMain) {
    while (stack.length && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(kind(parent), (self.get(kind(parent)) ?? 0) - (e.dur ?? 0));
    else busy += e.dur ?? 0;
    self.set(kind(e), (self.get(kind(e)) ?? 0) + (e.dur ?? 0));
    stack.push(e);
  }
  console.log(`${mode} ${route}: first complete frame ${round(frame.ms)} ms (${frame.by}); main thread busy ${round(busy / 1000)} ms before it`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).filter(([, us]) => us >= 1000)) console.log(`  ${round(us / 1000).toString().padStart(8)} ms  ${k}`);
  // Other renderers busy during the load (Chromium's own WebUI pages): CPU the page competed with.
  for (const [pid, name] of processNames) {
    if (!name.includes('WebUI')) continue;
    const tasks = events.filter((e) => e.pid === pid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
    if (tasks.length === 0) continue;
    const from = Math.min(...tasks.map((e) => e.ts));
    const to = Math.max(...tasks.map((e) => e.ts + (e.dur ?? 0)));
    const ms = tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    console.log(`  ${name}: main thread ${round(ms)} ms, from ${round((from - navStart) / 1000)} to ${round((to - navStart) / 1000)} ms after navigation`);
  }
  console.log('requests (response end, from navigation start of each request):');
  for (const r of requests) console.log(`  ${r}`);
} finally {
  await browser.close();
  await site.close();
}
const [l1, l5, l15] = loadavg().map((v) => round(v, 2));
console.log(`load average ${l1}, ${l5}, ${l15} (${cpus().length} cores)`);
