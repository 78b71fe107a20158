import type { GeoData } from '../geo/geoData';
import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import { layoutOverlaysFor } from '../map/layers/useLayoutOverlays';
import { useMapViewStore } from '../map/mapViewStore';
import { emptyMapState, type MapState } from '../state/mapState';
import { placedOn } from './canvasRenderer';
import { DECK_EXPORTERS, type DeckKind, type ExportPage } from './deck';
import { marksOnPage, type PlacedMark } from './pageMarks';
import { deckFileName } from './fileNames';
import { defaultExportTitle, EXPORT_SIZES, asSeenNow, exportMapPage, pageSubjectOf } from './exportView';
import { exportPageLayout } from './compose';
import { legendSections } from '../map/legend';
import type { ExportFigure } from './figureLayout';
import type { Box } from './layout';
import { offscreenRenderer } from './offscreenMap';

/**
 * A handle on the exporter for the end-to-end tests (window.__dgexport), like window.__dgmap:
 * export what the screen shows, or a small deck of layer sets, and get the file back as a data URL.
 */
export interface ExportProbe {
  exportViewPng: (width: number, height: number, title?: string) => Promise<string>;
  /** The boxes of the page exportViewPng made last (page px): where its legend, attribution and map went. */
  lastLayout: () => Record<string, Box> | null;
  /** Each page shows the screen's state with exactly the given layers; returns the PDF or zip as a data URL. */
  exportDeck: (kind: DeckKind, slides: { title: string; caption?: string; layers: string[]; figure?: ExportFigure }[]) => Promise<{ dataUrl: string; fileName: string; progress: number[]; layouts: Record<string, Box>[] }>;
  /**
   * The deck exported as the presenter exports it (`pages`: window.__dgpresent.exportPages()), with
   * each page's layout boxes and what its map's renderer placed, in px of the page (for the
   * geometry check of every default slide: tests/e2e/exportGeometry.e2e.ts).
   */
  checkDeck: (kind: 'pdf' | 'pptx', pages: readonly ExportPage[]) => Promise<{ dataUrl: string; pages: { boxes: Record<string, Box>; map: Box; marks: PlacedMark[] | null }[] }>;
}

declare global {
  interface Window {
    __dgexport?: ExportProbe;
    /** The presenter's pages as its export buttons take them (set by PresenterMode in the bundle built for tests). */
    __dgpresent?: { exportPages: () => readonly ExportPage[] };
  }
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

function screenState(): MapState {
  const { view, state } = useMapViewStore.getState();
  return asSeenNow(state ?? emptyMapState(), view?.getBounds() ?? null);
}

export function exposeExportProbe(geo: GeoData): void {
  const renderer = () => offscreenRenderer(geo, layoutOverlaysFor(geo));
  let last: Record<string, Box> | null = null;
  window.__dgexport = {
    async exportViewPng(width, height, title = defaultExportTitle()) {
      const render = renderer();
      const page = await exportMapPage(render, screenState(), { width, height }, { title }).finally(render.dispose);
      last = { ...page.layout.boxes, map: page.layout.map };
      return dataUrl(page.png);
    },
    lastLayout: () => last,
    async exportDeck(kind, slides) {
      const progress: number[] = [];
      const base = screenState();
      const pages = slides.map((s) => ({ state: { ...base, overlays: s.layers.map((id) => ({ id, opacity: 1 })) }, title: s.title, caption: s.caption, figure: s.figure }));
      const exporter = DECK_EXPORTERS[kind];
      const render = renderer();
      const date = new Date();
      const blob = await exporter(pages, render, { title: t(m.deckTitle, { title: defaultExportTitle() }), date, onProgress: (p) => progress.push(p.done) }).finally(render.dispose);
      // Each page's layout, as the exporter made it (the same inputs give the same layout).
      const layouts = pages.map((p) => {
        const layout = exportPageLayout(EXPORT_SIZES.fullHd, { title: p.title, subtitle: p.caption, date, legend: legendSections(p.state), subject: pageSubjectOf(p.state, p), figure: p.figure });
        return { ...layout.boxes, map: layout.map };
      });
      return { dataUrl: await dataUrl(blob), fileName: deckFileName(kind, date, slides.length), progress, layouts };
    },
    async checkDeck(kind, pages) {
      const render = renderer();
      const seen: { boxes: Record<string, Box>; map: Box; marks: PlacedMark[] | null }[] = [];
      const onPage = ({ layout, map }: { layout: { boxes: Record<string, Box>; map: Box }; map: HTMLCanvasElement }) => {
        const placed = placedOn(map);
        seen.push({ boxes: { ...layout.boxes }, map: layout.map, marks: placed ? marksOnPage(placed.frame, placed.ratio, layout.map) : null });
      };
      const blob = await DECK_EXPORTERS[kind](pages, render, { title: t(m.deckTitle, { title: defaultExportTitle() }), onPage }).finally(render.dispose);
      return { dataUrl: await dataUrl(blob), pages: seen };
    },
  };
}
