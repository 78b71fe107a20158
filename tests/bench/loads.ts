/**
 * Cold loads: each in a fresh browser context (empty cache), navigated ~2.5 s after the context
 * is created. Headless Chromium also starts a WebUI renderer (the omnibox popup) with every new tab,
 * 3 to 7 s of CPU on this loaded machine from the tab's creation into the load, which that wait does
 * not cover: tests/bench/loadProfile.ts prints it (README, "One frame per action").
 */
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { sleep } from './stats';

export const CONTEXT_SETTLE_MS = 2500;

export interface AppLoad {
  /** Navigation start → a complete map (fills and labels) drawn, by whichever renderer drew it. */
  firstFrameMs: number;
  firstFrameBy: string;
  /** Navigation start → MapLibre's first 'idle' (everything loaded and drawn). */
  firstIdleMs: number;
  labelsAtFirstIdle: number;
  /** Scripts (page and workers) whose download had finished when the first complete frame was drawn. */
  scriptsBeforeFirstFrame: string[];
  scriptsAtFirstIdle: string[];
}

export interface Throttling {
  /** Emulation.setCPUThrottlingRate. */
  cpuRate: number;
  /** Network.emulateNetworkConditions: round-trip latency (ms) and throughput (bytes/s). */
  latencyMs: number;
  downloadBytesPerSecond: number;
  uploadBytesPerSecond: number;
}

async function throttle(page: Page, t: Throttling): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: t.latencyMs,
    downloadThroughput: t.downloadBytesPerSecond,
    uploadThroughput: t.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpuRate });
  return cdp;
}

const isScript = (url: string) => /\.(m?js)(\?|$)/.test(url);

export async function loadApp(
  browser: Browser,
  url: string,
  context: BrowserContextOptions,
  options: { throttling?: Throttling; timeoutMs?: number; secondVisit?: boolean } = {},
): Promise<AppLoad> {
  const ctx = await browser.newContext(context);
  try {
    await sleep(CONTEXT_SETTLE_MS);
    if (options.secondVisit) {
      // The first visit, unthrottled: it installs the service worker, which precaches the app.
      const first = await ctx.newPage();
      await first.goto(url);
      await first.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: options.timeoutMs ?? 60_000 });
      await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await first.close();
    }
    const page = await ctx.newPage();
    if (options.throttling) await throttle(page, options.throttling);
    const finished: { url: string; endEpochMs: number }[] = [];
    page.on('requestfinished', (request) => {
      const t = request.timing();
      finished.push({ url: request.url(), endEpochMs: t.startTime + t.responseEnd });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page
      .waitForFunction(() => window.__dgFirstFrame !== undefined && window.__dgmap?.idle === true, null, {
        timeout: options.timeoutMs ?? 60_000,
      })
      .catch((e: Error) => {
        throw new Error(`${url}: no complete map (${e.message.split('\n')[0]})${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
      });
    const r = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      frame: window.__dgFirstFrame!,
      idle: window.__dgmap!.firstIdleMs!,
      labels: window.__dgmap!.labelsAtFirstIdle!,
    }));
    const scriptsBefore = (ms: number) =>
      [...new Set(finished.filter((f) => isScript(f.url) && f.endEpochMs <= r.origin + ms).map((f) => new URL(f.url).pathname))];
    return {
      firstFrameMs: r.frame.ms,
      firstFrameBy: r.frame.by,
      firstIdleMs: r.idle,
      labelsAtFirstIdle: r.labels,
      scriptsBeforeFirstFrame: scriptsBefore(r.frame.ms),
      scriptsAtFirstIdle: scriptsBefore(r.idle),
    };
  } finally {
    await ctx.close();
  }
}

/** The ECharts reference page: navigation start → ECharts finished drawing the map. */
export async function loadReference(browser: Browser, url: string, context: BrowserContextOptions): Promise<number> {
  const ctx = await browser.newContext(context);
  try {
    await sleep(CONTEXT_SETTLE_MS);
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__refFirstFrame !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => window.__refFirstFrame!);
  } finally {
    await ctx.close();
  }
}
