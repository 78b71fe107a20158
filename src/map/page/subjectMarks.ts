/**
 * What a map page must keep in view and clear of its boxes, as marks (see fitMarks.ts): the
 * subject towns' boxes and labels, and every symbol and label of the layers the state shows
 * (markers with their offsets, base circles, base names hanging above or below them), read from
 * the same layer specs both renderers draw, at the state's label scale. Pure: sizes are the specs'
 * own, a CJK glyph is one em wide (a Latin one a little over half), a label is 1.2 em a line (its lines: wrapLabel).
 */
import { unionBboxes } from '../../geo/bbox';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoData } from '../../geo/geoData';
import type { Bbox, MapState } from '../../state/mapState';
import { displayShortTownName } from '../../towns/townNames';
import { LABEL_SIZE_STOPS, TOWN_LABEL_PLACEMENT } from '../symbols/townLabel';
import { evaluate, passes, type Properties } from '../canvas/expression';
import type { OverlaySpec } from '../overlaySpec';
import { cornerMarks, type Mark } from './fitMarks';
import { LINE_HEIGHT_EM, labelBlock } from '../symbols/wrapLabel';
import type { PageSubjectMarks } from './pageLayout';

/** Room kept round a label or symbol (MapLibre's text-padding and a halo). */
const PAD = 4;

/** Latin letters of the label font are at most this wide on average (Noto Sans: about 0.55 em). */
const LATIN_EM = 0.62;
/** A text's width in px: one em per CJK character (the font's glyphs are square), LATIN_EM for any other. */
export const textWidth = (text: string, px: number) => Array.from(text).reduce((w, c) => w + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c) ? 1 : LATIN_EM), 0) * px;

export interface PageSubject {
  /** The towns the page is about (full names). */
  towns: readonly string[];
  /** The layout elements it shows; their symbols and labels are kept clear too. */
  elements: readonly string[];
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);

function townMarks(geo: GeoData, town: string, labelScale: number): Mark[] {
  const meta = geo.metaByName.get(town);
  if (!meta) return [];
  // The largest town label size (the subject is drawn near the top of the size range on a page).
  const px = LABEL_SIZE_STOPS[LABEL_SIZE_STOPS.length - 1][1] * labelScale;
  const text = displayShortTownName(town);
  const half = textWidth(text, px) / 2 + PAD;
  const halfH = (px * LINE_HEIGHT_EM) / 2 + PAD;
  // Its first anchor is the centre; a label that moves aside stays within about one line of it.
  const shift = TOWN_LABEL_PLACEMENT.anchors[0] === 'center' ? 0 : px;
  return [
    ...cornerMarks(meta.bbox).map((m) => ({ ...m, what: `${town} boundary` })),
    { lonLat: meta.label, left: half + shift, right: half + shift, up: halfH + shift, down: halfH + shift, what: `${town} label` },
  ];
}

/** Marks of every symbol and label the visible layers draw (markers, circles, base names). */
function layerMarks(overlays: OverlaySpec, state: Pick<MapState, 'overlays' | 'labels'>, only?: ReadonlySet<string>): Mark[] {
  const visible = new Set(state.overlays.map((o) => o.id));
  const images = new Map(overlays.images.map((i) => [i.id, i]));
  const marks: Mark[] = [];
  for (const layer of overlays.layers) {
    if (!visible.has(layer.elementId) || (only && !only.has(layer.elementId))) continue;
    const spec = layer.spec as { id: string; type: string; source?: string; filter?: unknown; layout?: Record<string, unknown>; paint?: Record<string, unknown> };
    if (spec.type !== 'symbol' && spec.type !== 'circle') continue;
    const scaled = layer.scaled?.(state.labels.scale) ?? {};
    const layout = { ...spec.layout, ...scaled.layout };
    const paint = { ...spec.paint, ...scaled.paint };
    if (layout['symbol-placement'] === 'line') continue; // keep-out boxes along an axis: not drawn
    const data = (overlays.sources[spec.source ?? ''] as { data?: FeatureCollection } | undefined)?.data;
    const points = (data?.features ?? []).filter((f): f is Feature<Point> => f.geometry?.type === 'Point' && passes(spec.filter, (f.properties ?? {}) as Properties));
    for (const f of points) {
      const lonLat = f.geometry.coordinates as [number, number];
      const props = (f.properties ?? {}) as Properties;
      const what = `${layer.elementId} ${spec.id}`;
      if (spec.type === 'circle') {
        const r = num(paint['circle-radius'], 5) + num(paint['circle-stroke-width'], 0) + PAD;
        marks.push({ lonLat, left: r, right: r, up: r, down: r, what });
        continue;
      }
      const iconId = layout['icon-image'] !== undefined ? String(evaluate(layout['icon-image'], props)) : null;
      const image = iconId ? images.get(iconId) : undefined;
      // Keep-out boxes (invisible) have an image too; they are what the circle already covers.
      if (image && !spec.id.endsWith('keep-out')) {
        const size = num(layout['icon-size'], 1);
        // A literal [x, y] or an expression per feature (a town's cluster markers sit in a grid).
        const offset = layout['icon-offset'] === undefined ? [0, 0] : evaluate(layout['icon-offset'], props);
        const [ox, oy] = (isPair(offset) ? offset : [0, 0]) as [number, number];
        const [w, h] = [(image.width * size) / 2 + PAD, (image.height * size) / 2 + PAD];
        marks.push({ lonLat, left: w - ox * size, right: w + ox * size, up: h - oy * size, down: h + oy * size, what });
      }
      if (layout['text-field'] !== undefined) {
        const text = String(evaluate(layout['text-field'], props) ?? '');
        const px = num(layout['text-size'], 16);
        const block = labelBlock(text, px, textWidth);
        const half = block.width / 2 + PAD;
        const anchors = (Array.isArray(layout['text-variable-anchor']) ? layout['text-variable-anchor'] : ['center']) as string[];
        const offset = num(layout['text-radial-offset'], 0) * px;
        const height = block.height;
        // Above or below the point (top/bottom anchors): the label may take either side.
        const reach = anchors.every((a) => a === 'top' || a === 'bottom') ? offset + height + PAD : height / 2 + offset + PAD;
        marks.push({ lonLat, left: half, right: half, up: reach, down: reach, what: `${what} ${text}` });
      }
    }
  }
  return marks;
}

/**
 * The marks of a page: the subject's towns (boundary box and label) and the symbols and labels of
 * the layers shown (all of them, so a page never hides a symbol its legend lists), clipped to
 * those whose place lies in `bounds` (the area the page is about).
 */
export function subjectMarks(geo: GeoData, overlays: OverlaySpec, state: Pick<MapState, 'overlays' | 'labels'>, subject: PageSubject, bounds: Bbox, wholeArea = true): Mark[] {
  const inside = (m: Mark) => m.lonLat[0] >= bounds[0] && m.lonLat[0] <= bounds[2] && m.lonLat[1] >= bounds[1] && m.lonLat[1] <= bounds[3];
  return [...(wholeArea ? cornerMarks(bounds).map((m) => ({ ...m, what: 'page area' })) : []), ...subject.towns.flatMap((t) => townMarks(geo, t, state.labels.scale)), ...layerMarks(overlays, state).filter(inside)];
}

/** The area a state's camera asks for: its box, the union of its units' boxes, or the city. */
export function cameraArea(geo: GeoData, state: Pick<MapState, 'camera'>): Bbox {
  const target = state.camera.target;
  if (target.kind === 'bounds') return [...target.bounds] as Bbox;
  if (target.kind === 'units') {
    const boxes = target.units.map((u) => geo.metaByName.get(u)?.bbox).filter((b): b is Bbox => !!b);
    const union = unionBboxes(boxes);
    if (union) return union;
  }
  return [...geo.meta.cityBbox] as Bbox;
}

/**
 * What a page of `state` is about, for pageLayout: the camera's area and the marks in it (the
 * subject's towns when known, the units a units camera asks for, every symbol of the shown layers).
 */
export function pageSubject(
  geo: GeoData,
  overlays: OverlaySpec,
  state: Pick<MapState, 'camera' | 'overlays' | 'labels'>,
  subject?: PageSubject,
  /** false: only the subject's towns and symbols need be in view, not every corner of the camera's area (the planner's city). */
  wholeArea = true,
): PageSubjectMarks {
  const bounds = cameraArea(geo, state);
  const target = state.camera.target;
  const towns = subject?.towns ?? (target.kind === 'units' ? target.units : []);
  return { bounds, marks: subjectMarks(geo, overlays, state, { towns, elements: subject?.elements ?? [] }, bounds, wholeArea) };
}

const isPair = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
