/**
 * npm run bench: performance figures for the production build, each printed beside its goal
 * (issue 14), and written to bench-results/bench.json. A script, never a test.
 *
 *  - cold loads, interleaved with a minimal ECharts map of the same geometry and labels (the
 *    reference, built here from geo/build): the app's first complete frame and first MapLibre
 *    idle, as medians and as ratios to the reference;
 *  - JavaScript before the first frame and in total (gzip);
 *  - interactions at 1440×900; a 500,000-row quota CSV with unknown names; the deck export per slide;
 *  - a phone profile (390×844, CPU 4× slower, slow 3G) for the town view;
 *  - the geo build's adjacency computation.
 *
 * BENCH_LOADS (default 7) and BENCH_PHONE_LOADS (default 3) set the number of cold loads;
 * BENCH_ONLY=loads,interactions,renderers,csv,deck,print,phone,adjacency runs a part (renderers: layer toggle
 * and slide change on MapLibre and on the Canvas2D renderer, each forced with ?renderer=, and the GPU process's
 * time in a MapLibre toggle; deck: PDF and
 * PowerPoint export per slide (Canvas2D, the exports' renderer; MapLibre forced for comparison); print: beforeprint (Ctrl+P) to the print map drawn).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { topology } from 'topojson-server';
import { neighbourPairs } from '../../src/geo/pipeline/adjacency';
import { boundaryFile } from '../../geo/paths';
import { runPipeline } from '../../src/geo/pipeline/pipeline';
import type { GeoMeta } from '../../src/geo/types';
import { launchChromium } from '../support/browser';
import { deckExportTimes, type DeckExportFigures } from './deckExport';
import { measureToggleGpuShare, type GpuShare } from './gpuShare';
import { measureInteractions, measureRendererCosts, type InteractionFigures, type RendererFigures } from './interactions';
import { loadApp, loadReference, type AppLoad, type Throttling } from './loads';
import { measureCsvImport, writeQuotaCsv, type CsvImportFigures } from './quotaCsv';
import { buildReference } from './reference';
import { serveFolders } from './staticServer';
import { median, round, series, type Series } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const PHONE_LOADS = Number(process.env.BENCH_PHONE_LOADS ?? 3);
const CSV_ROWS = 500_000;
const ONLY = new Set((process.env.BENCH_ONLY ?? 'loads,interactions,renderers,csv,deck,print,phone,adjacency').split(','));

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
/** DevTools' "Slow 3G" preset (the issue's network): 2 s round trip, 50 kB/s. */
const SLOW_3G: Throttling = { cpuRate: 4, latencyMs: 2000, downloadBytesPerSecond: 50_000, uploadBytesPerSecond: 50_000 };
/** DevTools' former "Fast 3G" (Lighthouse's mobile network): 562.5 ms round trip, 180 kB/s. */
const FAST_3G: Throttling = { cpuRate: 4, latencyMs: 562.5, downloadBytesPerSecond: 180_000, uploadBytesPerSecond: 84_375 };
const PHONE_ROUTE = '#/town/长安镇';

// ---------------------------------------------------------------------------------------------
// Figures and goals

interface Figure {
  label: string;
  value: number | null;
  unit: string;
  /** The figure must be ≤ this (null: no goal, shown for information). */
  goal: number | null;
  note?: string;
}
const figures: Figure[] = [];
const add = (f: Figure) => figures.push(f);
const verdict = (f: Figure) => (f.goal === null || f.value === null ? ' ' : f.value <= f.goal ? '✓' : '✗');
const show = (v: number | null, unit: string) => (v === null ? '—' : `${v}${unit === '×' ? '×' : ` ${unit}`}`);

function print(): void {
  const width = Math.max(...figures.map((f) => f.label.length)) + 2;
  for (const f of figures) {
    const goal = f.goal === null ? 'no goal' : `goal ≤ ${show(f.goal, f.unit)}`;
    console.log(`${verdict(f)} ${f.label.padEnd(width)}${show(f.value, f.unit).padStart(16)}   ${goal.padEnd(20)}${f.note ? `  ${f.note}` : ''}`);
  }
}

// ---------------------------------------------------------------------------------------------
// JavaScript sizes

// The pages run the bundle built for tests (dist-e2e/, which has the test handles the bench reads);
// sizes are those of the users' bundle (dist/): a script the page loaded is matched to its
// counterpart in dist/ by its chunk name (the file name without the content hash).
const assets = join(ROOT, 'dist/assets');
const gzipKiB = (files: string[]) =>
  round(files.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0) / 1024);
const allScripts = readdirSync(assets).filter((f) => /\.m?js$/.test(f));
const chunkName = (file: string) => file.replace(/-[\w-]{8}(\.m?js)$/, '$1');
const scriptFiles = (paths: string[]) => {
  const byChunk = new Map(allScripts.map((f) => [chunkName(f), f]));
  return [...new Set(paths.map((p) => byChunk.get(chunkName(basename(p)))).filter((f): f is string => f !== undefined))];
};

// ---------------------------------------------------------------------------------------------

const meta = JSON.parse(readFileSync(join(ROOT, 'geo/build/towns.meta.json'), 'utf8')) as GeoMeta;
const labelPoints = new Map(meta.towns.map((t) => [t.name, t.label]));
const result: Record<string, unknown> = { date: new Date().toISOString(), machine: 'headless Chromium, software WebGL (SwiftShader)' };

const referenceDir = await buildReference(ROOT);
const site = await serveFolders({ '': join(ROOT, 'dist-e2e'), reference: referenceDir });
const browser = await launchChromium();
/** MapLibre unless the route names a renderer: software WebGL would get the Canvas2D renderer by default (src/map/rendererChoice.ts). */
const appUrl = (hash: string) => `${site.urls['']}${hash.startsWith('?') ? '' : '?renderer=maplibre'}${hash}`;
/**
 * Runs an in-page measurement on #/map in a fresh desktop context, once the map is idle. The
 * context defines __name: tsx names functions through that helper, which the page lacks.
 */
const onIdleMap = async <T>(measure: (page: Page) => Promise<T>, route = '#/map'): Promise<T> => {
  const context = await browser.newContext(DESKTOP);
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(appUrl(route));
  await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
  const measured = await measure(page);
  await context.close();
  return measured;
};

try {
  if (ONLY.has('loads')) {
    const app: AppLoad[] = [];
    const reference: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // Alternate the order, so neither side always follows the other.
      const pair = [
        async () => app.push(await loadApp(browser, appUrl('#/map'), DESKTOP)),
        async () => reference.push(await loadReference(browser, site.urls.reference, DESKTOP)),
      ];
      for (const run of i % 2 ? pair.reverse() : pair) await run();
      process.stdout.write(`cold load ${i + 1}/${LOADS}: app ${round(app.at(-1)!.firstFrameMs)} ms, ECharts ${round(reference.at(-1)!)} ms\n`);
    }
    for (const [i, load] of app.entries()) {
      if (load.labelsAtFirstIdle !== meta.towns.length) throw new Error(`load ${i + 1}: ${load.labelsAtFirstIdle} labels placed at first idle, expected ${meta.towns.length}`);
    }
    const frame = series(app.map((l) => l.firstFrameMs));
    const idle = series(app.map((l) => l.firstIdleMs));
    const ref = series(reference);
    const last = app.at(-1)!;
    const beforeFrame = scriptFiles(last.scriptsBeforeFirstFrame);
    const atIdle = scriptFiles(last.scriptsAtFirstIdle);
    result.coldLoads = {
      loads: LOADS,
      viewport: DESKTOP.viewport,
      appFirstFrameMs: frame,
      firstFrameDrawnBy: [...new Set(app.map((l) => l.firstFrameBy))],
      appFirstIdleMs: idle,
      echartsFirstFrameMs: ref,
      firstFrameRatio: round(frame.median / ref.median, 2),
      firstIdleRatio: round(idle.median / ref.median, 2),
    };
    result.javascript = {
      beforeFirstFrame: { gzipKiB: gzipKiB(beforeFrame), files: beforeFrame },
      atFirstIdle: { gzipKiB: gzipKiB(atIdle), files: atIdle },
      wholeBundle: { gzipKiB: gzipKiB(allScripts), files: allScripts },
    };
    add({ label: 'first complete frame / ECharts', value: round(frame.median / ref.median, 2), unit: '×', goal: 1.0,
      note: `app ${frame.median} ms (${last.firstFrameBy}), ECharts ${ref.median} ms; medians of ${LOADS} interleaved cold loads` });
    add({ label: 'first MapLibre idle / ECharts', value: round(idle.median / ref.median, 2), unit: '×', goal: 2.5, note: `app ${idle.median} ms` });
    add({ label: 'JavaScript before the first frame', value: gzipKiB(beforeFrame), unit: 'KiB gzip', goal: 150, note: `${beforeFrame.length} files` });
    // At first idle: the entry, the map library and its worker (about 440 KiB of the 570) and nothing
    // a screen loads on demand (exports, import, table, zod when nothing is saved).
    add({ label: 'JavaScript at first idle', value: gzipKiB(atIdle), unit: 'KiB gzip', goal: 600, note: `${atIdle.length} files` });
    add({ label: 'JavaScript in the whole bundle', value: gzipKiB(allScripts), unit: 'KiB gzip', goal: null, note: `${allScripts.length} files` });
  }

  if (ONLY.has('interactions')) {
    const f: InteractionFigures = await onIdleMap((page) => measureInteractions(page, labelPoints));
    result.interactions = f;
    const each = (label: string, s: Series, goal = 100) => {
      add({ label: `${label} (median)`, value: s.median, unit: 'ms', goal });
      add({ label: `${label} (worst)`, value: s.worst, unit: 'ms', goal: goal === 100 ? 200 : goal });
    };
    each('click a town → panel updated', f.clickTownToPanel);
    each('周边 N 公里 → list updated', f.nearbyRadius, 20);
    each('search → town in the panel', f.searchToPanel);
    each('search → town framed (beyond the flight)', f.searchFramedBeyondFlight);
    add({ label: 'first layer toggle → painted', value: f.firstLayerToggle, unit: 'ms', goal: 200 });
    each('layer toggle → painted', f.layerToggle);
    add({ label: 'layer toggle on → painted (median)', value: f.layerToggleOn.median, unit: 'ms', goal: 100 });
    add({ label: 'layer toggle off → painted (median)', value: f.layerToggleOff.median, unit: 'ms', goal: 100 });
    add({ label: 'layer toggle beyond the camera re-framing (median)', value: f.layerToggleBeyondFlight.median, unit: 'ms', goal: null,
      note: `${f.togglesWithFlight} of ${f.layerToggle.runs.length} toggles re-framed the city camera (a flight)` });
    if (f.framesPerToggle !== null) add({ label: 'map frames per toggle (median)', value: f.framesPerToggle, unit: 'frames', goal: 1 });
    each('quota metric / year → painted', f.quotaSwitch);
    each('next slide → layers painted (beyond the flight)', f.slideBeyondFlight);
    add({ label: 'next slide, flight included (median)', value: f.slideTotal.median, unit: 'ms', goal: null });
    add({ label: 'longest main-thread task in these', value: f.longestTaskMs, unit: 'ms', goal: 200 });
  }

  if (ONLY.has('renderers')) {
    // The same browser (software WebGL here: SwiftShader), each renderer forced in turn.
    const byRenderer: Record<string, RendererFigures> = {};
    for (const kind of ['maplibre', 'canvas'] as const) {
      const f = await onIdleMap((page) => measureRendererCosts(page), `?renderer=${kind}#/map`);
      byRenderer[kind] = f;
      add({ label: `[${kind}] first layer toggle → painted`, value: f.firstLayerToggle, unit: 'ms', goal: 200 });
      add({ label: `[${kind}] layer toggle → painted (median)`, value: f.layerToggle.median, unit: 'ms', goal: 100 });
      add({ label: `[${kind}] layer toggle on → painted (median)`, value: f.layerToggleOn.median, unit: 'ms', goal: 100 });
      add({ label: `[${kind}] layer toggle off → painted (median)`, value: f.layerToggleOff.median, unit: 'ms', goal: 100 });
      add({ label: `[${kind}] layer toggle beyond the camera re-framing (median)`, value: f.layerToggleBeyondFlight.median, unit: 'ms', goal: null,
        note: `${f.togglesWithFlight} of ${f.layerToggle.runs.length} toggles re-framed the city camera` });
      if (f.framesPerToggle !== null) add({ label: `[${kind}] map frames per toggle (median)`, value: f.framesPerToggle, unit: 'frames', goal: 1 });
      add({ label: `[${kind}] next slide → idle, flight included (median)`, value: f.slideTotal.median, unit: 'ms', goal: null });
      add({ label: `[${kind}] next slide → idle beyond the flight (median)`, value: f.slideBeyondFlight.median, unit: 'ms', goal: 100 });
      add({ label: `[${kind}] longest main-thread task in these`, value: f.longestTaskMs, unit: 'ms', goal: 200 });
    }
    // What the MapLibre toggle above is made of: a traced run of toggles on a page of its own.
    const gpu: GpuShare = await onIdleMap((page) => measureToggleGpuShare(browser, page), '?renderer=maplibre#/map');
    add({ label: '[maplibre] layer toggle: GPU process drawing the frame', value: gpu.gpuMsPerToggle, unit: 'ms', goal: null,
      note: `the page waited ${gpu.waitedMsPerToggle} ms for it (canvas read-back for software compositing); ${gpu.toggles} traced toggles` });
    result.renderers = { ...byRenderer, maplibreGpuShare: gpu };
  }

  if (ONLY.has('csv')) {
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    const csvPath = join(ROOT, 'bench-results/quotas-500k.csv');
    const written = writeQuotaCsv(csvPath, CSV_ROWS);
    const f: CsvImportFigures = await onIdleMap((page) => measureCsvImport(page, csvPath));
    result.csvImport = { rows: CSV_ROWS, ...written, ...f };
    add({ label: `${CSV_ROWS.toLocaleString('en')}-row CSV, unknown names → reported`, value: round(f.reportedMs, 0), unit: 'ms', goal: 5000,
      note: `${round(written.bytes / 2 ** 20)} MiB, ${written.unknownRows.toLocaleString('en')} rows with unknown names` });
    add({ label: 'longest main-thread task during that import', value: round(f.longestTaskMs, 0), unit: 'ms', goal: 200 });
  }

  if (ONLY.has('deck')) {
    // The deck exporter (issue 11) renders each slide off screen from its own MapState: with the
    // Canvas2D renderer, which every export uses (goal ≤ 300 ms a slide), and with MapLibre forced
    // (?renderer=maplibre), to show why (README, "Exports").
    const byRenderer: Record<string, DeckExportFigures> = {};
    for (const renderer of ['canvas', 'maplibre'] as const) {
      const f = await deckExportTimes(renderer);
      byRenderer[renderer] = f;
      for (const kind of ['pdf', 'pptx'] as const) {
        const label = renderer === 'canvas' ? `deck export (${kind}) per slide at 1920×1080` : `[maplibre forced] deck export (${kind}) per slide`;
        add({ label, value: f.msPerSlide[kind], unit: 'ms', goal: renderer === 'canvas' ? 300 : null, note: `${f.slides} slides in ${f.totalMs[kind]} ms` });
      }
    }
    result.deckExport = byRenderer;
  }

  if (ONLY.has('print')) {
    // Ctrl+P: the browser fires beforeprint, and the page draws its print map from state
    // (src/map/canvas/drawStateImage.ts) before the print preview is taken. From the event to the
    // next frame with the print map drawn, on a town view (the A4 town page) and on the planner.
    const printReady = async (route: string) =>
      onIdleMap(async (page) => {
        const times: number[] = [];
        for (let i = 0; i < 7; i++) {
          times.push(
            await page.evaluate(async () => {
              const start = performance.now();
              window.dispatchEvent(new Event('beforeprint'));
              const canvas = document.querySelector('canvas.print-map') as HTMLCanvasElement | null;
              if (!canvas || canvas.width === 0) throw new Error('no print map drawn on beforeprint');
              await new Promise((resolve) => requestAnimationFrame(resolve));
              const ms = performance.now() - start;
              window.dispatchEvent(new Event('afterprint'));
              await new Promise((resolve) => setTimeout(resolve, 100));
              return ms;
            }),
          );
        }
        return series(times);
      }, route);
    const town = await printReady('#/town/长安镇');
    const planner = await printReady('#/map?layers=core-songshanhu,belt-west,belt-central,belt-east');
    result.printReady = { town, planner };
    add({ label: 'print ready after Ctrl+P, town page (median)', value: town.median, unit: 'ms', goal: 500, note: `worst ${town.worst} ms; beforeprint → print map drawn and painted` });
    add({ label: 'print ready after Ctrl+P, planner (median)', value: planner.median, unit: 'ms', goal: 500, note: `worst ${planner.worst} ms` });
  }

  if (ONLY.has('phone')) {
    const profiles = { slow3g: SLOW_3G, fast3g: FAST_3G, slow3gSecondVisit: SLOW_3G };
    const loads: Record<string, AppLoad[]> = { slow3g: [], fast3g: [], slow3gSecondVisit: [] };
    for (let i = 0; i < PHONE_LOADS; i++) {
      for (const [name, throttling] of Object.entries(profiles)) {
        const secondVisit = name === 'slow3gSecondVisit';
        loads[name].push(await loadApp(browser, appUrl(PHONE_ROUTE), PHONE, { throttling, timeoutMs: 180_000, secondVisit }));
        process.stdout.write(`phone load ${i + 1}/${PHONE_LOADS} (${name}): first frame ${round(loads[name].at(-1)!.firstFrameMs)} ms\n`);
      }
    }
    const phone = Object.fromEntries(
      Object.entries(loads).map(([name, l]) => [name, { firstFrameMs: series(l.map((x) => x.firstFrameMs)), firstIdleMs: series(l.map((x) => x.firstIdleMs)) }]),
    );
    result.phone = { route: PHONE_ROUTE, context: PHONE, profiles, loads: PHONE_LOADS, ...phone };
    add({ label: `phone ${PHONE_ROUTE}: first complete frame, slow 3G`, value: phone.slow3g.firstFrameMs.median, unit: 'ms', goal: 1500,
      note: `390×844 @3x, CPU 4×, 2 s RTT, 50 kB/s; idle ${phone.slow3g.firstIdleMs.median} ms` });
    add({ label: `phone ${PHONE_ROUTE}: second visit, slow 3G`, value: phone.slow3gSecondVisit.firstFrameMs.median, unit: 'ms', goal: 1500,
      note: `the service worker's cache (first visit unthrottled, in the same context); idle ${phone.slow3gSecondVisit.firstIdleMs.median} ms` });
    // On a second visit the entry draws the remembered first frame before the app's scripts load (README, "Performance").
    const secondBefore = scriptFiles(loads.slow3gSecondVisit.at(-1)!.scriptsBeforeFirstFrame);
    add({ label: 'JavaScript before the first frame, phone second visit', value: gzipKiB(secondBefore), unit: 'KiB gzip', goal: 150,
      note: `${secondBefore.length} files; drawn by ${[...new Set(loads.slow3gSecondVisit.map((l) => l.firstFrameBy))].join(', ')}` });
    add({ label: `phone ${PHONE_ROUTE}: first complete frame, fast 3G`, value: phone.fast3g.firstFrameMs.median, unit: 'ms', goal: null,
      note: `562 ms RTT, 180 kB/s; idle ${phone.fast3g.firstIdleMs.median} ms` });
  }

  if (ONLY.has('adjacency')) {
    const file = boundaryFile();
    const checked = runPipeline(JSON.parse(readFileSync(file, 'utf8')), {
      fileName: file,
      source: { file, sha256: '', attribution: '' },
    });
    const collection = { type: 'FeatureCollection', features: checked.features } as never;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      neighbourPairs(topology({ towns: collection }), 'towns');
      times.push(performance.now() - start);
    }
    result.adjacencyMs = series(times);
    add({ label: 'geo build: adjacency (unsimplified)', value: round(median(times)), unit: 'ms', goal: null });
  }
} finally {
  await browser.close();
  await site.close();
}

result.loadAverage = loadavg();
result.figures = figures.map((f) => ({ ...f, met: f.goal === null || f.value === null ? null : f.value <= f.goal }));
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/bench.json'), JSON.stringify(result, null, 2));
console.log('');
print();
const missed = figures.filter((f) => verdict(f) === '✗').length;
// Figures from a shared machine mean little without its load: printed with them.
const [load1, load5, load15] = loadavg().map((v) => round(v, 2));
console.log(`\n${figures.filter((f) => f.goal !== null).length - missed} goals met, ${missed} missed; load average ${load1}, ${load5}, ${load15} (${cpus().length} cores); wrote bench-results/bench.json`);
