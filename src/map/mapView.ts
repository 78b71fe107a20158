import type { PlanId } from '../layouts/types';

/** What the rest of the app may ask of the map. Only src/map/mapAdapter.ts implements it. */
export interface MapView {
  setSelection(names: readonly string[]): void;
  setHover(name: string | null): void;
  fitTowns(names: readonly string[], options?: { animate?: boolean }): void;
  fitCity(options?: { animate?: boolean }): void;
  setLayoutVisibility(visibleIds: readonly string[], opacity: Record<PlanId, number>): void;
  /** Fill colour per town for a choropleth; null entries are drawn as "unset"; null = plain map. */
  setTownFill(colors: Record<string, string | null> | null, unsetColor?: string): void;
  /** Town leader view: dim everything outside the town and outline these other towns. */
  setFocus(town: string | null, outlined?: readonly string[]): void;
  resize(): void;
  whenIdle(): Promise<void>;
  /** Number of town labels MapLibre placed on screen (for tests and the benchmark). */
  placedLabelCount(): number;
  canvas(): HTMLCanvasElement;
  /** Screen position (CSS pixels, relative to the map container) of a longitude/latitude. */
  project(lonLat: [number, number]): [number, number];
  destroy(): void;
}

export interface MapHandlers {
  onHover: (name: string | null) => void;
  onClick: (event: { names: string[]; lonLat: [number, number]; shiftKey: boolean; elementId?: string }) => void;
}
