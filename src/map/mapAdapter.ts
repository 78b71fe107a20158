/**
 * The one module that imports maplibre-gl. Everything else talks to a map through MapView: it
 * hands the map a MapState (src/state/mapState.ts) and the adapter applies what changed.
 * Components are tested with this module mocked; the real map is tested in Chromium.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { FilterSpecification, LngLatBoundsLike, LngLatLike, PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { unionBboxes, type Bbox } from '../geo/bbox';
import type { GeoData } from '../geo/geoData';
import { diffMapState, type MapCamera, type MapOp, type MapState } from '../state/mapState';
import { LAYER, SOURCE, baseStyle } from './baseStyle';
import { labelTextSize } from './symbols/townLabel';
import { ATTRIBUTION } from './attribution';
import { keepScaleClearOfAttribution } from './scaleClearance';
import { mapLocale } from './locale';
import { MAP_ZOOM_RANGE, MapDestroyedError, UNITS_MAX_ZOOM, type MapHandlers, type MapView } from './mapView';
import type { OverlayImage, OverlaySpec } from './overlaySpec';
import { markFirstFrame } from './probe';

setWorkerUrl(workerUrl);
// The worker starts booting while this module's caller is still building the style.
prewarm();

const CAMERA_DURATION_MS = 900;

export interface MapViewOptions {
  /**
   * An off-screen map for an export: no controls, no interaction, no label fading, the drawing
   * buffer kept for reading, drawn at this pixel ratio. The live map never keeps its buffer.
   */
  offscreen?: { pixelRatio: number };
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

/** Symbol layers (MapLibre style layer objects) left out of label placement: hidden overlay layers. */
const unplacedLayers = new WeakSet<object>();
let placementHooked = false;

/**
 * Makes MapLibre's label placement skip the symbol layers in `unplacedLayers`, so a hidden marker or
 * label takes no room from the others while its buckets stay built in the worker (showing it again is
 * one frame, no tile re-cut). Wraps Placement.getBucketParts (internal; MapLibre 6), found through the
 * map's last placement, once for every map. False where it cannot be found: symbols then toggle by
 * visibility, as any layer can.
 */
function hidePlacement(map: MapLibreMap): boolean {
  if (placementHooked) return true;
  const placement = (map as unknown as { style?: { placement?: object } }).style?.placement;
  const proto = placement && (Object.getPrototypeOf(placement) as { getBucketParts?: (...args: unknown[]) => void });
  const getBucketParts = proto?.getBucketParts;
  if (!proto || typeof getBucketParts !== 'function') return false;
  proto.getBucketParts = function (this: unknown, ...args: unknown[]) {
    // (results, styleLayer, tile, sortAcrossTiles)
    if (unplacedLayers.has(args[1] as object)) return;
    getBucketParts.apply(this, args);
  };
  placementHooked = true;
  return true;
}

/** Map changes that echo what a panel shows (the selected and hovered towns): drawn after the panel's paint. */
const PANEL_FIRST_OPS: ReadonlySet<MapOp['kind']> = new Set(['setSelected', 'setHovered']);
/** Resolves after the next frame has been painted (a task queued from its animation frame). */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function createMapView(container: HTMLElement, geo: GeoData, overlays: OverlaySpec, handlers: MapHandlers = {}, options: MapViewOptions = {}): MapView {
  const offscreen = options.offscreen;
  /** Frames MapLibre's painter drew (the bench counts them per action). */
  let framesDrawn = 0;
  /** True while MapLibre's painter draws a frame (see skipWhilePainting). */
  let painting = false;
  const style = baseStyle(geo);
  const baseStyleLayers = style.layers;
  const map = new MapLibreMap({
    container,
    // Each state is shown at once, with no paint transitions: with a software GPU each frame of a 300 ms
    // transition costs tens of milliseconds; an opacity or choropleth change lands in one frame.
    style: { ...style, transition: { duration: 0, delay: 0 } },
    bounds: geo.meta.cityBbox as unknown as LngLatBoundsLike,
    fitBoundsOptions: { padding: 40 },
    attributionControl: false,
    locale: mapLocale(),
    // Only an export's map keeps its drawing buffer: print draws its own map from state (src/map/canvas/drawStateImage.ts).
    canvasContextAttributes: { preserveDrawingBuffer: !!offscreen },
    interactive: !offscreen,
    // Labels appear at once: a fade would hold every toggle and slide change 300 ms before the map is settled.
    fadeDuration: 0,
    pixelRatio: offscreen?.pixelRatio,
    dragRotate: false,
    // Shift-click adds a unit to the selection, so shift-drag box zoom is off.
    boxZoom: false,
    pitchWithRotate: false,
    maxZoom: MAP_ZOOM_RANGE.max,
    minZoom: MAP_ZOOM_RANGE.min,
  });
  {
    // An export's map draws only frames that can be its last: a frame drawn while tiles are still
    // loading is never seen, and on a software GPU each full frame costs tens of milliseconds of
    // work the copy in capture() waits for (about 20 frames per slide otherwise). The idle event
    // still comes only after a frame drawn with everything loaded. Uses MapLibre's painter (internal).
    // The screen's map does the same unless the camera moves (a flight or a drag is drawn frame by
    // frame): a layer toggle reloads its source's tile in the worker, and the frames MapLibre would
    // draw meanwhile (the old picture again, then the new layer before its labels are placed) were
    // two to five software frames per action; now it draws one, with everything loaded.
    //
    // A style change costs MapLibre two or three renders before its frame is final: updating the style
    // fires the style's own 'data' event, which marks the style dirty again (map.loaded() is false in
    // the first render although everything is in place), and after a camera jump the label placement
    // is marked stale and placed again in the render after. Each would wait an animation frame (10-30
    // ms on a software GPU), and a frame drawn with stale placement is drawn again in the next (a
    // second software frame). When only those marks keep a frame back (the style and its tiles are
    // loaded), the next render is run at once instead, inside this animation frame: map.redraw()
    // (public) renders synchronously and cancels the scheduled frame. At most MAX_REDRAWS in one
    // animation frame; after them a loaded frame is drawn as before, so labels that keep changing
    // never hold the map back.
    const MAX_REDRAWS = 3;
    const painter = (map as unknown as { painter?: { render: (...args: unknown[]) => void } }).painter;
    if (painter) {
      const draw = painter.render.bind(painter);
      let redrawing = false;
      let redrawQueued = false;
      let redrawsThisFrame = 0;
      const redrawNow = () => {
        redrawQueued = false;
        if (destroyed) return;
        redrawing = true;
        try {
          map.redraw();
        } finally {
          redrawing = false;
        }
      };
      painter.render = (...args: unknown[]) => {
        if (!redrawing) redrawsThisFrame = 0;
        // Set by this render's label placement, just before the painter is called (MapLibre 6, internal).
        const placementFinal = !(map as unknown as { _placementDirty?: boolean })._placementDirty;
        const moving = !offscreen && map.isMoving();
        if (!moving && !(map.loaded() && placementFinal)) {
          if (map.style?.loaded() && !redrawQueued && redrawsThisFrame < MAX_REDRAWS) {
            redrawQueued = true;
            redrawsThisFrame++;
            queueMicrotask(redrawNow);
            return;
          }
          if (!map.loaded()) return;
        }
        framesDrawn++;
        painting = true;
        try {
          draw(...args);
        } finally {
          painting = false;
        }
      };
    }
  }
  /**
   * Sources that feed no symbol layer (the towns, the city outline, the zones) are cut once, at their
   * maxzoom, and that tile is drawn at every deeper zoom, as a raster source is. MapLibre otherwise
   * cuts a GeoJSON source's tile again for each zoom level the camera reaches (reparseOverscaled),
   * which only symbol layout needs (label spacing and collision boxes at that zoom): a slide's camera
   * flight made the worker re-cut every polygon two or three times, and the map waited for the last.
   * The geometry is the same either way: the zoom-7 tile is all the source has (wholeCityGeoJson).
   */
  const symbolSources = new Set(
    [...(baseStyleLayers as { type: string; source?: string }[]), ...overlays.layers.map((l) => l.spec as { type: string; source?: string })]
      .filter((l) => l.type === 'symbol' && l.source)
      .map((l) => l.source!),
  );
  const cutOnce = (id: string) => {
    const source = map.getSource(id) as unknown as { reparseOverscaled?: boolean } | undefined;
    if (!symbolSources.has(id) && source?.reparseOverscaled) source.reparseOverscaled = false;
  };
  // The style's sources exist from its first 'styledata' on, before any tile is asked for.
  map.once('styledata', () => Object.values(SOURCE).forEach(cutOnce));

  // Test handle (dist-e2e only): the MapLibre map itself, to look at its collision boxes when the renderers disagree.
  if (import.meta.env.MODE === 'e2e' && !offscreen) (window as unknown as { __dgMapLibre?: unknown }).__dgMapLibre = map;
  let stopScaleClearance = () => {};
  if (!offscreen) {
    map.addControl(new AttributionControl({ compact: false, customAttribution: [...ATTRIBUTION] }), 'bottom-right');
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.touchZoomRotate.disableRotation();
    const scale = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-scale');
    const attribution = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
    if (scale && attribution) stopScaleClearance = keepScaleClearOfAttribution(scale, attribution);
  }

  const overlayElementOfLayer = new Map(overlays.layers.map((l) => [l.spec.id, l.elementId]));
  /**
   * How an overlay layer is shown and hidden. MapLibre's worker leaves layers with visibility 'none'
   * out of a tile's buckets, so switching one on re-cuts its source's tile in the worker (and, for a
   * cluster's town outlines, all the town polygons) before the map can draw: a worker round trip and
   * more frames. So every overlay layer stays 'visible' from the start, in the worker's buckets, and
   * a toggle changes nothing the worker reads: one frame.
   *  - 'opacity' (fills, lines, circles): hidden with their opacities at 0; MapLibre skips drawing a
   *    layer whose opacity is a constant 0 (draw_fill, draw_line, draw_circle).
   *  - 'placement' (symbols): a symbol at opacity 0 still takes its place in label collision (town
   *    labels would make way for hidden markers), so a hidden symbol layer is also left out of label
   *    placement (hidePlacement below); its opacities are 0 as well, so it draws nothing.
   *  - 'visibility': layout visibility, for a layer with no opacity to set, or symbols where the
   *    placement hook cannot be installed.
   */
  type HideBy = 'opacity' | 'placement' | 'visibility';
  let symbolsByPlacement = false;
  const hideBy = (layer: OverlaySpec['layers'][number]): HideBy =>
    layer.spec.type === 'symbol' ? (symbolsByPlacement ? 'placement' : 'visibility') : layer.opacity.length > 0 ? 'opacity' : 'visibility';
  const styleLayer = (id: string) => map.getLayer(id) as object | undefined;
  /** Elements shown now, with their plan group's opacity. */
  const shownOpacity = new Map<string, number>();
  const overlayLayersOf = new Map<string, OverlaySpec['layers']>();
  for (const layer of overlays.layers) overlayLayersOf.set(layer.elementId, [...(overlayLayersOf.get(layer.elementId) ?? []), layer]);

  // A frame of the screen's map drawn with every source's tiles loaded is a complete map (fills and placed labels).
  if (!offscreen) {
    map.on('render', function firstCompleteFrame() {
      if (!map.loaded()) return;
      map.off('render', firstCompleteFrame);
      markFirstFrame('maplibre');
    });
  }
  let destroyed = false;
  let rejectDestroyed: (error: Error) => void = () => {};
  const destroyedSignal = new Promise<never>((_, reject) => (rejectDestroyed = reject));
  destroyedSignal.catch(() => {});
  /** Settles with `promise`, or rejects with MapDestroyedError if the map is destroyed first. */
  const unlessDestroyed = <T,>(promise: Promise<T>) => Promise.race([promise, destroyedSignal]);
  const ready = new Promise<void>((resolve) => map.once('load', () => resolve()));

  // Overlay layers name their opacity and size properties as data, so the property name is a plain string.
  const setPaint = map.setPaintProperty.bind(map) as (layer: string, property: string, value: unknown) => void;
  const setLayout = map.setLayoutProperty.bind(map) as (layer: string, property: string, value: unknown) => void;

  // The layout overlays (about a hundred hidden layers and their marker images) are set up the
  // first time a state shows one, so the plain town map is ready sooner.
  let overlaysInstalled: Promise<void> | null = null;
  const installOverlays = () =>
    (overlaysInstalled ??= (async () => {
      // Drawn at twice the device's ratio: markers stay sharp when a label scale enlarges them.
      const ratio = 2 * Math.max(1, Math.round(offscreen?.pixelRatio ?? window.devicePixelRatio ?? 1));
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
      symbolsByPlacement = hidePlacement(map);
      for (const [id, source] of Object.entries(overlays.sources)) {
        map.addSource(id, source);
        cutOnce(id);
      }
      // Sized for the label scale the map shows now; a later change of scale resizes them (setLabelScale).
      const sizes = (layer: OverlaySpec['layers'][number]) => layer.scaled?.(applied?.labels.scale ?? 1) ?? {};
      for (const layer of overlays.layers) {
        const { layout, paint } = sizes(layer);
        const spec = layer.spec as typeof layer.spec & { layout?: object; paint?: object };
        const how = hideBy(layer);
        const hidden = how === 'visibility' ? {} : Object.fromEntries(layer.opacity.map(({ property }) => [property, 0]));
        map.addLayer(
          { ...spec, layout: { ...spec.layout, ...layout, visibility: how === 'visibility' ? 'none' : 'visible' }, paint: { ...spec.paint, ...paint, ...hidden } } as typeof layer.spec,
          layer.beforeLayer,
        );
        if (how === 'placement') unplacedLayers.add(styleLayer(layer.spec.id)!);
        if (how !== 'visibility') skipWhilePainting(layer);
      }
    })());

  // The screen's map sets them up anyway once it is idle and the page has nothing else to do, so the
  // first layer a user shows costs what any other does.
  if (!offscreen) {
    const whenPageIdle = (run: () => void) =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 200);
    map.once('idle', () => whenPageIdle(() => !destroyed && void installOverlays()));
  }

  const townState = (name: string, state: Record<string, unknown>) => map.setFeatureState({ source: SOURCE.towns, id: name }, state);

  const fitCamera = ({ target, padding }: MapCamera, animate: boolean) => {
    // `essential`: MapLibre does not second-guess `animate` with the reduce-motion setting; the app
    // decides that once for every renderer (src/map/reducedMotion.ts: such a camera comes as a jump).
    const fitOptions = { padding: padding as PaddingOptions, animate, duration: CAMERA_DURATION_MS, essential: true };
    const fit = (bounds: Bbox, options: typeof fitOptions & { maxZoom?: number }) => {
      const box = bounds as unknown as LngLatBoundsLike;
      // A camera already where it is asked to go (two slides of the whole city) is not flown: MapLibre
      // would still run the flight's 900 ms, a full frame each animation frame, before the map is idle.
      const there = options.animate ? map.cameraForBounds(box, options) : undefined;
      map.fitBounds(box, there && isCurrentView(there) ? { ...options, animate: false } : options);
    };
    switch (target.kind) {
      case 'city':
        fit(geo.meta.cityBbox, fitOptions);
        break;
      case 'bounds':
        fit(target.bounds, fitOptions);
        break;
      case 'units': {
        const bounds = unionBboxes(target.units.map((n) => geo.metaByName.get(n)?.bbox).filter((b): b is Bbox => !!b));
        if (bounds) fit(bounds, { ...fitOptions, maxZoom: UNITS_MAX_ZOOM });
        break;
      }
    }
  };
  /** Whether a camera shows what the map shows now: the same zoom, its centre within half a pixel. */
  const isCurrentView = (camera: { center?: LngLatLike; zoom?: number }) => {
    if (camera.center === undefined || camera.zoom === undefined || Math.abs(camera.zoom - map.getZoom()) > 0.001) return false;
    const [a, b] = [map.project(camera.center), map.project(map.getCenter())];
    return Math.hypot(a.x - b.x, a.y - b.y) < 0.5;
  };

  /**
   * A hidden overlay layer is also hidden from MapLibre's painter (its own layer object only: the
   * worker's copy and the style's bookkeeping still see it visible, so its source's tiles stay loaded
   * and its buckets built). At opacity 0 it would draw nothing, but the painter would still redraw the
   * tile clipping mask (a stencil pass over the whole city tile) each time the source changes between
   * two layers: zones, towns, axes and bases alternate in the draw order, and on a software GPU those
   * passes cost more than the visible layers.
   */
  const skipWhilePainting = (layer: OverlaySpec['layers'][number]) => {
    const object = styleLayer(layer.spec.id) as { isHidden?: (...args: unknown[]) => boolean } | undefined;
    const isHidden = object?.isHidden;
    if (!object || typeof isHidden !== 'function') return;
    object.isHidden = (...args: unknown[]) => (painting && !shownOpacity.has(layer.elementId)) || isHidden.apply(object, args);
  };
  /** An overlay layer's opacities: its full values times its group's opacity while shown, else 0 (unless hidden by visibility). */
  const paintOpacity = (layer: OverlaySpec['layers'][number]) => {
    const opacity = shownOpacity.get(layer.elementId);
    for (const { property, value } of layer.opacity) {
      if (opacity !== undefined) setPaint(layer.spec.id, property, value * opacity);
      else if (hideBy(layer) !== 'visibility') setPaint(layer.spec.id, property, 0);
    }
  };
  const showLayer = (layer: OverlaySpec['layers'][number], visible: boolean) => {
    switch (hideBy(layer)) {
      case 'visibility':
        map.setLayoutProperty(layer.spec.id, 'visibility', visible ? 'visible' : 'none');
        break;
      case 'placement': {
        const object = styleLayer(layer.spec.id)!;
        if (visible) unplacedLayers.delete(object);
        else unplacedLayers.add(object);
        paintOpacity(layer);
        // Labels are placed again in the next frame (every frame, with no fading).
        map.triggerRepaint();
        break;
      }
      case 'opacity':
        paintOpacity(layer);
        break;
    }
  };
  /** Whether an overlay layer is drawn now, read back from MapLibre (visibility, placement and opacities). */
  const overlayLayerDrawn = (layer: OverlaySpec['layers'][number]) => {
    const object = styleLayer(layer.spec.id);
    if (!object || map.getLayoutProperty(layer.spec.id, 'visibility') === 'none') return false;
    if (hideBy(layer) === 'visibility') return true;
    if (unplacedLayers.has(object)) return false;
    return layer.opacity.length === 0 || layer.opacity.some(({ property }) => (map.getPaintProperty(layer.spec.id, property as 'fill-opacity') as number) > 0);
  };
  const drawnOverlayLayers = () => overlays.layers.filter(overlayLayerDrawn);

  const applyOp = (op: MapOp) => {
    switch (op.kind) {
      case 'setFill':
        townState(op.unit, { fill: op.color });
        break;
      case 'setSelected':
        townState(op.unit, { selected: op.selected });
        break;
      case 'setHovered':
        townState(op.unit, { hover: op.hovered });
        break;
      case 'setDimOutside': {
        const outside: FilterSpecification = op.keep ? ['!', ['in', ['get', 'name'], ['literal', op.keep]]] : ['boolean', false];
        map.setFilter(LAYER.focusDim, outside);
        break;
      }
      case 'setOutlined':
        map.setFilter(LAYER.focusOutline, op.units.length ? ['in', ['get', 'name'], ['literal', op.units]] : ['boolean', false]);
        break;
      case 'setOverlayVisible':
        if (op.visible) shownOpacity.set(op.id, shownOpacity.get(op.id) ?? 1);
        else shownOpacity.delete(op.id);
        for (const layer of overlayLayersOf.get(op.id) ?? []) showLayer(layer, op.visible);
        break;
      case 'setOverlayOpacity':
        // Comes before the element's setOverlayVisible when it is switched on (diffMapState).
        shownOpacity.set(op.id, op.opacity);
        for (const layer of overlayLayersOf.get(op.id) ?? []) paintOpacity(layer);
        break;
      case 'setLabelScale':
        map.setLayoutProperty(LAYER.labels, 'text-size', labelTextSize(op.scale));
        for (const layer of overlays.layers) {
          if (!layer.scaled || !map.getLayer(layer.spec.id)) continue;
          const { layout = {}, paint = {} } = layer.scaled(op.scale);
          for (const [property, value] of Object.entries(layout)) setLayout(layer.spec.id, property, value);
          for (const [property, value] of Object.entries(paint)) setPaint(layer.spec.id, property, value);
        }
        break;
      case 'setLabelEmphasis': {
        const keep = op.units && new Set(op.units);
        for (const t of geo.meta.towns) map.setFeatureState({ source: SOURCE.labels, id: t.name }, { dimmed: keep !== null && !keep.has(t.name) });
        break;
      }
      case 'fitCamera':
        // An export's map never animates: the image is taken as soon as the map is idle.
        fitCamera(op.camera, op.animate && !offscreen);
        break;
    }
  };

  if (!offscreen) {
    map.on('mousemove', LAYER.townFill, (event) => {
      const name = (event.features?.[0]?.properties?.name as string | undefined) ?? null;
      handlers.onHover?.(name);
      map.getCanvas().style.cursor = name ? 'pointer' : '';
    });
    map.on('mouseleave', LAYER.townFill, () => {
      handlers.onHover?.(null);
      map.getCanvas().style.cursor = '';
    });
    // MapLibre marks a camera move the user made with the event that started it.
    map.on('movestart', (event) => {
      if ((event as { originalEvent?: unknown }).originalEvent) handlers.onUserMove?.();
    });
    map.on('click', (event) => {
      const visibleOverlays = drawnOverlayLayers().map((l) => l.spec.id);
      const hits = map.queryRenderedFeatures(event.point, { layers: [...visibleOverlays, LAYER.townFill] });
      const names = [...new Set(hits.filter((h) => h.layer.id === LAYER.townFill).map((h) => h.properties.name as string))];
      const overlayHit = hits.find((h) => overlayElementOfLayer.has(h.layer.id) && h.layer.type !== 'fill');
      handlers.onClick?.({
        names,
        lonLat: [event.lngLat.lng, event.lngLat.lat],
        shiftKey: event.originalEvent.shiftKey,
        elementId: overlayHit ? overlayElementOfLayer.get(overlayHit.layer.id) : undefined,
      });
    });
  }

  /** The state the map shows now (after the last applied sync); null before the first. */
  let applied: MapState | null = null;
  let latest: MapState | null = null;
  /** Syncs apply one after another on this chain, so the last one wins. */
  let chain: Promise<void> = Promise.resolve();

  /**
   * Settled: nothing left to load or place, the camera still and no frame asked for (MapLibre's own
   * pending frame request, internal). A map that has drawn everything is not made to draw it again: a
   * sync that changed nothing (a panel re-rendering the same state) costs no frame.
   */
  const settled = () => !(map as unknown as { _frameRequest?: unknown })._frameRequest && map.loaded() && !map.isMoving();
  const idle = () =>
    new Promise<void>((resolve) => {
      if (settled()) return resolve();
      map.once('idle', () => resolve());
      // An already idle map fires 'idle' again only after another frame.
      map.triggerRepaint();
    });

  const view: MapView = {
    sync(state) {
      if (destroyed) return Promise.reject(new MapDestroyedError());
      latest = state;
      const apply = chain.then(async () => {
        await unlessDestroyed(ready);
        if (state.overlays.length > 0) await unlessDestroyed(installOverlays());
        if (destroyed) throw new MapDestroyedError();
        // A later sync is queued: it applies the newer state, so a new map never animates through old ones.
        if (state !== latest) return;
        const first = applied === null;
        const ops = diffMapState(applied, state);
        applied = state;
        // A selection or hover (a click on a town, a search) answers in the panel first: the map's outline
        // follows one frame later. With a software GPU the page's paint waits for the map's frame (the
        // canvas is read back for compositing, about 100 ms), so a panel painted with the map's frame
        // showed 60-70 ms later than one painted before it (bench: click a town → panel, 157-169 ms
        // against 93-99 ms). A change that is the map's own (layers, fill, labels, camera) is drawn at once.
        if (!offscreen && !first && ops.length > 0 && ops.every((op) => PANEL_FIRST_OPS.has(op.kind))) await afterNextPaint();
        if (destroyed) throw new MapDestroyedError();
        for (const op of ops) applyOp(op);
      });
      chain = apply.catch(() => {});
      return apply.then(() => unlessDestroyed(idle()));
    },
    getBounds() {
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
    capture() {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      return copy;
    },
    resize() {
      if (!destroyed) map.resize();
    },
    whenIdle() {
      return unlessDestroyed(ready.then(() => overlaysInstalled ?? undefined).then(idle));
    },
    placedLabelCount() {
      const rendered = map.queryRenderedFeatures({ layers: [LAYER.labels] });
      return new Set(rendered.map((f) => f.properties.name)).size;
    },
    canvas() {
      return map.getCanvas();
    },
    framesDrawn() {
      return framesDrawn;
    },
    inspect() {
      const visibleElements = new Set(drawnOverlayLayers().map((l) => l.elementId));
      const townFill: Record<string, string> = {};
      for (const name of Object.keys(applied?.fill ?? {})) {
        const fill = map.getFeatureState({ source: SOURCE.towns, id: name }).fill as string | null | undefined;
        if (fill) townFill[name] = fill;
      }
      const filter = map.getFilter(LAYER.focusDim) as unknown[] | undefined;
      const dimmedOutside = Array.isArray(filter) && filter[0] === '!' ? ((filter[1] as unknown[])[2] as unknown[])[1] as string[] : null;
      return { visibleElements: [...visibleElements], townFill, dimmedOutside };
    },
    renderedFeatures(layerIds, box) {
      // A hidden fill, line or circle is still in MapLibre's buckets (drawn at opacity 0): left out here. A
      // hidden symbol layer is left out of placement, so MapLibre itself finds none of its symbols.
      const hiddenByOpacity = new Set(overlays.layers.filter((l) => hideBy(l) === 'opacity' && !overlayLayerDrawn(l)).map((l) => l.spec.id));
      const present = layerIds.filter((id) => map.getLayer(id) && !hiddenByOpacity.has(id));
      if (present.length === 0) return [];
      const options = { layers: present };
      const found = box ? map.queryRenderedFeatures([[box[0], box[1]], [box[2], box[3]]], options) : map.queryRenderedFeatures(options);
      return found.map((f) => {
        const layout = (f.layer.layout ?? {}) as Record<string, unknown>;
        const paint = (f.layer.paint ?? {}) as Record<string, unknown>;
        const iconName = typeof layout['icon-image'] === 'string' ? layout['icon-image'] : (layout['icon-image'] as { name?: string } | undefined)?.name;
        const image = iconName ? map.getImage(iconName) : null;
        const point = f.geometry.type === 'Point' ? map.project(f.geometry.coordinates as [number, number]) : null;
        // icon-offset: a constant or read from the feature (an array property comes back as JSON text).
        const rawOffset = f.properties.offset ?? layout['icon-offset'];
        const parsed: unknown = typeof rawOffset === 'string' && rawOffset.includes('[') ? JSON.parse(rawOffset.slice(rawOffset.indexOf('['))) : rawOffset;
        const offset = Array.isArray(parsed) && typeof parsed[0] === 'number' ? (parsed as [number, number]) : undefined;
        const iconSize = (layout['icon-size'] as number | undefined) ?? 1;
        return {
          layer: f.layer.id,
          id: f.properties.id as string | undefined,
          name: (f.properties.name ?? f.properties.town) as string | undefined,
          icon: f.properties.icon as string | undefined,
          textSize: typeof layout['text-size'] === 'number' ? layout['text-size'] : undefined,
          iconPx: image ? ((layout['icon-size'] as number | undefined) ?? 1) * Math.max(image.data.width, image.data.height) / image.pixelRatio : undefined,
          circleRadius: typeof paint['circle-radius'] === 'number' ? paint['circle-radius'] : undefined,
          at: point ? ([point.x, point.y] as [number, number]) : undefined,
          iconAt: point && image ? ([point.x + (offset?.[0] ?? 0) * iconSize, point.y + (offset?.[1] ?? 0) * iconSize] as [number, number]) : undefined,
        };
      });
    },
    project(lonLat) {
      const { x, y } = map.project(lonLat);
      return [x, y];
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      rejectDestroyed(new MapDestroyedError());
      stopScaleClearance();
      map.remove();
    },
  };
  return view;
}
