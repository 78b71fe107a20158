import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { booleanPointInPolygon } from '@turf/turf';
import { inject, onTestFinished } from 'vitest';
import { appGeo } from '../fixtures/appGeo';
import { connectChromium } from '../support/browser';

export interface PageRecord {
  page: Page;
  /** Requests to any origin other than the app's own. */
  outsideRequests: string[];
  consoleErrors: string[];
}

let browser: Browser | undefined;

/** The run's one Chromium (started in globalSetup.ts), connected once per test file. */
export async function openBrowser(): Promise<Browser> {
  browser ??= await connectChromium(inject('browserWsEndpoint'));
  return browser;
}

/** Disconnects this file, closing the contexts it opened (the browser stays for the next file). */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * Which renderer draws the map in a test. These tests run under software WebGL (SwiftShader), where
 * the app picks the Canvas2D renderer (src/map/rendererChoice.ts), as it does for a user on such a
 * PC: `auto` is what the app chooses. A test of the MapLibre map itself asks for `maplibre`.
 */
export type TestRenderer = 'maplibre' | 'canvas' | 'auto';

let fileRenderer: TestRenderer = 'maplibre';

/**
 * Before each test file (tests/e2e/eachFile.ts): the end-to-end files share one module graph (the
 * e2e project runs with `isolate: false`, so playwright-core and the rest load once a run, not once a
 * file), so what one file set here must not reach the next: the renderer goes back to the default and
 * a connection a file left open is closed, with its contexts.
 */
export async function startTestFile(): Promise<void> {
  fileRenderer = 'maplibre';
  await closeBrowser();
}

/** Sets the renderer every page of this test file is opened with (call at the top of the file). */
export function openPagesWith(renderer: TestRenderer): void {
  fileRenderer = renderer;
}

/**
 * The app at a hash route, drawn by the file's renderer (see openPagesWith). A route that names its
 * own query (`?renderer=canvas#/map`) keeps it.
 */
export function appUrl(hash = '', renderer: TestRenderer = fileRenderer): string {
  const query = hash.startsWith('?') || renderer === 'auto' ? '' : `?renderer=${renderer}`;
  return `${inject('baseUrl')}/${query}${hash}`;
}

export interface OpenOptions {
  /** A phone: touch events, mobile viewport meta, coarse pointer. */
  touch?: boolean;
  /** Wait for the map's first idle (false for screens without a map, e.g. #/quotas). */
  waitForMap?: boolean;
  /** Opened in beforeAll and shared by several tests: the caller closes it in afterAll. */
  shared?: boolean;
  /**
   * The system's reduce-motion setting on (`prefers-reduced-motion: reduce`): every camera change
   * jumps (src/map/reducedMotion.ts). For a test that checks where the camera lands, not the flight:
   * each step then costs one frame instead of a flight's several.
   */
  reducedMotion?: boolean;
}

/**
 * Opens the app at a hash route and waits until the map first goes idle. The browser context is
 * closed when the test finishes, passed or failed (the test's `finally`), so a failing test never
 * leaves a page running into the next one (unless `shared`).
 */
export async function openApp(hash = '#/map', viewport = { width: 1280, height: 800 }, options: OpenOptions = {}): Promise<PageRecord> {
  const b = await openBrowser();
  const touch = options.touch ?? false;
  const context = await b.newContext({ viewport, acceptDownloads: true, hasTouch: touch, isMobile: touch, ...(options.reducedMotion ? { reducedMotion: 'reduce' as const } : {}) });
  if (!options.shared) onTestFinished(() => context.close().catch(() => {}));
  const page = await context.newPage();
  const origin = new URL(inject('baseUrl')).origin;
  const record: PageRecord = { page, outsideRequests: [], consoleErrors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) record.outsideRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.consoleErrors.push(error.message));
  await page.goto(appUrl(hash));
  if (options.waitForMap ?? true) await waitForMapIdle(page);
  return record;
}

/**
 * A same-document navigation to `hash`, as a link or the address bar's hash does (no page load):
 * resolves once the page has handled the hashchange, React has rendered (two frames) and the map,
 * the screen's new one if the route changed screens, is idle with the state it was given.
 */
export async function goToHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (h) =>
      new Promise<void>((resolve) => {
        const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        if (decodeURIComponent(window.location.hash) === h) return frames();
        window.addEventListener('hashchange', frames, { once: true });
        window.location.hash = h;
      }),
    hash,
  );
  await waitForMapIdle(page);
  await page.evaluate(() => window.__dgmap!.settled());
}

/**
 * A download's bytes. The browser is the run's shared one, reached over a connection, where
 * `download.path()` is refused: the file is read through its stream.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  // Generous: on a loaded 2-core machine a first load with software WebGL can take tens of seconds.
  await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 90_000 });
  await page.evaluate(() => window.__dgmap!.whenIdle());
}

/**
 * The map settled with its camera at rest: settled, and still showing the same bounds after a
 * further `gapMs` and settling again (a camera flight that starts a frame or two late, e.g. once a
 * card has measured itself, moves the bounds and is waited for too). It replaces a fixed wait of the
 * camera's whole easing time after every step; a camera still moving after 8 s fails the test.
 */
export async function waitForCameraStill(page: Page, gapMs = 300): Promise<void> {
  const view = () =>
    page.evaluate(async () => {
      await window.__dgmap!.settled();
      return JSON.stringify(window.__dgmap!.bounds());
    });
  let before = await view();
  for (let waited = 0; waited < 8_000; waited += gapMs) {
    await page.waitForTimeout(gapMs);
    const after = await view();
    if (after === before) return;
    before = after;
  }
  throw new Error(`the camera was still moving after 8 s (last bounds ${before})`);
}

export async function placedLabels(page: Page): Promise<number> {
  return page.evaluate(() => window.__dgmap!.placedLabels());
}

export function currentHash(page: Page): Promise<string> {
  return page.evaluate(() => decodeURIComponent(window.location.hash));
}

/** What the map draws now, read back from MapLibre: visible layout elements, town fills, focus. */
export function inspectMap(page: Page) {
  return page.evaluate(() => window.__dgmap!.inspect());
}

const townMeta = JSON.parse(readFileSync('geo/build/towns.meta.json', 'utf8')) as {
  towns: { name: string; label: [number, number]; bbox: [number, number, number, number] }[];
};

/** A unit's label point as the geo build placed it, [lon, lat]. */
export function labelPointOf(name: string): [number, number] {
  return townMeta.towns.find((t) => t.name === name)!.label;
}

/** A unit's bounding box as the geo build measured it, [west, south, east, north]. */
export function bboxOf(name: string): [number, number, number, number] {
  return townMeta.towns.find((t) => t.name === name)!.bbox;
}

/** Clicks the map at a longitude/latitude, optionally with modifier keys held. */
export async function clickPlace(page: Page, lonLat: [number, number], modifiers: 'Shift'[] = []): Promise<void> {
  const [x, y] = await page.evaluate((p) => window.__dgmap!.pagePoint(p), lonLat);
  await page.mouse.move(x, y);
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.click(x, y);
  for (const m of modifiers) await page.keyboard.up(m);
}

const axeSource = readFileSync(new URL(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (its source injected, no network) and returns serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, so the app's CSP (no inline scripts) stays as it is.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => String(n.target)) }));
  });
}

/** A screen a test opens by its link: the planner, a town view, a slide, … */
export interface Screen {
  name: string;
  hash: string;
  /** false for screens without a map. */
  map?: boolean;
  then?: (page: Page) => Promise<void>;
}

/** A fresh load of a screen (not a same-document hash change), ready to be read; `query` e.g. '?lang=en'. */
export async function openScreen(page: Page, screen: Screen, query = ''): Promise<void> {
  await page.goto('about:blank');
  await page.goto(appUrl(`${query}${screen.hash}`));
  if (screen.map ?? true) await waitForMapIdle(page);
  else await page.getByRole('heading', { level: 1 }).waitFor();
  await screen.then?.(page);
}

/**
 * A point of `town` the map shows above the phone's sheet, on the way from `from`'s label to its own
 * (a tap frames the chosen town, which can put the next town's label under the sheet or off screen).
 */
export async function visiblePointOf(page: Page, town: string, from: string): Promise<[number, number] | null> {
  const shape = appGeo().towns.features.find((f) => f.properties.name === town)!;
  const sheetTop = await page.evaluate(() => document.querySelector('.side-panel')?.getBoundingClientRect().top ?? innerHeight);
  const width = await page.evaluate(() => innerWidth);
  const [a, b] = [labelPointOf(from), labelPointOf(town)];
  for (let t = 0.05; t <= 1; t += 0.05) {
    const p: [number, number] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    const [x, y] = await page.evaluate((q) => window.__dgmap!.pagePoint(q), p);
    if (booleanPointInPolygon(p, shape) && y > 60 && y < sheetTop - 10 && x > 10 && x < width - 10) return [x, y];
  }
  return null;
}
