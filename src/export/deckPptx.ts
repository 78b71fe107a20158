/**
 * The deck as PowerPoint: each page's map drawn off screen from its own state at full resolution,
 * its legend drawn as the image export draws it, then src/export/pptx.ts lays them out with the
 * texts (title, caption, date, source line, speaker notes).
 */
import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import { displayDate } from './displayDate';
import { ATTRIBUTION } from '../map/attribution';
import { legendSections } from '../map/legend';
import { canvasToPng, composeLegend, composeLegendPage, composeNorthArrow, exportPageLayout } from './compose';
import type { DeckExporter } from './deck';
import { eachPage } from './eachPage';
import { EXPORT_SIZES, defaultSubject, withPageCamera } from './exportView';
import { buildPptx, type PptxPicture, type PptxSlide } from './pptx';
import { renderedBounds } from './renderedBounds';

async function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
}

const picture = async (part: { canvas: HTMLCanvasElement; box: PptxPicture['box'] } | null): Promise<PptxPicture | null> =>
  part ? { png: await pngBytes(part.canvas), box: part.box } : null;

/**
 * Each slide is laid out by the same page layout as the PDF page and the PNG
 * (src/map/page/pageLayout.ts): the map in the map frame with the camera fitted round the legend,
 * the source box and the north arrow, each of which goes exactly where the layout put it.
 */
export const exportDeckPptx: DeckExporter = async (pages, render, options = {}) => {
  const size = options.size ?? EXPORT_SIZES.fullHd;
  const date = options.date ?? new Date();
  const dateText = t(m.dateLine, { date: displayDate(date) });
  const slides: PptxSlide[] = [];
  await eachPage(pages, options, async (page) => {
    const legend = legendSections(page.state);
    const layout = exportPageLayout(size, { title: page.title, subtitle: page.caption, date, legend, subject: page.subject ?? defaultSubject(page.state) });
    const map = await render(withPageCamera(page.state, layout.camera), { width: layout.map.width, height: layout.map.height });
    slides.push({
      title: page.title,
      caption: page.caption,
      map: { png: await pngBytes(map), box: layout.map },
      legend: await picture(await composeLegend(layout)),
      northArrow: await picture(await composeNorthArrow(layout, renderedBounds(map))),
      source: { lines: ATTRIBUTION, box: layout.attribution.box, fontPx: layout.attribution.lines[0]?.fontPx ?? 18 * layout.scale },
      dateText,
      notes: page.notes ?? '',
    });
    const legendPage = await composeLegendPage(size, layout);
    if (legendPage) {
      slides.push({
        title: t(m.legendTitle, { title: page.title }),
        map: { png: await pngBytes(legendPage), box: { x: 0, y: 0, width: size.width, height: size.height } },
        legend: null,
        northArrow: null,
        source: null,
        notes: page.notes ?? '',
      });
    }
  });
  const bytes = await buildPptx({ title: options.title ?? t(m.appTitle), page: size, slides });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
};
