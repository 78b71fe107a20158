import { useMapViewStore } from '../map/mapViewStore';
import { useLayerStore } from '../state/layerStore';
import { deckFileName, exportDeckPdf, exportDeckZip, type DeckKind } from './deck';
import { DEFAULT_EXPORT_TITLE, exportViewPng } from './exportView';

/**
 * A handle on the exporter for the end-to-end tests (window.__dgexport), like window.__dgmap:
 * export the live view, or a small deck of layer sets, and get the file back as a data URL.
 */
export interface ExportProbe {
  exportViewPng: (width: number, height: number, title?: string) => Promise<string>;
  /** Each slide shows exactly the given layers; returns the PDF or zip as a data URL. */
  exportDeck: (kind: DeckKind, slides: { title: string; caption?: string; layers: string[] }[]) => Promise<{ dataUrl: string; fileName: string; progress: number[] }>;
}

declare global {
  interface Window {
    __dgexport?: ExportProbe;
  }
}

function liveView() {
  const view = useMapViewStore.getState().view;
  if (!view) throw new Error('地图尚未加载');
  return view;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function exposeExportProbe(): void {
  window.__dgexport = {
    async exportViewPng(width, height, title = DEFAULT_EXPORT_TITLE) {
      return dataUrl(await exportViewPng(liveView(), { width, height }, { title }));
    },
    async exportDeck(kind, slides) {
      const view = liveView();
      const progress: number[] = [];
      const applySlide = async (slide: (typeof slides)[number]) => {
        useLayerStore.getState().setVisible(slide.layers);
        await nextFrame(); // let React pass the layers to the map
        await view.whenIdle();
      };
      const exporter = kind === 'pdf' ? exportDeckPdf : exportDeckZip;
      const blob = await exporter(slides, applySlide, (s) => ({ title: s.title, caption: s.caption }), view, {
        title: `${DEFAULT_EXPORT_TITLE} 汇报`,
        onProgress: (p) => progress.push(p.done),
      });
      return { dataUrl: await dataUrl(blob), fileName: deckFileName(kind), progress };
    },
  };
}
