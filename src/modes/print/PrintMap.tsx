import { useEffect, useRef } from 'react';import { printMessages as m } from '../../i18n/catalogue/print';
import { useT } from '../../i18n/messages';
import { displayDate } from '../../export/displayDate';

import { useGeo } from '../../app/GeoContext';
import { layoutOverlaysFor } from '../../map/layers/useLayoutOverlays';
import { useMapViewStore } from '../../map/mapViewStore';
import { scaleBar, widthKm } from './printScale';
import './print.css';

type Drawing = typeof import('../../map/canvas/drawStateImage');
/**
 * The Canvas2D drawing of the printed map loads when the print map is mounted (after the screen's
 * first frame, not before it: README, "Performance"); the Canvas2D renderer shares it. A print asked
 * for in the first moments after the first frame, before it has loaded, prints no map picture.
 */
let drawing: Drawing | null = null;

/** The printed map's size on paper (mm): the full content width of the page. */
export const PRINT_MAP_MM = {
  /** A4 portrait, 10 mm margins: 190 mm wide; the town page's text goes below. */
  portrait: { width: 190, height: 76 },
  /** A4 landscape, 8 mm margins (281 × 194 mm): the planner's map, its legend beside it (72 mm). */
  landscape: { width: 200, height: 165 },
} as const;
const CSS_PX_PER_MM = 96 / 25.4;
/** Paper wants about 200 dpi: twice the CSS pixel. */
const PRINT_RATIO = 2;
/** Room round the subject on paper (CSS px): the scale bar sits in the bottom band. */
const PRINT_PADDING = { top: 10, right: 10, bottom: 30, left: 10 };

/**
 * The map as printed, drawn from the screen's map state (not copied from the screen's canvas) when
 * printing starts — from the 打印 button, Ctrl+P or the browser menu alike (beforeprint, and
 * matchMedia('print') for browsers that only report that) — at the page's full content width, the
 * same from any window. Its scale bar is measured from the drawn map; the north arrow and print
 * date sit in the caption below, off the map.
 */
export function PrintMap({ alt, paper = 'portrait' }: { alt: string; paper?: keyof typeof PRINT_MAP_MM }) {
  const t = useT();
  const geo = useGeo();
  const image = useRef<HTMLCanvasElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const barLabel = useRef<HTMLSpanElement>(null);
  const date = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const overlays = layoutOverlaysFor(geo);
    let live = true;
    void import('../../map/canvas/drawStateImage').then((loaded) => {
      drawing = loaded;
      if (live) loaded.preloadStateImages(overlays);
    });
    // Synchronous on purpose: the page is laid out for print right after beforeprint returns.
    const prepare = () => {
      const state = useMapViewStore.getState().state;
      if (!state || !image.current || !drawing) return;
      const mm = PRINT_MAP_MM[paper];
      const size = { width: Math.round(mm.width * CSS_PX_PER_MM), height: Math.round(mm.height * CSS_PX_PER_MM) };
      // Drawn straight into the printed canvas: no image encoding between Ctrl+P and the page.
      const drawn = drawing.drawStateImage(geo, overlays, state, size, PRINT_RATIO, PRINT_PADDING, image.current);
      const scale = scaleBar(widthKm(drawn.bounds));
      if (bar.current && barLabel.current) {
        // A share of the map's width (the frame is a size container): a % would be of the bar's 60 % box.
        bar.current.style.width = scale ? `${(scale.fraction * 100).toFixed(2)}cqw` : '0';
        barLabel.current.textContent = scale?.label ?? '';
      }
      if (date.current) date.current.textContent = displayDate(new Date());
    };
    const printQuery = window.matchMedia?.('print');
    const onQuery = (event: MediaQueryListEvent) => event.matches && prepare();
    window.addEventListener('beforeprint', prepare);
    printQuery?.addEventListener('change', onQuery);
    return () => {
      live = false;
      window.removeEventListener('beforeprint', prepare);
      printQuery?.removeEventListener('change', onQuery);
    };
  }, [geo, paper]);

  return (
    <figure className="print-map-figure print-only" data-paper={paper}>
      <div className="print-map-frame">
        <canvas ref={image} className="print-map" role="img" aria-label={alt} />
        <div className="print-scale">
          <span ref={bar} className="print-scale-bar" />
          <span ref={barLabel} className="print-scale-label" />
        </div>
      </div>
      <figcaption>
        <svg className="print-north" viewBox="0 0 24 36" aria-label={t(m.northArrow)} role="img">
          <path d="M12 2 L20 30 L12 24 L4 30 Z" fill="#111" />
          <text x="12" y="36" textAnchor="middle" fontSize="9" fill="#111">
            {t(m.north)}
          </text>
        </svg>
        {t(m.captionStart)}
        <span ref={date} />
        {t(m.captionEnd)}
      </figcaption>
    </figure>
  );
}
