import type { GeoData } from '../geo/geoData';
import { layoutOverlaysFor } from '../map/layers/useLayoutOverlays';
import { useMapViewStore } from '../map/mapViewStore';
import { emptyMapState, type MapState } from '../state/mapState';
import { DECK_EXPORTERS, type DeckKind } from './deck';
import { deckFileName } from './fileNames';
import { DEFAULT_EXPORT_TITLE, asSeenNow, exportMapPng } from './exportView';
import { offscreenRenderer } from './offscreenMap';

/**
 * A handle on the exporter for the end-to-end tests (window.__dgexport), like window.__dgmap:
 * export what the screen shows, or a small deck of layer sets, and get the file back as a data URL.
 */
export interface ExportProbe {
  exportViewPng: (width: number, height: number, title?: string) => Promise<string>;
  /** Each page shows the screen's state with exactly the given layers; returns the PDF or zip as a data URL. */
  exportDeck: (kind: DeckKind, slides: { title: string; caption?: string; layers: string[] }[]) => Promise<{ dataUrl: string; fileName: string; progress: number[] }>;
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
  window.__dgexport = {
    async exportViewPng(width, height, title = DEFAULT_EXPORT_TITLE) {
      const render = renderer();
      return dataUrl(await exportMapPng(render, screenState(), { width, height }, { title }).finally(render.dispose));
    },
    async exportDeck(kind, slides) {
      const progress: number[] = [];
      const base = screenState();
      const pages = slides.map((s) => ({ state: { ...base, overlays: s.layers.map((id) => ({ id, opacity: 1 })) }, title: s.title, caption: s.caption }));
      const exporter = DECK_EXPORTERS[kind];
      const render = renderer();
      const blob = await exporter(pages, render, { title: `${DEFAULT_EXPORT_TITLE} 汇报`, onProgress: (p) => progress.push(p.done) }).finally(render.dispose);
      return { dataUrl: await dataUrl(blob), fileName: deckFileName(kind, new Date(), slides.length), progress };
    },
  };
}
