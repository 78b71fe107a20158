import type { LayerSpecification } from 'maplibre-gl';
import type { LayoutElement } from '../../layouts/types';
import type { PlacedLabel } from '../firstFrame/placeLabels';
import type { OverlayImage, OverlayLayer } from '../overlaySpec';

/**
 * What a base symbol's Canvas2D drawing reads: the town paths in screen px (traced once per frame),
 * the city outline, and the parts of a map state the base map shows. The Canvas2D renderer
 * (canvas/drawScene.ts) and the first frame (firstFrame/drawFirstFrame.ts) both draw through it.
 */
export interface BaseScene {
  width: number;
  height: number;
  townPaths: ReadonlyMap<string, Path2D>;
  cityPath: Path2D;
  fill: Readonly<Record<string, string>> | null;
  hovered: string | null;
  dimOutside: readonly string[] | null;
  outlined: readonly string[];
  selected: readonly string[];
  townLabels: readonly PlacedLabel[];
  /** Town names written at full strength; the others are dimmed (null: none dimmed). */
  emphasis: readonly string[] | null;
}

/** A kind of symbol of the base map: drawn for every map, whatever layout elements are shown. */
export interface BaseSymbol {
  kind: string;
  /** Its place in the draw order, bottom to top (symbols/index.ts lists them all). */
  order: number;
  /** Its MapLibre layer in the base style (the base style is these layers in draw order). */
  mapLayer(): LayerSpecification;
  /** Its Canvas2D drawing. */
  drawCanvas(ctx: CanvasRenderingContext2D, scene: BaseScene): void;
}

/** A layer an overlay kind declares for one element: OverlayLayer without what the renderer adds. */
export type SymbolLayer = Omit<OverlayLayer, 'elementId' | 'plan' | 'beforeLayer'>;

/** A legend row a kind gives for an element, before the legend adds the element and its plan. */
export interface SymbolRow<S> {
  key: string;
  label: string;
  symbol: S;
}

/**
 * A kind of symbol drawn for a layout element (by its `draw`). Its MapLibre layers are also what
 * the Canvas2D renderer draws (drawScene reads the layer specs with the expression subset in
 * canvas/expression.ts), so the two renderers draw one set of values.
 */
export interface OverlaySymbol<S extends { kind: string }> {
  kind: string;
  /** The elements it draws. */
  draws: LayoutElement['draw'];
  /** Its places in the draw order (several when it has several layers). */
  order: Record<string, number>;
  /** The legend symbol kinds it owns (`LegendSymbol['kind']`). */
  legendKinds: readonly S['kind'][];
  /** Marker and pattern images its layers use for `element`. */
  images(element: LayoutElement): OverlayImage[];
  /** Its MapLibre layers for `element` (sizes at label scale 1 plus `scaled`). */
  mapLayers(element: LayoutElement): SymbolLayer[];
  /** Its legend rows for `element`, in the order the legend lists them. */
  legendRows(element: LayoutElement): SymbolRow<S>[];
  /** The swatch of one of its legend symbols as SVG, `width` × `height` px. */
  swatchSvg(symbol: S, width: number, height: number): string;
  /** The map layers that draw a legend row's symbol, so a test can ask MapLibre whether it is on screen. */
  layersOfRow(elementId: string, symbol: S): string[];
}
