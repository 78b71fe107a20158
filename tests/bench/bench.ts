/**
 * npm run bench: figures for the production build (a script, never a test).
 *  - navigation → first map 'idle' with all 35 labels placed, median of cold loads in Chromium;
 *  - gzip size of the JavaScript and of the geometry the app loads;
 *  - adjacency computation time on the unsimplified boundaries;
 *  - deck export time per slide at 1920×1080 (PDF and PowerPoint, the default deck).
 * Writes bench-results/bench.json (ignored by git).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { topology } from 'topojson-server';
import { preview } from 'vite';
import { neighbourPairs } from '../../src/geo/pipeline/adjacency';
import { boundaryFile } from '../../geo/paths';
import { runPipeline } from '../../src/geo/pipeline/pipeline';
import { launchChromium } from '../support/browser';
import { deckExportTimes } from './deckExport';

const COLD_LOADS = Number(process.env.BENCH_LOADS ?? 7);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

function gzipSizes(dir: string, test: (name: string) => boolean) {
  const files = readdirSync(dir).filter(test);
  const bytes = files.map((f) => readFileSync(join(dir, f)));
  return {
    files,
    rawBytes: bytes.reduce((s, b) => s + b.length, 0),
    gzipBytes: bytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
  };
}

async function loadTimes(): Promise<number[]> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const url = server.resolvedUrls!.local[0];
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < COLD_LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}#/map`);
      await page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 60_000 });
      const { ms, labels } = await page.evaluate(() => ({ ms: window.__dgmap!.firstIdleMs!, labels: window.__dgmap!.labelsAtFirstIdle! }));
      if (labels !== 35) throw new Error(`load ${i + 1}: ${labels} labels placed at first idle, expected 35`);
      times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return times;
}

function adjacencyTimes(runs = 9): number[] {
  const checked = runPipeline(JSON.parse(readFileSync(boundaryFile(), 'utf8')), {
    fileName: boundaryFile(),
    source: { file: boundaryFile(), sha256: '', attribution: '' },
  });
  const collection = { type: 'FeatureCollection', features: checked.features } as never;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    neighbourPairs(topology({ towns: collection }), 'towns');
    times.push(performance.now() - start);
  }
  return times;
}

const loads = await loadTimes();
const adjacency = adjacencyTimes();
const deckExport = await deckExportTimes();
// What a page load fetches: the entry script named in index.html and the map's worker; the rest
// (jspdf, jszip and their helpers) is loaded only when a user exports.
const indexHtml = readFileSync('dist/index.html', 'utf8');
const isScript = (f: string) => f.endsWith('.js') || f.endsWith('.mjs');
const loadedAtStart = (f: string) => indexHtml.includes(`/assets/${f}`) || f.startsWith('maplibre-gl-worker');
const js = gzipSizes('dist/assets', (f) => isScript(f) && loadedAtStart(f));
const lazyJs = gzipSizes('dist/assets', (f) => isScript(f) && !loadedAtStart(f));
const geometry = gzipSizes('dist/assets', (f) => f.endsWith('.json'));
const result = {
  date: new Date().toISOString(),
  firstIdleWithLabelsMs: { median: round(median(loads)), runs: loads.map((v) => round(v)), coldLoads: COLD_LOADS },
  javascript: { gzipKiB: round(js.gzipBytes / 1024), rawKiB: round(js.rawBytes / 1024), files: js.files },
  javascriptOnExportOnly: { gzipKiB: round(lazyJs.gzipBytes / 1024), rawKiB: round(lazyJs.rawBytes / 1024), files: lazyJs.files },
  geometry: { gzipKiB: round(geometry.gzipBytes / 1024), rawKiB: round(geometry.rawBytes / 1024), files: geometry.files },
  deckExport,
  adjacencyMs: { median: round(median(adjacency)), what: 'topology of the unsimplified boundaries + shared-arc neighbour table', runs: adjacency.length },
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(result, null, 2));
console.log(`first idle with 35 labels: median ${result.firstIdleWithLabelsMs.median} ms over ${COLD_LOADS} cold loads (${result.firstIdleWithLabelsMs.runs.join(', ')})`);
console.log(`JavaScript loaded at start (entry + map worker): ${result.javascript.gzipKiB} KiB gzip (${result.javascript.rawKiB} KiB raw)`);
console.log(`JavaScript loaded only on export (PDF/zip): ${result.javascriptOnExportOnly.gzipKiB} KiB gzip`);
console.log(`geometry loaded: ${result.geometry.gzipKiB} KiB gzip (${result.geometry.rawKiB} KiB raw)`);
console.log(`adjacency: median ${result.adjacencyMs.median} ms`);
console.log(`deck export at 1920×1080, ${deckExport.slides} slides: PDF ${deckExport.msPerSlide.pdf} ms per slide (${deckExport.totalMs.pdf} ms), PowerPoint ${deckExport.msPerSlide.pptx} ms per slide (${deckExport.totalMs.pptx} ms)`);
console.log('wrote bench-results/bench.json');
