/**
 * The Canvas2D renderer: MapView without WebGL. The first frame grown up: it draws the whole map
 * state (src/map/canvas/drawScene.ts) in one synchronous pass, so a sync is idle as soon as it is
 * drawn. Used where WebGL2 is missing (src/map/rendererChoice.ts) or when `?renderer=canvas`.
 * Pan (drag), zoom (wheel, buttons, double click), hover and click work as on the MapLibre map;
 * camera moves are not animated.
 */
import type { GeoData } from '../../geo/geoData';
import type { MapState } from '../../state/mapState';
import { attributionLine } from '../attribution';
import { keepScaleClearOfAttribution } from '../scaleClearance';
import { sceneOf } from '../firstFrame/drawFirstFrame';
import { fitCamera, screenPoint, type Camera } from '../firstFrame/camera';
import type { Box } from '../firstFrame/placeLabels';
import { MAP_ZOOM_RANGE, MapDestroyedError, type MapHandlers, type MapView, type RenderedFeature } from '../mapView';
import type { OverlaySpec } from '../overlaySpec';
import { markFirstFrame } from '../probe';
import { drawScene, type DrawnFrame, type LoadedImage } from './drawScene';
import { mapMessages } from '../../i18n/catalogue/map';
import { t } from '../../i18n/messages';

export interface CanvasViewOptions {
  offscreen?: { pixelRatio: number };
}

const TILE_SIZE = 512;

export function unproject(camera: Camera, [x, y]: [number, number]): [number, number] {
  const scale = 2 ** camera.zoom;
  const wx = camera.center[0] + (x - camera.width / 2) / scale;
  const wy = camera.center[1] + (y - camera.height / 2) / scale;
  const lon = (wx / TILE_SIZE) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * wy) / TILE_SIZE;
  const lat = (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
  return [lon, lat];
}

export function loadImage(svg: string, width: number, height: number, ratio: number): Promise<LoadedImage> {
  return new Promise((resolve, reject) => {
    const img = new Image(width * ratio, height * ratio);
    img.onload = () => {
      // Rasterised at the device ratio (patterns repeat the raster; icons are drawn from it too).
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
      resolve({ image: canvas, width, height });
    };
    img.onerror = () => reject(new Error(`marker image could not be drawn`));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** A scale bar at most `maxPx` wide: the longest 1, 2, 3 or 5 × 10ⁿ metres that fits (as MapLibre's ScaleControl). */
export function scaleBar(camera: Camera, maxPx = 120): { px: number; label: string } {
  const [, lat] = unproject(camera, [camera.width / 2, camera.height / 2]);
  const metresPerPx = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE * 2 ** camera.zoom);
  const maxMetres = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 3, 2, 1].find((d) => d * pow <= maxMetres)! * pow;
  return { px: step / metresPerPx, label: step >= 1000 ? t(mapMessages.scaleKm, { n: step / 1000 }) : t(mapMessages.scaleM, { n: step }) };
}

const inside = (b: Box, x: number, y: number) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

export function createCanvasMapView(container: HTMLElement, geo: GeoData, overlays: OverlaySpec, handlers: MapHandlers = {}, options: CanvasViewOptions = {}): MapView {
  const offscreen = options.offscreen;
  const canvas = document.createElement('canvas');
  canvas.className = 'map-canvas-2d';
  Object.assign(canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', touchAction: 'none' });
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d')!;
  const controls: HTMLElement[] = [];
  /** The scale bar (the screen's map only), updated on every draw. */
  let scale: HTMLElement | null = null;

  let destroyed = false;
  let stopScaleClearance = () => {};
  let applied: MapState | null = null;
  let camera: Camera | null = null;
  let frame: DrawnFrame | null = null;
  const images = new Map<string, LoadedImage>();
  let imagesLoaded: Promise<void> | null = null;
  const ratio = () => offscreen?.pixelRatio ?? window.devicePixelRatio ?? 1;
  const size = () => ({ width: Math.max(1, container.clientWidth), height: Math.max(1, container.clientHeight) });

  const loadImages = () =>
    (imagesLoaded ??= Promise.all(
      overlays.images.map(async (image) => {
        try {
          // Twice the device ratio: markers stay sharp when a label scale enlarges them.
          images.set(image.id, await loadImage(image.svg, image.width, image.height, 2 * Math.max(1, Math.round(ratio()))));
        } catch {
          console.warn(`marker image ${image.id} could not be drawn`);
        }
      }),
    ).then(() => {}));

  const clampZoom = (zoom: number) => Math.min(MAP_ZOOM_RANGE.max, Math.max(MAP_ZOOM_RANGE.min, zoom));
  const cameraFor = (state: MapState): Camera => {
    const scene = sceneOf(state, geo).camera;
    return fitCamera(scene.bbox, size(), scene.padding, { min: MAP_ZOOM_RANGE.min, max: Math.min(MAP_ZOOM_RANGE.max, scene.maxZoom) });
  };

  const draw = () => {
    if (destroyed || !applied) return;
    const { width, height } = size();
    camera = camera ? { ...camera, width, height } : cameraFor(applied);
    const r = ratio();
    const w = Math.round(width * r);
    const h = Math.round(height * r);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    ctx.setTransform(r, 0, 0, r, 0, 0);
    frame = drawScene(ctx, { geo, overlays, state: applied, camera, images, ratio: r, previousAnchors: frame?.anchors });
    // Each draw is complete (fills, overlays and placed labels in one pass): the screen's first one
    // is the page's first complete map, which deferred work waits for (markFirstFrame keeps the first).
    if (!offscreen) markFirstFrame('canvas-renderer');
    if (scale) {
      const bar = scaleBar(camera);
      scale.style.width = `${Math.round(bar.px)}px`;
      scale.textContent = bar.label;
    }
  };
  let scheduled = 0;
  const redrawSoon = () => {
    if (scheduled) return;
    scheduled = requestAnimationFrame(() => {
      scheduled = 0;
      draw();
    });
  };

  // ---- Interaction (the screen's map only). ----
  const pickElement = (x: number, y: number): string | undefined => {
    if (!frame) return undefined;
    const overlayLayerIds = new Set(overlays.layers.filter((l) => l.spec.type !== 'fill').map((l) => l.spec.id));
    const elementOf = new Map(overlays.layers.map((l) => [l.spec.id, l.elementId]));
    for (const [feature, box] of [...frame.boxes].reverse()) {
      if (overlayLayerIds.has(feature.layer) && inside(box, x, y)) return elementOf.get(feature.layer);
    }
    return undefined;
  };
  const townsAt = (x: number, y: number): string[] => {
    if (!frame) return [];
    const r = ratio();
    ctx.setTransform(r, 0, 0, r, 0, 0);
    return [...frame.townPaths].filter(([, path]) => ctx.isPointInPath(path, x * r, y * r, 'evenodd')).map(([name]) => name);
  };
  const local = (event: MouseEvent): [number, number] => {
    const box = canvas.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  };
  const zoomAround = (point: [number, number], delta: number) => {
    if (!camera) return;
    const zoom = clampZoom(camera.zoom + delta);
    const before = 2 ** camera.zoom;
    const after = 2 ** zoom;
    const wx = camera.center[0] + (point[0] - camera.width / 2) / before;
    const wy = camera.center[1] + (point[1] - camera.height / 2) / before;
    camera = { ...camera, zoom, center: [wx - (point[0] - camera.width / 2) / after, wy - (point[1] - camera.height / 2) / after] };
    handlers.onUserMove?.();
    redrawSoon();
  };

  if (!offscreen) {
    let drag: { x: number; y: number; moved: boolean; center: [number, number] } | null = null;
    let hovered: string | null = null;
    /** The last press ended a drag (a pan): its click selects nothing. */
    let dragged = false;
    canvas.addEventListener('pointerdown', (event) => {
      if (!camera) return;
      canvas.setPointerCapture?.(event.pointerId);
      drag = { x: event.clientX, y: event.clientY, moved: false, center: camera.center };
      dragged = false;
    });
    canvas.addEventListener('pointermove', (event) => {
      if (drag && camera) {
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (Math.hypot(dx, dy) > 4) drag.moved = true;
        if (drag.moved) {
          const scale = 2 ** camera.zoom;
          camera = { ...camera, center: [drag.center[0] - dx / scale, drag.center[1] - dy / scale] };
          handlers.onUserMove?.();
          redrawSoon();
        }
        return;
      }
      if (event.pointerType !== 'mouse') return;
      const [name] = townsAt(...local(event));
      const next = name ?? null;
      if (next !== hovered) {
        hovered = next;
        canvas.style.cursor = next ? 'pointer' : '';
        handlers.onHover?.(next);
      }
    });
    canvas.addEventListener('pointerup', () => {
      dragged = drag?.moved ?? false;
      drag = null;
    });
    // A selection is a 'click' (as on the MapLibre map), not a pointerup: an element with a click
    // listener is what Chromium's touch adjustment keeps a tap on. With pointer listeners only, a tap
    // on the map a few px from a button (the phone's sheet handle, 多选, 全市) went to the button.
    canvas.addEventListener('click', (event) => {
      if (dragged || !camera) return;
      const point = local(event);
      handlers.onClick?.({ names: townsAt(...point), lonLat: unproject(camera, point), shiftKey: event.shiftKey, elementId: pickElement(...point) });
    });
    canvas.addEventListener('pointercancel', () => (drag = null));
    canvas.addEventListener('pointerleave', () => {
      if (hovered) handlers.onHover?.(null);
      hovered = null;
      canvas.style.cursor = '';
    });
    canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      zoomAround(local(event), -event.deltaY / 300);
    }, { passive: false });
    canvas.addEventListener('dblclick', (event) => zoomAround(local(event), 1));

    const zoomButtons = document.createElement('div');
    zoomButtons.className = 'map-canvas-zoom';
    for (const [label, delta] of [[t(mapMessages.zoomIn), 1], [t(mapMessages.zoomOut), -1]] as const) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = delta > 0 ? '+' : '−';
      button.title = label;
      button.setAttribute('aria-label', label);
      button.addEventListener('click', () => camera && zoomAround([camera.width / 2, camera.height / 2], delta));
      zoomButtons.appendChild(button);
    }
    const attribution = document.createElement('p');
    attribution.className = 'map-canvas-attribution';
    attribution.textContent = attributionLine();
    scale = document.createElement('div');
    scale.className = 'map-canvas-scale';
    controls.push(zoomButtons, attribution, scale);
    for (const control of controls) container.appendChild(control);
    stopScaleClearance = keepScaleClearOfAttribution(scale, attribution);
  }

  let chain: Promise<void> = Promise.resolve();
  let latest: MapState | null = null;

  const view: MapView = {
    sync(state) {
      if (destroyed) return Promise.reject(new MapDestroyedError());
      latest = state;
      const apply = chain.then(async () => {
        if (state.overlays.length > 0) await loadImages();
        if (destroyed) throw new MapDestroyedError();
        if (state !== latest) return;
        const moved = applied === null || applied.camera.seq !== state.camera.seq;
        applied = state;
        if (moved) camera = cameraFor(state);
        draw();
      });
      chain = apply.catch(() => {});
      return apply;
    },
    getBounds() {
      const c = camera ?? (applied ? cameraFor(applied) : null);
      if (!c) return geo.meta.cityBbox as [number, number, number, number];
      const [west, north] = unproject(c, [0, 0]);
      const [east, south] = unproject(c, [c.width, c.height]);
      return [west, south, east, north];
    },
    capture() {
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d')!.drawImage(canvas, 0, 0);
      return copy;
    },
    resize() {
      if (!destroyed) draw();
    },
    whenIdle() {
      if (destroyed) return Promise.reject(new MapDestroyedError());
      return chain.then(() => (destroyed ? Promise.reject(new MapDestroyedError()) : undefined));
    },
    placedLabelCount() {
      return frame?.townLabels.length ?? 0;
    },
    canvas() {
      return canvas;
    },
    inspect() {
      return {
        visibleElements: (applied?.overlays ?? []).map((o) => o.id),
        townFill: { ...(applied?.fill ?? {}) },
        dimmedOutside: applied?.dimOutside ? [...applied.dimOutside] : null,
      };
    },
    renderedFeatures(layerIds, box) {
      if (!frame) return [];
      const wanted = new Set(layerIds);
      const hit = (f: RenderedFeature) => {
        if (!box) return true;
        const b = frame!.boxes.get(f);
        return !!b && b.x0 < box[2] && box[0] < b.x1 && b.y0 < box[3] && box[1] < b.y1;
      };
      return frame.features.filter((f) => wanted.has(f.layer) && hit(f));
    },
    project(lonLat) {
      const c = camera ?? (applied ? cameraFor(applied) : cameraFor({ camera: { target: { kind: 'city' }, padding: { top: 40, right: 40, bottom: 40, left: 40 }, seq: 0 } } as MapState));
      return screenPoint(c, lonLat);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (scheduled) cancelAnimationFrame(scheduled);
      canvas.remove();
      stopScaleClearance();
      for (const control of controls) control.remove();
    },
  };
  return view;
}
