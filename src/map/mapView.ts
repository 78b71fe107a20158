import type { PlanId } from '../layouts/types';

/** What the rest of the app may ask of the map. Only src/map/mapAdapter.ts implements it. */
export interface MapView {
  setSelection(names: readonly string[]): void;
  setHover(name: string | null): void;
  fitTowns(names: readonly string[], options?: { animate?: boolean }): void;
  fitCity(options?: { animate?: boolean }): void;
  /** The visible area as [west, south, east, north]. */
  getBounds(): [number, number, number, number];
  /** Eases (or jumps) to [west, south, east, north]. */
  fitBounds(bbox: [number, number, number, number], options?: { animate?: boolean; duration?: number; padding?: number }): void;
  /**
   * Renders the current view into a new canvas of exactly width × height device pixels (the view
   * is laid out `cssWidth` CSS px wide, 1920 by default, and drawn at the matching pixel ratio), waits for the map to be
   * idle so the image is never blank, then puts the live map back as it was.
   */
  captureImage(size: { width: number; height: number; cssWidth?: number }): Promise<HTMLCanvasElement>;
  setLayoutVisibility(visibleIds: readonly string[], opacity: Record<PlanId, number>): void;
  /** Fill colour per town for a choropleth; null entries are drawn as "unset"; null = plain map. */
  setTownFill(colors: Record<string, string | null> | null, unsetColor?: string): void;
  /**
   * Town leader view: dim everything outside the town, outline these other towns, and keep full
   * labels only for the town and `labelled` (its neighbours); null clears the focus.
   */
  setFocus(town: string | null, outlined?: readonly string[], labelled?: readonly string[]): void;
  /** Scales the town labels (1 = normal; presenter mode uses larger type). */
  setLabelScale(scale: number): void;
  resize(): void;
  whenIdle(): Promise<void>;
  /** Number of town labels MapLibre placed on screen (for tests and the benchmark). */
  placedLabelCount(): number;
  canvas(): HTMLCanvasElement;
  /** What the map draws now, read back from MapLibre (for tests): visible elements, town fills, focus. */
  inspect(): { visibleElements: string[]; townFill: Record<string, string>; dimmedOutside: string | null };
  /** Screen position (CSS pixels, relative to the map container) of a longitude/latitude. */
  project(lonLat: [number, number]): [number, number];
  destroy(): void;
}

export interface MapHandlers {
  onHover: (name: string | null) => void;
  onClick: (event: { names: string[]; lonLat: [number, number]; shiftKey: boolean; elementId?: string }) => void;
}
