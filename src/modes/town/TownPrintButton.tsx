import { useState } from 'react';
import { useGeo } from '../../app/GeoContext';
import { offscreenRenderer } from '../../export/offscreenMap';
import { useLayoutOverlays } from '../../map/layers/useLayoutOverlays';
import type { MapState } from '../../state/mapState';

/** The map takes the top of the A4 page (190 mm × about 105 mm): drawn 900 CSS px wide at twice the resolution. */
const PRINT_MAP_SIZE = { width: 1800, height: 1000 };
const PRINT_CSS_WIDTH = 900;

/**
 * Printing a WebGL canvas is unreliable, so the map is first drawn into an image that only the
 * print stylesheet shows; then the browser's print dialog opens (print or save as PDF).
 */
export function TownPrintButton({ town, state }: { town: string; state: MapState }) {
  const geo = useGeo();
  const overlays = useLayoutOverlays();
  const [image, setImage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const print = async () => {
    setBusy(true);
    setError(null);
    try {
      const render = offscreenRenderer(geo, overlays, PRINT_CSS_WIDTH);
      const canvas = await render(state, PRINT_MAP_SIZE).finally(render.dispose);
      setImage(canvas.toDataURL('image/png'));
      // Let React put the image in the page before the print dialog snapshots it.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      window.print();
    } catch (e) {
      setError(`无法生成打印用地图：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={print} disabled={busy}>
        {busy ? '正在准备…' : '打印（A4）'}
      </button>
      {error && (
        <span role="alert" className="inline-error">
          {error}
        </span>
      )}
      {image && <img className="print-map" src={image} alt={`${town}及周边地图`} />}
    </>
  );
}
