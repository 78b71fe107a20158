/**
 * Deck export time per slide at 1920×1080, for npm run bench: the default deck's slides (titles,
 * captions, layers) exported through the exporter the app uses (window.__dgexport), as PDF and
 * as PowerPoint, in headless Chromium on the production build.
 */
import { preview } from 'vite';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { launchChromium } from '../support/browser';

/** canvas: the export's own renderer (what every user gets); maplibre: forced with ?renderer=maplibre, for comparison. */
export type DeckExportRenderer = 'maplibre' | 'canvas';

export interface DeckExportFigures {
  renderer: DeckExportRenderer;
  slides: number;
  /** Milliseconds per slide, by file kind. */
  msPerSlide: Record<'pdf' | 'pptx', number>;
  totalMs: Record<'pdf' | 'pptx', number>;
}

/**
 * The slides drawn off screen by a renderer: exports draw with Canvas2D (src/export/offscreenMap.ts)
 * unless the page forces MapLibre with ?renderer=maplibre, which the comparison does.
 */
export async function deckExportTimes(renderer: DeckExportRenderer): Promise<DeckExportFigures> {
  const slides = buildDefaultDeck().map((s) => ({ title: s.title, caption: s.caption, layers: s.layers, figure: s.figure }));
  // The bundle built for tests: window.__dgexport exists only there (Vite mode e2e).
  const server = await preview({ mode: 'e2e', build: { outDir: 'dist-e2e' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const url = server.resolvedUrls!.local[0];
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${url}?renderer=${renderer}#/map`);
    // The exporter's handle is set up after the first frame: wait for it as well as for the map.
    await page.waitForFunction(() => window.__dgmap?.idle === true && window.__dgexport !== undefined, null, { timeout: 60_000 });
    const totalMs = { pdf: 0, pptx: 0 };
    for (const kind of ['pdf', 'pptx'] as const) {
      totalMs[kind] = await page.evaluate(
        async ({ kind, slides }) => {
          const start = performance.now();
          await window.__dgexport!.exportDeck(kind, slides);
          return performance.now() - start;
        },
        { kind, slides },
      );
    }
    await context.close();
    const per = (ms: number) => Math.round(ms / slides.length);
    return { renderer, slides: slides.length, totalMs: { pdf: Math.round(totalMs.pdf), pptx: Math.round(totalMs.pptx) }, msPerSlide: { pdf: per(totalMs.pdf), pptx: per(totalMs.pptx) } };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
