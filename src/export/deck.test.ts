import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { emptyMapState, type MapState } from '../state/mapState';
import { exportDeckPdf, exportDeckZip, type DeckExportOptions, type ExportPage } from './deck';
import { slidePngName } from './fileNames';
import type { ComposePng } from './exportView';

/** Valid 1 × 1 PNGs of different colours, so each slide's file can be told apart. */
const PNGS = [
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M/wHwAEBgIApD5fRAAAAABJRU5ErkJggg==',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
].map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

interface Slide {
  id: string;
  png: number;
}
const SLIDES: Slide[] = [
  { id: 'west', png: 0 },
  { id: 'east', png: 1 },
  { id: 'yinping', png: 2 },
];
const stateOf = (slide: Slide): MapState => ({ ...emptyMapState(), overlays: [{ id: slide.id, opacity: 1 }] });
const PAGES: ExportPage[] = SLIDES.map((slide, i) => ({ state: stateOf(slide), title: `第 ${i + 1} 页 ${slide.id}`, caption: i === 0 ? '说明' : undefined }));

/** A renderer that "draws" a page's state (it takes a while, like a real map going idle), and a log of what happened when. */
function harness() {
  const log: string[] = [];
  const render = vi.fn(async (state: MapState, size: { width: number; height: number }) => {
    const id = state.overlays[0].id;
    log.push(`render ${id} ${size.width}x${size.height}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { drawn: id } as unknown as HTMLCanvasElement;
  });
  const compose: ComposePng = vi.fn(async (mapImage, size, frame) => {
    const { drawn } = mapImage as unknown as { drawn: string };
    log.push(`compose ${drawn} ${size.width}x${size.height} "${frame.title}"${frame.subtitle ? ` "${frame.subtitle}"` : ''} legend ${frame.legend.length}`);
    const slide = SLIDES.find((s) => s.id === drawn)!;
    return new Blob([PNGS[slide.png] as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  });
  return { log, render, compose };
}

/** The inflated content stream of each page, in page order. */
function pageContents(pdf: string): string[] {
  const objects = new Map<string, string>();
  for (const m of pdf.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1], m[2]);
  return [...objects.values()]
    .filter((body) => /\/Type \/Page\b(?!s)/.test(body))
    .map((page) => {
      const body = objects.get(page.match(/\/Contents (\d+) 0 R/)![1])!;
      const data = body.match(/stream\r?\n([\s\S]*?)\r?\nendstream/)![1];
      return inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
    });
}

async function text(blob: Blob): Promise<string> {
  return new TextDecoder('latin1').decode(await blob.arrayBuffer());
}

describe('exporting a deck', () => {
  it('draws each page from its own state and composes it with its own legend, in page order', async () => {
    const h = harness();
    await exportDeckZip(PAGES, h.render, { compose: h.compose });
    expect(h.log).toEqual([
      'render west 1920x984',
      'compose west 1920x1080 "第 1 页 west" "说明" legend 0',
      'render east 1920x984',
      'compose east 1920x1080 "第 2 页 east" legend 0',
      'render yinping 1920x984',
      'compose yinping 1920x1080 "第 3 页 yinping" legend 0',
    ]);
    const real = harness();
    const withLayers = [{ state: { ...emptyMapState(), overlays: [{ id: 'belt-west', opacity: 1 }] }, title: 't' }];
    real.render.mockResolvedValueOnce({ drawn: 'west' } as unknown as HTMLCanvasElement);
    await exportDeckZip(withLayers, real.render, { compose: real.compose });
    expect(vi.mocked(real.compose).mock.calls[0][2].legend[0].rows[0].label).toContain('西部高端高新产业带');
  });

  it('zips one PNG per slide, named by number and title in slide order', async () => {
    const h = harness();
    const blob = await exportDeckZip(PAGES, h.render, { compose: h.compose });
    expect(blob.type).toBe('application/zip');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    expect(Object.keys(zip.files)).toEqual(['汇报-01-第1页west.png', '汇报-02-第2页east.png', '汇报-03-第3页yinping.png']);
    for (const [i, slide] of SLIDES.entries()) {
      expect(await zip.file(slidePngName(i, 3, PAGES[i].title))!.async('uint8array')).toEqual(PNGS[slide.png]);
    }
  });

  it('makes a PDF with one full-bleed 16:9 page per slide and the document title', async () => {
    const h = harness();
    const blob = await exportDeckPdf(PAGES, h.render, { compose: h.compose, title: '东莞规划布局图 汇报' });
    expect(blob.type).toBe('application/pdf');
    const pdf = await text(blob);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3);
    // 1920 × 1080 px = 1440 × 810 pt, landscape.
    expect(pdf.match(/\/MediaBox \[0 0 1440\.? 810\.?\]/g)).toHaveLength(3);
    // Each page draws its own image over the whole page, from the corner: "1440 0 0 810 0 0 cm /I<n> Do".
    const drawn = pageContents(pdf).map((content) => content.match(/1440\.? 0 0 810\.? 0\.? 0\.? cm\s*\/(I\d+) Do/)?.[1]);
    expect(drawn).toHaveLength(3);
    expect(new Set(drawn).size).toBe(3);
    expect(drawn.every(Boolean)).toBe(true);
    // The title in PDF text-string form (UTF-16BE with a byte-order mark).
    const utf16 = '\u00fe\u00ff' + [...'东莞规划布局图 汇报'].map((c) => String.fromCharCode(c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff)).join('');
    expect(pdf).toContain(`/Title (${utf16.replace(/[()\\]/g, (m) => `\\${m}`)})`);
  });

  it('reports progress from 0 to the number of slides', async () => {
    const h = harness();
    const progress: string[] = [];
    const onProgress: DeckExportOptions['onProgress'] = (p) => progress.push(`${p.done}/${p.total}`);
    await exportDeckZip(PAGES, h.render, { compose: h.compose, onProgress });
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });

  it('captures at the requested size', async () => {
    const h = harness();
    await exportDeckZip(PAGES.slice(0, 1), h.render, { compose: h.compose, size: { width: 3840, height: 2160 } });
    expect(h.render).toHaveBeenCalledWith(PAGES[0].state, { width: 3840, height: 1968 });
    expect(h.log).toContain('compose west 3840x2160 "第 1 页 west" "说明" legend 0');
  });

  it('fails with a message for an empty deck, and passes on a failed capture', async () => {
    const h = harness();
    await expect(exportDeckPdf([], h.render, { compose: h.compose })).rejects.toThrow('没有可导出的幻灯片');
    h.render.mockRejectedValueOnce(new Error('地图无法绘制'));
    await expect(exportDeckZip(PAGES, h.render, { compose: h.compose })).rejects.toThrow('地图无法绘制');
    expect(h.render).toHaveBeenCalledTimes(1);
  });

  it('stops between slides when aborted', async () => {
    const h = harness();
    const controller = new AbortController();
    const onProgress: DeckExportOptions['onProgress'] = (p) => p.done === 1 && controller.abort(new Error('已取消'));
    await expect(exportDeckZip(PAGES, h.render, { compose: h.compose, signal: controller.signal, onProgress })).rejects.toThrow('已取消');
    expect(h.render).toHaveBeenCalledTimes(1);
  });
});
