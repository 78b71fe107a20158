/**
 * Deck export time per slide (issue 11 owns the exporter and its goal; this is the slot its
 * figure goes in). Today: window.__dgexport.exportDeck (src/export/probe.ts) renders each slide's
 * layer set on the live map and writes a PDF; the figure is the whole export divided by the slides.
 * When the exporter changes, change only this function: bench.ts prints and saves what it returns.
 */
import type { Page } from 'playwright-core';
import { LAYOUT_ELEMENTS, PLAN_GROUPS } from '../../src/layouts/model';

const plan = (id: string) => LAYOUT_ELEMENTS.filter((e) => e.plan === id).map((e) => e.id);

/** Four slides: the plain city and each plan's layers. */
export const DECK_SLIDES = [
  { title: '全市', layers: [] as string[] },
  ...PLAN_GROUPS.map((g) => ({ title: g.nameZh, layers: plan(g.id) })),
];

export interface DeckExportFigures {
  kind: 'pdf';
  slides: number;
  totalMs: number;
  msPerSlide: number;
}

export async function measureDeckExport(page: Page): Promise<DeckExportFigures> {
  const totalMs = await page.evaluate(async (slides) => {
    const start = performance.now();
    await window.__dgexport!.exportDeck('pdf', slides);
    return performance.now() - start;
  }, DECK_SLIDES);
  return { kind: 'pdf', slides: DECK_SLIDES.length, totalMs: Math.round(totalMs), msPerSlide: Math.round(totalMs / DECK_SLIDES.length) };
}
