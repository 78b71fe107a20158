import type { GeoData } from '../geo/geoData';
import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import { layoutOverlaysFor } from '../map/layers/useLayoutOverlays';
import { useMapViewStore } from '../map/mapViewStore';
import { emptyMapState, type MapState } from '../state/mapState';
import { DECK_EXPORTERS, type DeckKind } from './deck';
import { deckFileName } from './fileNames';
import { defaultExportTitle, EXPORT_SIZES, asSeenNow, defaultSubject, exportMapPage } from './exportView';
import { exportPageLayout } from './compose';
import { legendSections } from '../map/legend';
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
  exportDeck: (kind: DeckKind, slides: { title: string; caption?: string; layers: string[] }[]) => Promise<{ dataUrl: string; fileName: string; progress: number[]; layouts: Record<string, Box>[] }>;
}

declare global {
  interface Window {
    __dgexport?: ExportProbe;
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
      const pages = slides.map((s) => ({ state: { ...base, overlays: s.layers.map((id) => ({ id, opacity: 1 })) }, title: s.title, caption: s.caption }));
      const exporter = DECK_EXPORTERS[kind];
      const render = renderer();
      const date = new Date();
      const blob = await exporter(pages, render, { title: t(m.deckTitle, { title: defaultExportTitle() }), date, onProgress: (p) => progress.push(p.done) }).finally(render.dispose);
      // Each page's layout, as the exporter made it (the same inputs give the same layout).
      const layouts = pages.map((p) => {
        const layout = exportPageLayout(EXPORT_SIZES.fullHd, { title: p.title, subtitle: p.caption, date, legend: legendSections(p.state), subject: defaultSubject(p.state) });
        return { ...layout.boxes, map: layout.map };
      });
      return { dataUrl: await dataUrl(blob), fileName: deckFileName(kind, date, slides.length), progress, layouts };
    },
  };
}
