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
import { eachPage } from './eachPage';
import { DEFAULT_EXPORT_TITLE, EXPORT_SIZES } from './exportView';
import { mapArea } from './layout';
import { buildPptx, type PptxSlide } from './pptx';

async function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
}

export const exportDeckPptx: DeckExporter = async (pages, render, options = {}) => {
  const size = options.size ?? EXPORT_SIZES.fullHd;
  const area = mapArea(size);
  const dateText = `制图日期 ${formatDate(options.date ?? new Date())}`;
  const slides: PptxSlide[] = [];
  await eachPage(pages, options, async (page) => {
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
  });
  const bytes = await buildPptx({ title: options.title ?? DEFAULT_EXPORT_TITLE, page: size, slides });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
};
