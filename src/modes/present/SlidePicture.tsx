import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useGeo } from '../../app/GeoContext';
import { drawStateImage, preloadStateImages } from '../../map/canvas/drawStateImage';
import { useLayoutOverlays } from '../../map/layers/useLayoutOverlays';
import { useQuotaStore } from '../../quotas/store';
import { slideExportCamera, slideMapState } from './applySlide';
import type { Slide } from './slide';

/**
 * The slide is drawn as a 1920 × 1080 screen shows it, scaled down: labels and markers keep their
 * share of the picture, as the room sees them.
 */
const SLIDE = { width: 1920, height: 1080 };

/**
 * A small picture of a slide's map for the presenter console, drawn from the slide's MapState by
 * the Canvas2D renderer (src/map/canvas): cheap, synchronous, and no second WebGL context beside
 * the audience window's map. Redrawn when the slide, its data or the box's size changes, and once
 * more when the marker images have loaded.
 */
export function SlidePicture({ slide, label }: { slide: Slide; label: string }) {
  const geo = useGeo();
  const overlays = useLayoutOverlays();
  const quotaData = useQuotaStore((s) => s.data);
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [imagesReady, setImagesReady] = useState(0);

  useEffect(() => {
    let live = true;
    void preloadStateImages(overlays).then(() => live && setImagesReady((n) => n + 1));
    return () => {
      live = false;
    };
  }, [overlays]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!canvas.current || width <= 0) return;
    const state = slideMapState(slide, quotaData, slideExportCamera(slide, geo));
    const ratio = (width * (window.devicePixelRatio || 1)) / SLIDE.width;
    drawStateImage(geo, overlays, state, SLIDE, ratio, state.camera.padding, canvas.current);
  }, [slide, quotaData, geo, overlays, width, imagesReady]);

  return (
    <div ref={box} className="slide-picture">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
