/**
 * The one module that imports maplibre-gl. Everything else talks to the map through MapView,
 * so components can be tested with this module mocked and the real map is tested in Chromium.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import type { FilterSpecification, LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoData } from '../geo/geoData';
import type { PlanId } from '../layouts/types';
import { LAYER, MARKER_BEFORE_LAYER, OVERLAY_BEFORE_LAYER, SOURCE, baseStyle, labelTextSize } from './baseStyle';
import { ATTRIBUTION } from './attribution';
import type { MapHandlers, MapView } from './mapView';
import type { OverlayImage, OverlaySpec } from './overlaySpec';

setWorkerUrl(workerUrl);

const FIT_PADDING = 40;
/** Exports are laid out 1920 CSS px wide so type and symbols keep their proportions at any resolution. */
const EXPORT_CSS_WIDTH = 1920;

function unionBbox(boxes: number[][]): LngLatBoundsLike | null {
  if (boxes.length === 0) return null;
  return [
    [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1]))],
    [Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))],
  ];
}

function loadSvgImage(image: OverlayImage, pixelRatio: number): Promise<ImageData> {
  return new Promise((resolve, reject) => {
    const img = new Image(image.width * pixelRatio, image.height * pixelRatio);
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = image.width * pixelRatio;
      canvas.height = image.height * pixelRatio;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      resolve(ctx.getImageData(0, 0, canvas.width, canvas.height));
    };
    img.onerror = () => reject(new Error(`marker image ${image.id} could not be drawn`));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  });
}

export function createMapView(container: HTMLElement, geo: GeoData, overlays: OverlaySpec, handlers: MapHandlers): MapView {
  const map = new MapLibreMap({
    container,
    style: baseStyle(geo),
    bounds: geo.meta.cityBbox as unknown as LngLatBoundsLike,
    fitBoundsOptions: { padding: FIT_PADDING },
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    dragRotate: false,
    // Shift-click adds a unit to the selection, so shift-drag box zoom is off.
    boxZoom: false,
    pitchWithRotate: false,
    maxZoom: 15,
    minZoom: 7,
  });
  map.addControl(new AttributionControl({ compact: false, customAttribution: [...ATTRIBUTION] }), 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.touchZoomRotate.disableRotation();

  let selected: string[] = [];
  let hovered: string | null = null;
  let filled: string[] = [];
  const overlayLayerIds = overlays.layers.map((l) => l.spec.id);
  const overlayElementOfLayer = new Map(overlays.layers.map((l) => [l.spec.id, l.elementId]));

  const ready = new Promise<void>((resolve) => map.on('load', () => resolve()));
  // A destroyed map ignores calls: a screen being replaced may still hold it for one render.
  let destroyed = false;
  // Overlay layers name their opacity properties as data, so the property name is a plain string.
  const setPaint = map.setPaintProperty.bind(map) as (layer: string, property: string, value: number) => void;

  // The layout overlays (about a hundred hidden layers and their marker images) are set up the
  // first time a layout is shown, so the plain town map is ready sooner.
  let overlaysInstalled: Promise<void> | null = null;
  const installOverlays = () =>
    (overlaysInstalled ??= (async () => {
      const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
      await Promise.all(
        overlays.images.map(async (image) => {
          try {
            map.addImage(image.id, await loadSvgImage(image, ratio), { pixelRatio: ratio });
          } catch (error) {
            console.warn((error as Error).message);
          }
        }),
      );
      if (destroyed) return;
      for (const [id, source] of Object.entries(overlays.sources)) map.addSource(id, source);
      for (const layer of overlays.layers) {
        map.addLayer(
          { ...layer.spec, layout: { ...(layer.spec.layout ?? {}), visibility: 'none' } } as typeof layer.spec,
          layer.placement === 'zone' ? OVERLAY_BEFORE_LAYER : MARKER_BEFORE_LAYER,
        );
      }
    })());

  const applyLayoutVisibility = (ids: readonly string[], opacity: Record<PlanId, number>) => {
    const visible = new Set(ids);
    for (const layer of overlays.layers) {
      if (!map.getLayer(layer.spec.id)) continue;
      const on = visible.has(layer.elementId);
      if ((map.getLayoutProperty(layer.spec.id, 'visibility') === 'visible') !== on) {
        map.setLayoutProperty(layer.spec.id, 'visibility', on ? 'visible' : 'none');
      }
      for (const { property, value } of layer.opacity) {
        setPaint(layer.spec.id, property, value * (opacity[layer.plan] ?? 1));
      }
    }
  };

  const townState = (name: string, state: Record<string, unknown>) => {
    map.setFeatureState({ source: SOURCE.towns, id: name }, state);
  };

  map.on('mousemove', LAYER.townFill, (event) => {
    const name = (event.features?.[0]?.properties?.name as string | undefined) ?? null;
    if (name !== hovered) handlers.onHover(name);
    map.getCanvas().style.cursor = name ? 'pointer' : '';
  });
  map.on('mouseleave', LAYER.townFill, () => {
    handlers.onHover(null);
    map.getCanvas().style.cursor = '';
  });
  map.on('click', (event) => {
    const visibleOverlays = overlayLayerIds.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') === 'visible');
    const hits = map.queryRenderedFeatures(event.point, { layers: [...visibleOverlays, LAYER.townFill] });
    const names = [...new Set(hits.filter((h) => h.layer.id === LAYER.townFill).map((h) => h.properties.name as string))];
    const overlayHit = hits.find((h) => overlayElementOfLayer.has(h.layer.id) && h.layer.type !== 'fill');
    handlers.onClick({
      names,
      lonLat: [event.lngLat.lng, event.lngLat.lat],
      shiftKey: event.originalEvent.shiftKey,
      elementId: overlayHit ? overlayElementOfLayer.get(overlayHit.layer.id) : undefined,
    });
  });

  // Style changes wait for the first load; all go through the same promise, so they keep their order.
  const whenLoaded = (fn: () => void) => void ready.then(() => !destroyed && fn());

  const view: MapView = {
    setSelection(names) {
      whenLoaded(() => {
        for (const name of selected) townState(name, { selected: false });
        selected = [...names];
        for (const name of selected) townState(name, { selected: true });
      });
    },
    setHover(name) {
      whenLoaded(() => {
        if (hovered) townState(hovered, { hover: false });
        hovered = name;
        if (hovered) townState(hovered, { hover: true });
      });
    },
    fitTowns(names, options) {
      if (destroyed) return;
      const bounds = unionBbox(names.map((n) => geo.metaByName.get(n)?.bbox).filter((b): b is [number, number, number, number] => !!b));
      if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING * 2, maxZoom: 11.5, animate: options?.animate ?? true, duration: 900 });
    },
    fitCity(options) {
      if (destroyed) return;
      map.fitBounds(geo.meta.cityBbox as unknown as LngLatBoundsLike, { padding: FIT_PADDING, animate: options?.animate ?? true, duration: 900 });
    },
    getBounds() {
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
    fitBounds(bbox, options) {
      if (destroyed) return;
      map.fitBounds(bbox as unknown as LngLatBoundsLike, {
        padding: options?.padding ?? FIT_PADDING,
        animate: options?.animate ?? true,
        duration: options?.duration ?? 1200,
        essential: true,
      });
    },
    async captureImage({ width, height, cssWidth: requestedCssWidth }) {
      await ready;
      const container = map.getContainer();
      const saved = { style: container.getAttribute('style'), ratio: map.getPixelRatio(), bounds: map.getBounds() };
      const cssWidth = requestedCssWidth ?? EXPORT_CSS_WIDTH;
      const cssHeight = Math.round((cssWidth * height) / width);
      container.setAttribute('style', `position:absolute;left:0;top:0;width:${cssWidth}px;height:${cssHeight}px;`);
      map.setPixelRatio(width / cssWidth);
      map.resize();
      map.fitBounds(saved.bounds, { animate: false, padding: 0 });
      try {
        await view.whenIdle();
        const copy = document.createElement('canvas');
        copy.width = width;
        copy.height = height;
        copy.getContext('2d')!.drawImage(map.getCanvas(), 0, 0, width, height);
        return copy;
      } finally {
        if (saved.style === null) container.removeAttribute('style');
        else container.setAttribute('style', saved.style);
        map.setPixelRatio(saved.ratio);
        map.resize();
        map.fitBounds(saved.bounds, { animate: false, padding: 0 });
      }
    },
    setLayoutVisibility(ids, opacity) {
      if (destroyed || (ids.length === 0 && !overlaysInstalled)) return;
      // Calls resolve in order on the same chain, so the last one wins.
      void ready
        .then(installOverlays)
        .then(() => !destroyed && applyLayoutVisibility(ids, opacity));
    },
    setTownFill(colors, unsetColor = '#d9d9d9') {
      whenLoaded(() => {
        for (const name of filled) townState(name, { fill: null });
        filled = colors ? Object.keys(colors) : [];
        if (colors) for (const [name, color] of Object.entries(colors)) townState(name, { fill: color ?? unsetColor });
      });
    },
    setFocus(town, outlined = [], labelled = []) {
      whenLoaded(() => {
        const keep = new Set([town, ...labelled]);
        for (const t of geo.meta.towns) {
          map.setFeatureState({ source: SOURCE.labels, id: t.name }, { dimmed: town !== null && !keep.has(t.name) });
        }
        const outside: FilterSpecification = town ? ['!=', ['get', 'name'], town] : ['boolean', false];
        map.setFilter(LAYER.focusDim, outside);
        map.setFilter(LAYER.focusOutline, outlined.length ? ['in', ['get', 'name'], ['literal', [...outlined]]] : ['boolean', false]);
      });
    },
    setLabelScale(scale) {
      whenLoaded(() => map.setLayoutProperty(LAYER.labels, 'text-size', labelTextSize(scale)));
    },
    resize() {
      if (destroyed) return;
      map.resize();
    },
    whenIdle() {
      return ready.then(() => overlaysInstalled ?? undefined).then(
        () =>
          new Promise<void>((resolve) => {
            map.once('idle', () => resolve());
            // An already idle map fires 'idle' again only after another frame.
            map.triggerRepaint();
          }),
      );
    },
    placedLabelCount() {
      const rendered = map.queryRenderedFeatures({ layers: [LAYER.labels] });
      return new Set(rendered.map((f) => f.properties.name)).size;
    },
    canvas() {
      return map.getCanvas();
    },
    inspect() {
      const visibleElements = new Set<string>();
      for (const layer of overlays.layers) {
        if (map.getLayer(layer.spec.id) && map.getLayoutProperty(layer.spec.id, 'visibility') === 'visible') visibleElements.add(layer.elementId);
      }
      const townFill: Record<string, string> = {};
      for (const name of filled) {
        const fill = map.getFeatureState({ source: SOURCE.towns, id: name }).fill as string | null | undefined;
        if (fill) townFill[name] = fill;
      }
      const filter = map.getFilter(LAYER.focusDim) as unknown[] | undefined;
      const dimmedOutside = Array.isArray(filter) && filter[0] === '!=' ? (filter[2] as string) : null;
      return { visibleElements: [...visibleElements], townFill, dimmedOutside };
    },
    project(lonLat) {
      const { x, y } = map.project(lonLat);
      return [x, y];
    },
    destroy() {
      destroyed = true;
      map.remove();
    },
  };
  return view;
}
