/**
 * The deck as PowerPoint: each page's map drawn off screen from its own state at full resolution,
 * its legend drawn as the image export draws it, then src/export/pptx.ts lays them out with the
 * texts (title, caption, date, source line, speaker notes).
 */
import { formatDate } from '../lib/dates';
import { ATTRIBUTION } from '../map/attribution';
import { legendSections } from '../map/legend';
import { canvasToPng, composeLegend } from './compose';
import type { DeckExporter } from './deck';
import { DEFAULT_EXPORT_TITLE, EXPORT_SIZES } from './exportView';
import { mapArea } from './layout';
import { buildPptx, type PptxSlide } from './pptx';

async function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
}

export const exportDeckPptx: DeckExporter = async (pages, render, options = {}) => {
  if (pages.length === 0) throw new Error('没有可导出的幻灯片');
  const size = options.size ?? EXPORT_SIZES.fullHd;
  const area = mapArea(size);
  const dateText = `制图日期 ${formatDate(options.date ?? new Date())}`;
  const total = pages.length;
  const slides: PptxSlide[] = [];
  options.onProgress?.({ done: 0, total });
  for (let i = 0; i < total; i++) {
    options.signal?.throwIfAborted();
    const page = pages[i];
    const map = await render(page.state, area);
    const legend = await composeLegend(size, legendSections(page.state));
    slides.push({
      title: page.title,
      caption: page.caption,
      map: { png: await pngBytes(map), box: area },
      legend: legend ? { png: await pngBytes(legend.canvas), box: legend.box } : null,
      sourceLines: ATTRIBUTION,
      dateText,
      notes: page.notes ?? '',
    });
    options.onProgress?.({ done: i + 1, total });
  }
  options.signal?.throwIfAborted();
  const bytes = await buildPptx({ title: options.title ?? DEFAULT_EXPORT_TITLE, page: size, slides });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
};
