import { useEffect, useRef } from 'react';
import { formatDate } from '../../lib/dates';
import { useMapViewStore } from '../../map/mapViewStore';
import { scaleBar, widthKm } from './printScale';
import './print.css';

/**
 * The map as printed: an image of the screen's map, taken when printing starts — from the 打印
 * button, Ctrl+P or the browser menu alike (beforeprint, and matchMedia('print') for browsers that
 * only report that) — with a north arrow, a scale bar measured from the map, and the print date.
 * WebGL canvases do not print reliably, so only this image is printed.
 */
export function PrintMap({ alt }: { alt: string }) {
  const image = useRef<HTMLImageElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const barLabel = useRef<HTMLSpanElement>(null);
  const date = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    // Synchronous on purpose: the page is laid out for print right after beforeprint returns.
    const prepare = () => {
      const view = useMapViewStore.getState().view;
      if (!view || !image.current) return;
      try {
        image.current.src = view.canvas().toDataURL('image/png');
      } catch {
        return; // a lost WebGL context: the page prints without the map rather than not at all
      }
      const scale = scaleBar(widthKm(view.getBounds()));
      if (bar.current && barLabel.current) {
        bar.current.style.width = scale ? `${(scale.fraction * 100).toFixed(2)}%` : '0';
        barLabel.current.textContent = scale?.label ?? '';
      }
      if (date.current) date.current.textContent = formatDate(new Date());
    };
    const printQuery = window.matchMedia?.('print');
    const onQuery = (event: MediaQueryListEvent) => event.matches && prepare();
    window.addEventListener('beforeprint', prepare);
    printQuery?.addEventListener('change', onQuery);
    return () => {
      window.removeEventListener('beforeprint', prepare);
      printQuery?.removeEventListener('change', onQuery);
    };
  }, []);

  return (
    <figure className="print-map-figure print-only">
      <div className="print-map-frame">
        <img ref={image} className="print-map" alt={alt} />
        <svg className="print-north" viewBox="0 0 24 36" aria-label="指北针" role="img">
          <path d="M12 2 L20 30 L12 24 L4 30 Z" fill="#111" />
          <text x="12" y="36" textAnchor="middle" fontSize="9" fill="#111">
            北
          </text>
        </svg>
        <div className="print-scale">
          <span ref={bar} className="print-scale-bar" />
          <span ref={barLabel} className="print-scale-label" />
        </div>
      </div>
      <figcaption>
        打印日期 <span ref={date} /> · 边界为示意，不可用于测绘
      </figcaption>
    </figure>
  );
}
