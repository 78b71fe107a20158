/**
 * A deck as a PowerPoint file (.pptx, opened by PowerPoint, WPS and LibreOffice). Pure: it takes
 * the finished pieces of each slide (the map picture, the legend picture, the texts) and lays them
 * out; it does not know how they were rendered, so the live capture and an off-screen renderer can
 * both feed it. pptxgenjs is loaded only when a file is built.
 *
 * Each slide: the title (a real title placeholder, so PowerPoint's outline and accessibility see
 * it) and the caption as editable text in a bar at the top, the date on the right, the map at full
 * resolution below, the legend where the image export puts it, the source line and the boundary
 * notice bottom right, and the speaker notes.
 */
import { exportMessages as m } from '../i18n/catalogue/export';
import { localeOf, t } from '../i18n/messages';
import type { Box } from './layout';

export interface PptxPicture {
  /** PNG bytes. */
  png: Uint8Array;
  /** Where it goes, in px of the page (see PptxDeck.page). */
  box: Box;
}

export interface PptxSlide {
  title: string;
  caption?: string;
  map: PptxPicture;
  legend?: PptxPicture | null;
  /** The north arrow and scale bar panel. */
  northArrow?: PptxPicture | null;
  /** The data source and the boundary notice, in the box the page layout gave them (px of the page), at its type size. */
  source: { lines: readonly string[]; box: Box; fontPx: number } | null;
  /** '制图日期 2026-11-24' */
  dateText?: string;
  notes: string;
}

export interface PptxDeck {
  /** Document title (file properties). */
  title: string;
  /** The page in px, 16:9 (1920 × 1080): the unit of every box. */
  page: { width: number; height: number };
  slides: readonly PptxSlide[];
}

/** PowerPoint's 16:9 page, in inches. */
export const PPTX_PAGE_IN = { width: 13.333, height: 7.5 } as const;
const FONT = 'Microsoft YaHei';
const MASTER = 'DGMAP_MAP';

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

const pngData = (png: Uint8Array) => `image/png;base64,${bytesToBase64(png)}`;

/** Builds the .pptx file; rejects with a Chinese message when there is nothing to build. */
export async function buildPptx(deck: PptxDeck): Promise<Uint8Array> {
  if (deck.slides.length === 0) throw new Error(t(m.noSlides));
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = t(m.pptxSubject, { title: deck.title, count: deck.slides.length });
  pptx.company = t(m.appTitle);
  pptx.author = t(m.appTitle);
  // The text's language, for spelling and for the font PowerPoint picks.
  const lang = localeOf();
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const inch = PPTX_PAGE_IN.width / deck.page.width;
  const at = (box: Box) => ({ x: box.x * inch, y: box.y * inch, w: box.width * inch, h: box.height * inch });
  const margin = 0.25;

  // The title bar is what lies above the map (the same on every slide).
  const bar = Math.max(0.5, deck.slides[0].map.box.y * inch);
  const titleH = bar * 0.58;
  const dateW = 2.6;
  const textW = PPTX_PAGE_IN.width - 2 * margin - dateW;
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: margin, y: 0.02, w: textW, h: titleH, fontFace: FONT, lang, fontSize: 24, bold: true, color: '1F2937', align: 'left', valign: 'middle', margin: 0 },
          text: '',
        },
      },
    ],
  });

  for (const slide of deck.slides) {
    const s = pptx.addSlide({ masterName: MASTER });
    s.addText(slide.title.trim() || t(m.untitled), { placeholder: 'title', fontFace: FONT, lang, fontSize: 24, bold: true, color: '1F2937', align: 'left', fit: 'shrink' });
    if (slide.caption?.trim()) {
      s.addText(slide.caption, {
        x: margin,
        y: titleH,
        w: textW,
        h: bar - titleH,
        fontFace: FONT, lang,
        fontSize: 13,
        color: '475569',
        valign: 'top',
        margin: 0,
        fit: 'shrink',
      });
    }
    if (slide.dateText) {
      s.addText(slide.dateText, { x: PPTX_PAGE_IN.width - margin - dateW, y: 0.02, w: dateW, h: titleH, fontFace: FONT, lang, fontSize: 11, color: '64748B', align: 'right', valign: 'middle', margin: 0 });
    }
    s.addShape('line', { x: 0, y: bar, w: PPTX_PAGE_IN.width, h: 0, line: { color: 'CBD5E1', width: 1 } });
    s.addImage({ data: pngData(slide.map.png), ...at(slide.map.box), altText: t(m.mapAlt, { title: slide.title }) });
    if (slide.legend) s.addImage({ data: pngData(slide.legend.png), ...at(slide.legend.box), altText: t(m.legendAlt) });
    if (slide.northArrow) s.addImage({ data: pngData(slide.northArrow.png), ...at(slide.northArrow.box), altText: t(m.northArrowAlt) });
    if (slide.source && slide.source.lines.length > 0) {
      // Where the page layout put it (the camera keeps the subject clear of it), at its type size
      // (1 px of the 1920 px page is 0.5 pt): editable text, not a picture.
      s.addText(slide.source.lines.join('\n'), {
        ...at(slide.source.box),
        fontFace: FONT, lang,
        fontSize: Math.round(slide.source.fontPx * inch * 72 * 10) / 10,
        color: '1F2937',
        align: 'right',
        valign: 'middle',
        fill: { color: 'FFFFFF' },
        line: { color: 'CBD5E1', width: 0.75 },
        margin: 2,
        // One line each, as on the PNG (LibreOffice's CJK metrics are wider and would wrap the source line).
        wrap: false,
        fit: 'shrink',
      });
    }
    s.addNotes(slide.notes);
  }
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}
