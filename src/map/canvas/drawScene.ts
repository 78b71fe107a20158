/**
 * One frame of the Canvas2D renderer: the base map (fills, borders, dimming, outlines, selection,
 * city border, town labels), each drawn by its symbol kind (src/map/symbols/), and every visible
 * overlay layer, read from the same layer specs MapLibre gets (src/map/layers/layoutLayers.ts), all
 * in the kinds' draw order.
 * Labels are placed as MapLibre places them: symbol layers from the top of the draw order down,
 * each label taking the first free anchor; markers and keep-out boxes are placed before the town
 * labels, so town labels move aside or give way.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { GeoData } from '../../geo/geoData';
import type { MapState } from '../../state/mapState';
import { displayShortTownName } from '../../towns/townNames';
import { LAYER } from '../baseStyle';
import { screenPoint, type Camera } from '../firstFrame/camera';
import { labelSizeAt, placeLabels, type Anchor, type Box, type PlacedLabel } from '../firstFrame/placeLabels';
import { traceGeometry } from '../firstFrame/traceGeometry';
import type { RenderedFeature } from '../mapView';
import type { OverlayLayer, OverlaySpec } from '../overlaySpec';
import { BASE_SYMBOLS, type BaseScene } from '../symbols';
import { background } from '../symbols/background';
import { drawLabelText, fontOf } from '../symbols/canvasText';
import { evaluate, passes, type Properties } from './expression';

/** A marker or pattern image, ready to draw (loaded from the overlay's SVG). */
export interface LoadedImage {
  image: CanvasImageSource;
  width: number;
  height: number;
}

/** What a frame placed, for picking, tests and the probe. */
export interface DrawnFrame {
  features: RenderedFeature[];
  /** Boxes of placed symbols (labels and icons), same order as `features` where the feature is a symbol. */
  boxes: Map<RenderedFeature, Box>;
  townPaths: Map<string, Path2D>;
  townLabels: PlacedLabel[];
  /** Where each placed label went, by layer and name: the next frame tries these anchors first (as MapLibre). */
  anchors: LabelAnchors;
}

type Paint = Record<string, unknown>;

interface OverlayDraw {
  layer: OverlayLayer;
  layout: Paint;
  paint: Paint;
  opacity: number;
  features: Feature[];
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
/** MapLibre's default text-padding and icon-padding (px). */
const DEFAULT_PADDING = 2;


const isArea = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';

/**
 * A dash array in line widths, as MapLibre reads it. Canvas adds round caps outside each dash;
 * MapLibre's round dashes come out about 0.3 line widths longer than the dash (measured on its
 * screenshots of the corridor axis), so the canvas dash is shortened by 0.7 widths.
 */
function dashOf(dash: unknown, width: number, roundCap: boolean): number[] {
  if (!Array.isArray(dash) || dash.length < 2) return [];
  const [on, off] = dash as number[];
  return roundCap ? [Math.max(0.01, on * width - 0.7 * width), off * width + 0.7 * width] : [on * width, off * width];
}

function polylinePoints(camera: Camera, geometry: Geometry): [number, number][][] {
  if (geometry.type === 'LineString') return [geometry.coordinates.map((p) => screenPoint(camera, p))];
  if (geometry.type === 'MultiLineString') return geometry.coordinates.map((line) => line.map((p) => screenPoint(camera, p)));
  return [];
}

/**
 * Where MapLibre puts the anchors of an icon placed along a line (symbol-placement 'line';
 * symbol/get_anchors.ts): in tile pixels at the integer zoom below the camera's (`k` screen px
 * each), `spacing` apart but at least the icon's length and a quarter of the spacing, the first at
 * an offset of (half the icon + 2 em) × the overscaling, and only where the whole icon lies on the
 * line. Lines of the overlays lie inside their one tile (zoom 7), so none continues past an edge.
 */
export function pointsAlong(lines: [number, number][][], spacingPx: number, iconPx: number, camera: Camera): [number, number][] {
  const tileZoom = Math.floor(camera.zoom);
  const k = 2 ** (camera.zoom - tileZoom);
  const overscaling = 2 ** Math.max(0, tileZoom - 7);
  const spacing = spacingPx - iconPx < spacingPx / 4 ? iconPx + spacingPx / 4 : spacingPx;
  const offset = ((iconPx / 2 + 2 * 24) * overscaling) % spacing;
  const out: [number, number][] = [];
  for (const line of lines) {
    const lengths = line.slice(1).map((p, i) => Math.hypot(p[0] - line[i][0], p[1] - line[i][1]) / k);
    const total = lengths.reduce((a, b) => a + b, 0);
    let marked = offset - spacing;
    let distance = 0;
    for (let i = 0; i < lengths.length; i++) {
      const [x0, y0] = line[i];
      const [x1, y1] = line[i + 1];
      while (marked + spacing < distance + lengths[i]) {
        marked += spacing;
        if (marked - iconPx / 2 < 0 || marked + iconPx / 2 > total) continue;
        const t = (marked - distance) / lengths[i];
        out.push([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]);
      }
      distance += lengths[i];
    }
  }
  return out;
}

/** Placed labels' anchors, by layer id, then label name. */
export type LabelAnchors = Map<string, Map<string, Anchor>>;

export interface SceneInput {
  geo: GeoData;
  overlays: OverlaySpec;
  state: MapState;
  camera: Camera;
  images: ReadonlyMap<string, LoadedImage>;
  /** Device pixels per CSS px (patterns are drawn at it). */
  ratio: number;
  /** The previous frame's label anchors (DrawnFrame.anchors). */
  previousAnchors?: LabelAnchors;
}

export function drawScene(ctx: CanvasRenderingContext2D, input: SceneInput): DrawnFrame {
  const { geo, overlays, state, camera, images } = input;
  const { width, height } = camera;
  const features: RenderedFeature[] = [];
  const boxes = new Map<RenderedFeature, Box>();
  const anchors: LabelAnchors = new Map();
  const previousOf = (layer: string) => input.previousAnchors?.get(layer) ?? new Map<string, Anchor>();
  const remember = (layer: string, placed: PlacedLabel[]) => anchors.set(layer, new Map(placed.map((l) => [l.name, l.anchor])));

  // Town paths once per frame: fills, borders, dimming, outlines, selection, cluster outlines and picking use them.
  const townPaths = new Map<string, Path2D>();
  for (const town of geo.towns.features) {
    const path = new Path2D();
    traceGeometry(path, camera, town.geometry, true);
    townPaths.set(town.properties.name, path);
  }
  const sourceData = (id: string): FeatureCollection => {
    if (id === LAYER.townFill || id === 'towns') return geo.towns as FeatureCollection;
    const data = (overlays.sources[id] as { data?: unknown } | undefined)?.data;
    return (data && typeof data === 'object' ? data : { type: 'FeatureCollection', features: [] }) as FeatureCollection;
  };

  // The visible overlay layers with their sizes at this label scale and their opacity.
  const elementOpacity = new Map(state.overlays.map((o) => [o.id, o.opacity]));
  const visible: OverlayDraw[] = [];
  for (const layer of overlays.layers) {
    const opacity = elementOpacity.get(layer.elementId);
    if (opacity === undefined) continue;
    const spec = layer.spec as { source?: string; filter?: unknown; layout?: Paint; paint?: Paint };
    const scaled = layer.scaled?.(state.labels.scale) ?? {};
    const layout = { ...spec.layout, ...scaled.layout };
    const paint = { ...spec.paint, ...scaled.paint };
    const data = spec.source ? sourceData(spec.source) : { features: [] };
    visible.push({ layer, layout, paint, opacity, features: data.features.filter((f) => passes(spec.filter, (f.properties ?? {}) as Properties)) });
  }
  const alphaOf = (d: OverlayDraw, property: string) => num(d.layer.opacity.find((o) => o.property === property)?.value ?? d.paint[property], 1) * d.opacity;

  // ---- Placement: symbol layers from the top of the draw order down, town labels last (lowest). ----
  const obstacles: Box[] = [];
  const placedIcons: { d: OverlayDraw; image: LoadedImage; x: number; y: number; w: number; h: number }[] = [];
  const placedTexts: { d: OverlayDraw; label: PlacedLabel }[] = [];
  const measure = (text: string, px: number) => {
    ctx.font = fontOf(px);
    return ctx.measureText(text).width;
  };
  // MapLibre places the topmost layer first: the higher draw order, and of equal orders the one added later.
  const symbolLayers = visible
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => d.layer.spec.type === 'symbol')
    .sort((a, b) => b.d.layer.order - a.d.layer.order || b.index - a.index)
    .map(({ d }) => d);
  for (const d of symbolLayers) {
    const { layout } = d;
    if (layout['icon-image'] !== undefined) {
      const size = num(layout['icon-size'], 1);
      /** icon-offset: a constant or an expression per feature (['get', 'offset']). */
      const offsetOf = (f: Feature): [number, number] => {
        const value = evaluate(layout['icon-offset'], (f.properties ?? {}) as Properties);
        return (Array.isArray(value) && value.length === 2 ? value : [0, 0]) as [number, number];
      };
      const padding = num(layout['icon-padding'], DEFAULT_PADDING);
      const ignored = layout['icon-ignore-placement'] === true;
      const points: [Feature, [number, number]][] = [];
      for (const f of d.features) {
        if (layout['symbol-placement'] === 'line') {
          const image = images.get(String(evaluate(layout['icon-image'], (f.properties ?? {}) as Properties)));
          for (const p of pointsAlong(polylinePoints(camera, f.geometry), num(layout['symbol-spacing'], 250), (image?.width ?? 8) * size, camera)) points.push([f, p]);
        } else if (f.geometry.type === 'Point') {
          points.push([f, screenPoint(camera, (f.geometry as Point).coordinates)]);
        }
      }
      for (const [f, [px, py]] of points) {
        const id = String(evaluate(layout['icon-image'], (f.properties ?? {}) as Properties));
        const image = images.get(id);
        const iw = (image?.width ?? 8) * size;
        const ih = (image?.height ?? 8) * size;
        const [ox, oy] = offsetOf(f);
        const x = px + ox * size;
        const y = py + oy * size;
        const box = { x0: x - iw / 2 - padding, y0: y - ih / 2 - padding, x1: x + iw / 2 + padding, y1: y + ih / 2 + padding };
        if (!ignored) obstacles.push(box);
        if (image && layout['symbol-placement'] !== 'line') {
          placedIcons.push({ d, image, x, y, w: iw, h: ih });
          const feature: RenderedFeature = { layer: d.layer.spec.id, id: f.properties?.id as string | undefined, name: (f.properties?.name ?? f.properties?.town) as string | undefined, icon: f.properties?.icon as string | undefined, iconPx: Math.max(iw, ih), at: [px, py], iconAt: [x, y] };
          features.push(feature);
          boxes.set(feature, box);
        }
      }
    }
    if (layout['text-field'] !== undefined) {
      const px = num(layout['text-size'], 16);
      const anchors = (Array.isArray(layout['text-variable-anchor']) ? layout['text-variable-anchor'] : ['center']) as Anchor[];
      const rule = { anchors, radialOffsetEm: num(layout['text-radial-offset'], 0), paddingPx: num(layout['text-padding'], DEFAULT_PADDING) };
      const labels = d.features
        .filter((f) => f.geometry.type === 'Point')
        .map((f) => ({ name: String(f.properties?.name ?? ''), text: String(evaluate(layout['text-field'], (f.properties ?? {}) as Properties) ?? ''), point: screenPoint(camera, (f.geometry as Point).coordinates), size: px, id: f.properties?.id as string | undefined }));
      const placedHere = placeLabels(labels, measure, obstacles, rule, previousOf(d.layer.spec.id));
      remember(d.layer.spec.id, placedHere);
      for (const label of placedHere) {
        obstacles.push(label.box);
        placedTexts.push({ d, label });
        const feature: RenderedFeature = { layer: d.layer.spec.id, id: (labels.find((l) => l.name === label.name)?.id), name: label.name, textSize: px, at: label.point };
        features.push(feature);
        boxes.set(feature, label.box);
      }
    }
  }
  const townLabelSize = labelSizeAt(camera.zoom, state.labels.scale);
  // Collision boxes at the size of the next integer zoom, as MapLibre lays labels out (placeLabels).
  const townLabelBoxSize = labelSizeAt(Math.floor(camera.zoom) + 1, state.labels.scale);
  const onScreen = (b: Box) => b.x1 > 0 && b.y1 > 0 && b.x0 < width && b.y0 < height;
  const townLabels = placeLabels(
    geo.meta.towns.map((t) => ({ name: t.name, text: displayShortTownName(t.name), point: screenPoint(camera, t.label), size: townLabelSize, boxSize: townLabelBoxSize })),
    measure,
    obstacles,
    undefined,
    previousOf(LAYER.labels),
  ).filter((l) => onScreen(l.box));
  remember(LAYER.labels, townLabels);
  for (const label of townLabels) {
    const feature: RenderedFeature = { layer: LAYER.labels, name: label.name, textSize: townLabelSize, at: label.point };
    features.push(feature);
    boxes.set(feature, label.box);
  }

  // ---- Drawing, bottom to top. ----
  const steps: { order: number; base: boolean; draw: () => void }[] = [];
  const cityPath = new Path2D();
  traceGeometry(cityPath, camera, geo.city.geometry, isArea(geo.city.geometry));
  const scene: BaseScene = {
    width,
    height,
    townPaths,
    cityPath,
    fill: state.fill,
    hovered: state.hovered,
    dimOutside: state.dimOutside,
    outlined: state.outlined,
    selected: state.selected,
    townLabels,
    emphasis: state.labels.emphasis,
  };
  // The background first, beneath every step; then the base map's kinds, each drawing itself (src/map/symbols/).
  for (const kind of BASE_SYMBOLS) if (kind !== background) steps.push({ order: kind.order, base: true, draw: () => kind.drawCanvas(ctx, scene) });

  for (const d of visible) {
    const type = d.layer.spec.type;
    const overlay = (draw: () => void) => steps.push({ order: d.layer.order, base: false, draw });
    if (type === 'fill') {
      overlay(() => {
        const patternId = d.paint['fill-pattern'];
        const image = typeof patternId === 'string' ? images.get(patternId) : undefined;
        ctx.globalAlpha = alphaOf(d, 'fill-opacity');
        if (image) {
          const pattern = ctx.createPattern(image.image, 'repeat');
          // As MapLibre lays a fill pattern: in world pixels at the integer zoom below the camera's,
          // from the world's origin, so it grows up to twice its size between integer zooms.
          // The pattern image is drawn at the device ratio; back to CSS px.
          const k = 2 ** (camera.zoom - Math.floor(camera.zoom));
          const period = [image.width * k, image.height * k];
          const origin = [width / 2 - camera.center[0] * 2 ** camera.zoom, height / 2 - camera.center[1] * 2 ** camera.zoom].map((o, i) => ((o % period[i]) + period[i]) % period[i]);
          pattern?.setTransform(new DOMMatrix().translate(origin[0], origin[1]).scale((k * image.width) / num((image.image as { width?: number }).width, image.width)));
          ctx.fillStyle = pattern ?? String(d.paint['fill-color'] ?? '#000');
        } else {
          ctx.fillStyle = String(d.paint['fill-color'] ?? '#000');
        }
        for (const f of d.features) {
          const path = new Path2D();
          traceGeometry(path, camera, f.geometry, true);
          ctx.fill(path, 'evenodd');
        }
        ctx.globalAlpha = 1;
      });
    } else if (type === 'line') {
      overlay(() => {
        const w = num(d.paint['line-width'], 1);
        const roundCap = d.layout['line-cap'] === 'round';
        ctx.globalAlpha = alphaOf(d, 'line-opacity');
        ctx.strokeStyle = String(d.paint['line-color'] ?? '#000');
        ctx.lineWidth = w;
        ctx.lineCap = roundCap ? 'round' : 'butt';
        ctx.lineJoin = d.layout['line-join'] === 'round' ? 'round' : 'miter';
        ctx.setLineDash(dashOf(d.paint['line-dasharray'], w, roundCap));
        for (const f of d.features) {
          const path = new Path2D();
          traceGeometry(path, camera, f.geometry, isArea(f.geometry));
          ctx.stroke(path);
        }
        ctx.setLineDash([]);
        ctx.lineCap = 'butt';
        ctx.lineJoin = 'miter';
        ctx.globalAlpha = 1;
      });
    } else if (type === 'circle') {
      overlay(() => {
        const r = num(d.paint['circle-radius'], 5);
        const sw = num(d.paint['circle-stroke-width'], 0);
        for (const f of d.features) {
          if (f.geometry.type !== 'Point') continue;
          const [x, y] = screenPoint(camera, f.geometry.coordinates);
          ctx.beginPath();
          ctx.arc(x, y, r, 0, Math.PI * 2);
          ctx.globalAlpha = alphaOf(d, 'circle-opacity');
          ctx.fillStyle = String(d.paint['circle-color'] ?? '#000');
          ctx.fill();
          if (sw > 0) {
            // MapLibre draws the stroke outside the radius.
            ctx.beginPath();
            ctx.arc(x, y, r + sw / 2, 0, Math.PI * 2);
            ctx.globalAlpha = alphaOf(d, 'circle-stroke-opacity');
            ctx.strokeStyle = String(d.paint['circle-stroke-color'] ?? '#000');
            ctx.lineWidth = sw;
            ctx.stroke();
          }
          const feature: RenderedFeature = { layer: d.layer.spec.id, id: f.properties?.id as string | undefined, name: f.properties?.name as string | undefined, circleRadius: r, at: [x, y] };
          features.push(feature);
          boxes.set(feature, { x0: x - r - sw, y0: y - r - sw, x1: x + r + sw, y1: y + r + sw });
        }
        ctx.globalAlpha = 1;
      });
    } else if (type === 'symbol') {
      overlay(() => {
        for (const icon of placedIcons) {
          if (icon.d !== d) continue;
          ctx.globalAlpha = alphaOf(d, 'icon-opacity');
          ctx.drawImage(icon.image.image, icon.x - icon.w / 2, icon.y - icon.h / 2, icon.w, icon.h);
        }
        for (const text of placedTexts) {
          if (text.d !== d) continue;
          drawLabelText(ctx, text.label, { color: String(d.paint['text-color'] ?? '#000'), halo: String(d.paint['text-halo-color'] ?? '#fff'), haloWidth: num(d.paint['text-halo-width'], 0), alpha: alphaOf(d, 'text-opacity') });
        }
        ctx.globalAlpha = 1;
      });
    }
  }

  background.drawCanvas(ctx, scene);
  ctx.lineJoin = 'round';
  // Stable: a base layer goes beneath an overlay layer of the same order (the adapter adds overlays above it).
  steps.sort((a, b) => a.order - b.order || Number(b.base) - Number(a.base));
  for (const step of steps) {
    ctx.save();
    step.draw();
    ctx.restore();
  }
  return { features, boxes, townPaths, townLabels, anchors };
}
