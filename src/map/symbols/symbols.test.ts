/**
 * Each symbol kind draws one set of values in both renderers and in the legend: the MapLibre layers
 * (the base style, the overlay renderer) against what the Canvas2D renderer (drawScene), the first
 * frame (drawFirstFrame) and the legend swatches actually draw, recorded from a 2D context. A value
 * changed in one place only (a border width in the first frame, a dash in the overlay) fails here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appGeo } from '../../../tests/fixtures/appGeo';
import { LAYOUT_ELEMENTS } from '../../plans/builtin';
import { emptyMapState, type MapState } from '../../state/mapState';
import { baseStyle } from '../baseStyle';
import { drawScene } from '../canvas/drawScene';
import { fitCamera } from '../firstFrame/camera';
import { drawFirstFrame, type FirstFrameScene } from '../firstFrame/drawFirstFrame';
import { buildLayoutOverlays } from '../layers/layoutLayers';
import { BASE_SYMBOLS, DRAW_ORDER, OVERLAY_SYMBOLS, elementSymbolRows, layersOfLegendSymbol, legendSwatchSvg } from '.';

// ---- A 2D context that records what each fill and stroke was drawn with. ----
interface Op {
  op: 'fill' | 'stroke' | 'fillRect' | 'strokeText' | 'fillText';
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  dash: number[];
  alpha: number;
  lineCap: string;
}
class RecordingContext {
  ops: Op[] = [];
  fillStyle: unknown = '#000000';
  strokeStyle: unknown = '#000000';
  lineWidth = 1;
  globalAlpha = 1;
  lineCap = 'butt';
  lineJoin = 'miter';
  font = '10px sans-serif';
  textAlign = 'start';
  textBaseline = 'alphabetic';
  private dash: number[] = [];
  private stack: Record<string, unknown>[] = [];
  private readonly keys = ['fillStyle', 'strokeStyle', 'lineWidth', 'globalAlpha', 'lineCap', 'lineJoin', 'font', 'textAlign', 'textBaseline', 'dash'] as const;
  private record(op: Op['op']) {
    this.ops.push({ op, fillStyle: String(this.fillStyle), strokeStyle: String(this.strokeStyle), lineWidth: this.lineWidth, dash: [...this.dash], alpha: this.globalAlpha, lineCap: this.lineCap });
  }
  save() {
    this.stack.push(Object.fromEntries(this.keys.map((k) => [k, (this as unknown as Record<string, unknown>)[k]])));
  }
  restore() {
    Object.assign(this, this.stack.pop());
  }
  setLineDash(dash: number[]) {
    this.dash = [...dash];
  }
  getLineDash() {
    return this.dash;
  }
  fill() {
    this.record('fill');
  }
  stroke() {
    this.record('stroke');
  }
  fillRect() {
    this.record('fillRect');
  }
  strokeText() {
    this.record('strokeText');
  }
  fillText() {
    this.record('fillText');
  }
  measureText(text: string) {
    return { width: Array.from(text).length * (parseFloat(this.font) || 10) };
  }
  setTransform() {}
  beginPath() {}
  moveTo() {}
  lineTo() {}
  closePath() {}
  arc() {}
  drawImage() {}
  createPattern() {
    return null;
  }
}
const asContext = (c: RecordingContext) => c as unknown as CanvasRenderingContext2D;

class FakePath2D {
  moveTo() {}
  lineTo() {}
  closePath() {}
  arc() {}
}
const globals = globalThis as unknown as Record<string, unknown>;
const saved = { Path2D: globals.Path2D, window: globals.window };
// Set while the frames below are drawn (when the suites are collected).
globals.Path2D = FakePath2D;
globals.window = { devicePixelRatio: 1 };
afterAll(() => {
  globals.Path2D = saved.Path2D;
  globals.window = saved.window;
});

// ---- MapLibre paint values, with the few expressions the base style uses. ----
type FeatureState = Record<string, unknown>;
function paintValue(value: unknown, state: FeatureState = {}): unknown {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return value;
  const [op, ...args] = value as [string, ...unknown[]];
  switch (op) {
    case 'case': {
      for (let i = 0; i + 1 < args.length; i += 2) if (paintValue(args[i], state)) return paintValue(args[i + 1], state);
      return paintValue(args[args.length - 1], state);
    }
    case 'boolean':
      return typeof paintValue(args[0], state) === 'boolean' ? paintValue(args[0], state) : paintValue(args[1], state);
    case 'feature-state':
      return state[args[0] as string];
    case 'coalesce':
      return args.map((a) => paintValue(a, state)).find((v) => v !== undefined && v !== null);
    default:
      throw new Error(`test: expression ${op} not read here`);
  }
}
const styleLayers = () => baseStyle(geo).layers as { id: string; paint?: Record<string, unknown>; layout?: Record<string, unknown> }[];
const baseLayerOf = (kind: (typeof BASE_SYMBOLS)[number]) => styleLayers().find((l) => l.id === kind.layerId)!;
const paintOf = (kind: (typeof BASE_SYMBOLS)[number], property: string, state?: FeatureState) => paintValue(baseLayerOf(kind).paint?.[property], state);

const geo = appGeo();
const towns = geo.meta.towns.map((t) => t.name);
const [hovered, selected, outlined, kept] = [towns[0], towns[1], towns[2], towns[3]];
const filled = towns[4];
const state: MapState = {
  ...emptyMapState(),
  fill: { [filled]: '#123456' },
  hovered,
  selected: [selected],
  outlined: [outlined],
  dimOutside: [kept],
  labels: { scale: 1, emphasis: [kept] },
};
const camera = fitCamera(geo.meta.cityBbox, { width: 1366, height: 768 }, { top: 40, right: 40, bottom: 40, left: 40 }, { min: 7, max: 15 });

/** The ops of one frame of the Canvas2D renderer (no overlays unless given). */
function canvasFrame(mapState: MapState, overlays = buildLayoutOverlays([], geo)): Op[] {
  const ctx = new RecordingContext();
  drawScene(asContext(ctx), { geo, overlays, state: mapState, camera, images: new Map(), ratio: 1 });
  return ctx.ops;
}
/** The ops of the first frame of the same state. */
function firstFrame(mapState: MapState): Op[] {
  const ctx = new RecordingContext();
  const canvas = { clientWidth: 1366, clientHeight: 768, width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement;
  const scene: FirstFrameScene = { camera: { bbox: geo.meta.cityBbox, padding: { top: 40, right: 40, bottom: 40, left: 40 }, maxZoom: 15 }, fill: mapState.fill, selected: mapState.selected, dimOutside: mapState.dimOutside, outlined: mapState.outlined, labels: mapState.labels };
  drawFirstFrame(canvas, geo, scene, geo.city.geometry);
  return ctx.ops;
}

describe('the symbol kinds', () => {
  it("name, for every legend row of every element, layers the overlay renderer really declares", () => {
    const ids = new Set(buildLayoutOverlays(LAYOUT_ELEMENTS, geo).layers.map((l) => l.spec.id));
    for (const element of LAYOUT_ELEMENTS)
      for (const row of elementSymbolRows(element)) {
        expect(OVERLAY_SYMBOLS.filter((k) => (k.legendKinds as readonly string[]).includes(row.symbol.kind)).length, row.key).toBe(1);
        for (const id of layersOfLegendSymbol(row.symbol, element.id)) expect(ids.has(id), `${row.key}: ${id}`).toBe(true);
      }
  });

  it('are listed in draw order, and the base style is the base kinds in that order', () => {
    const orders = Object.values(DRAW_ORDER);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(styleLayers().map((l) => l.id)).toEqual(BASE_SYMBOLS.map((k) => k.layerId));
    expect(BASE_SYMBOLS.map((k) => k.order)).toEqual([...BASE_SYMBOLS.map((k) => k.order)].sort((a, b) => a - b));
  });
});

describe('base kinds: MapLibre paint = Canvas2D drawing (the Canvas2D renderer and the first frame)', () => {
  const [background, townFill, townBorder, dimOutside, outlinedKind, selection, cityBorder, townLabel] = BASE_SYMBOLS;
  // The first frame draws no hover (it is gone before a pointer moves).
  const renderers: [string, (s: MapState) => Op[], boolean][] = [
    ['Canvas2D renderer', canvasFrame, true],
    ['first frame', firstFrame, false],
  ];
  for (const [renderer, draw, hover] of renderers) {
    const mapState = hover ? state : { ...state, hovered: null };
    const ops = draw(mapState);
    const strokesIn = (color: unknown) => ops.filter((o) => o.op === 'stroke' && o.strokeStyle === color);

    it(`${renderer}: background`, () => {
      expect(ops[0]).toMatchObject({ op: 'fillRect', fillStyle: paintOf(background, 'background-color') });
    });

    it(`${renderer}: town fill, a fill class and the hovered town`, () => {
      const fills = ops.filter((o) => o.op === 'fill').slice(0, towns.length);
      const plain = paintOf(townFill, 'fill-color', {});
      expect(fills.filter((o) => o.fillStyle === plain).length).toBe(towns.length - (hover ? 2 : 1));
      expect(fills.every((o) => o.alpha === (o.fillStyle === paintOf(townFill, 'fill-color', { hover: true }) ? paintOf(townFill, 'fill-opacity', { hover: true }) : paintOf(townFill, 'fill-opacity', {})))).toBe(true);
      expect(fills.some((o) => o.fillStyle === paintOf(townFill, 'fill-color', { fill: '#123456' }))).toBe(true);
      if (hover) expect(fills.some((o) => o.fillStyle === paintOf(townFill, 'fill-color', { hover: true }) && o.alpha === paintOf(townFill, 'fill-opacity', { hover: true }))).toBe(true);
    });

    it(`${renderer}: town borders, and the hovered town's`, () => {
      const borders = strokesIn(paintOf(townBorder, 'line-color'));
      expect(borders.length).toBe(towns.length);
      expect(borders.filter((o) => o.lineWidth === paintOf(townBorder, 'line-width', {})).length).toBe(towns.length - (hover ? 1 : 0));
      if (hover) expect(borders.filter((o) => o.lineWidth === paintOf(townBorder, 'line-width', { hover: true })).length).toBe(1);
    });

    it(`${renderer}: the veil outside the focus`, () => {
      const veil = ops.filter((o) => o.op === 'fill' && o.fillStyle === paintOf(dimOutside, 'fill-color'));
      expect(veil.length).toBe(towns.length - 1);
      for (const o of veil) expect(o.alpha).toBe(paintOf(dimOutside, 'fill-opacity'));
    });

    it(`${renderer}: outlined subject, selection and city border (colour, width, dash in widths)`, () => {
      for (const kind of [outlinedKind, selection, cityBorder]) {
        const strokes = strokesIn(paintOf(kind, 'line-color'));
        expect(strokes.length, kind.kind).toBe(1);
        const width = paintOf(kind, 'line-width') as number;
        expect(strokes[0].lineWidth, kind.kind).toBe(width);
        const dash = (paintOf(kind, 'line-dasharray') as number[] | undefined) ?? [];
        expect(strokes[0].dash, kind.kind).toEqual(dash.map((d) => d * width));
      }
      // The selection's line is shown only on selected towns (opacity 1 there).
      expect(paintOf(selection, 'line-opacity', { selected: true })).toBe(1);
    });

    it(`${renderer}: town labels, their halo and the dimmed ones`, () => {
      const halos = ops.filter((o) => o.op === 'strokeText');
      const texts = ops.filter((o) => o.op === 'fillText');
      expect(texts.length).toBeGreaterThan(10);
      for (const o of halos) {
        expect(o.strokeStyle).toBe(paintOf(townLabel, 'text-halo-color'));
        expect(o.lineWidth).toBe(2 * (paintOf(townLabel, 'text-halo-width') as number));
      }
      for (const o of texts) expect(o.fillStyle).toBe(paintOf(townLabel, 'text-color'));
      expect(texts.filter((o) => o.alpha === paintOf(townLabel, 'text-opacity', { dimmed: true })).length).toBe(texts.length - 1);
      expect(texts.filter((o) => o.alpha === paintOf(townLabel, 'text-opacity', {})).length).toBe(1);
    });
  }
});

describe('overlay kinds: MapLibre layers = what the Canvas2D renderer draws = the legend swatch', () => {
  // One element of each kind (the first in the plans), with partial members for the zone if any has them.
  const sample = OVERLAY_SYMBOLS.map((kind) => {
    const of = LAYOUT_ELEMENTS.filter((e) => e.draw === kind.draws);
    const has = (e: (typeof of)[number], part: string) => e.members.some((m) => m.coverage === part);
    return of.find((e) => has(e, 'partial') && has(e, 'whole')) ?? of[0];
  });
  for (const [i, kind] of OVERLAY_SYMBOLS.entries()) {
    const element = sample[i];
    const overlays = buildLayoutOverlays([element], geo);
    const ops = canvasFrame({ ...emptyMapState(), overlays: [{ id: element.id, opacity: 1 }] }, overlays);
    const layers = overlays.layers.filter((l) => l.elementId === element.id);

    it(`${kind.kind} (${element.id}): each layer's colour, width, dash and opacity`, () => {
      expect(layers.length).toBeGreaterThan(0);
      for (const layer of layers) {
        const spec = layer.spec as { id: string; type: string; paint?: Record<string, unknown>; layout?: Record<string, unknown> };
        const paint = spec.paint ?? {};
        const opacity = (property: string) => layer.opacity.find((o) => o.property === property)?.value ?? 1;
        if (spec.type === 'line') {
          const width = paint['line-width'] as number;
          const drawn = ops.filter((o) => o.op === 'stroke' && o.strokeStyle === paint['line-color'] && o.lineWidth === width && o.alpha === opacity('line-opacity'));
          expect(drawn.length, spec.id).toBeGreaterThan(0);
          const dash = paint['line-dasharray'] as number[] | undefined;
          // Canvas round caps add to each dash, so its dash is shortened and its gap lengthened: the period stays.
          for (const o of drawn) {
            if (!dash) expect(o.dash, spec.id).toEqual([]);
            else expect(o.dash[0] + o.dash[1], spec.id).toBeCloseTo((dash[0] + dash[1]) * width, 6);
            expect(o.lineCap, spec.id).toBe(spec.layout?.['line-cap'] ?? 'butt');
          }
        } else if (spec.type === 'fill' && paint['fill-color']) {
          expect(ops.some((o) => o.op === 'fill' && o.fillStyle === paint['fill-color'] && o.alpha === opacity('fill-opacity')), spec.id).toBe(true);
        } else if (spec.type === 'circle') {
          expect(ops.some((o) => o.op === 'fill' && o.fillStyle === paint['circle-color'] && o.alpha === opacity('circle-opacity')), spec.id).toBe(true);
          expect(ops.some((o) => o.op === 'stroke' && o.strokeStyle === paint['circle-stroke-color'] && o.lineWidth === paint['circle-stroke-width'] && o.alpha === opacity('circle-stroke-opacity')), spec.id).toBe(true);
        } else if (spec.type === 'symbol' && spec.layout?.['text-field']) {
          const texts = ops.filter((o) => o.op === 'fillText' && o.fillStyle === paint['text-color']);
          expect(texts.length, spec.id).toBeGreaterThan(0);
          expect(ops.some((o) => o.op === 'strokeText' && o.strokeStyle === paint['text-halo-color'] && o.lineWidth === 2 * (paint['text-halo-width'] as number)), spec.id).toBe(true);
        }
      }
    });

    it(`${kind.kind} (${element.id}): the legend swatch uses the map's colour and widths`, () => {
      const rows = kind.legendRows(element as never) as { symbol: Parameters<typeof legendSwatchSvg>[0] }[];
      expect(rows.length).toBeGreaterThan(0);
      for (const { symbol } of rows) {
        const svg = legendSwatchSvg(symbol);
        const widths = [...svg.matchAll(/stroke="([^"]+)" stroke-width="([\d.]+)"/g)].filter((m) => m[1] === element.color).map((m) => Number(m[2]));
        // The layers of the symbol's part of the element (a zone's whole part, or its partial part: the hatch).
        const part = (l: (typeof layers)[number]) => (JSON.stringify((l.spec as { filter?: unknown }).filter ?? null).includes('"partial"') ? 'partial' : 'whole');
        const ofSymbol = layers.filter((l) => (symbol.kind === 'hatch' ? part(l) === 'partial' : symbol.kind === 'zone' ? part(l) === 'whole' : true));
        const drawn = ofSymbol.map((l) => (l.spec as { paint?: Record<string, unknown> }).paint ?? {});
        // Widths the map draws in the element's colour: its lines and circles, and its pattern images' strokes.
        const images = symbol.kind === 'zone' ? [] : overlays.images;
        const imageWidths = images.flatMap((image) => [...image.svg.matchAll(/stroke="([^"]+)" stroke-width="([\d.]+)"/g)].filter((m) => m[1] === element.color).map((m) => Number(m[2])));
        const mapWidths = [...drawn.flatMap((p) => [p['line-color'] === element.color ? p['line-width'] : undefined, p['circle-stroke-color'] === element.color ? p['circle-stroke-width'] : undefined]), ...imageWidths].filter((w) => w !== undefined);
        if (symbol.kind === 'role') {
          // The marker image is the swatch's picture itself.
          expect(overlays.images.some((image) => svg.includes(image.svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '')))).toBe(true);
        } else {
          expect(widths.length, symbol.kind).toBeGreaterThan(0);
          for (const w of widths) expect(mapWidths, symbol.kind).toContain(w);
        }
      }
    });
  }

  it('the zone swatch is filled at the map fill opacity', () => {
    const element = sample[0];
    const fill = buildLayoutOverlays([element], geo).layers.find((l) => l.spec.id === `${element.id}-fill`)!;
    const alpha = Math.round((fill.spec as unknown as { paint: Record<string, number> }).paint['fill-opacity'] * 255).toString(16).padStart(2, '0');
    expect(legendSwatchSvg({ kind: 'zone', color: element.color })).toContain(`fill="${element.color}${alpha}"`);
  });
});

