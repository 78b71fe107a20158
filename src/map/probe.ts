import type { MapView } from './mapView';

/**
 * A read-only handle on the live map for the end-to-end tests and the benchmark
 * (window.__dgmap): when the map first went idle and how many labels it placed.
 *
 * The test handles (window.__dgmap, __dgexport, __dgFirstFrame) exist only in the bundle built for
 * tests (`npm run build:e2e`, Vite mode `e2e`, written to dist-e2e/). Vite replaces
 * `import.meta.env.MODE` with a literal, so in `dist/` each `MODE === 'e2e'` branch is dead code and
 * is left out of the bundle users get.
 */
export interface MapProbe {
  firstIdleMs: number | null;
  labelsAtFirstIdle: number | null;
  idle: boolean;
  placedLabels: () => number;
  whenIdle: () => Promise<void>;
  canvas: () => HTMLCanvasElement;
  /** Map frames drawn so far (MapLibre only): the bench counts them per action. */
  framesDrawn?: () => number;
  inspect: MapView['inspect'];
  renderedFeatures: MapView['renderedFeatures'];
  /** The map's visible area as [west, south, east, north]. */
  bounds: () => [number, number, number, number];
  /** The map canvas's size in CSS px. */
  size: () => { width: number; height: number };
  /** Resolves when the map has drawn the last state it was given (MapView.sync) and is idle. */
  settled: () => Promise<void>;
  /** Page coordinates of a longitude/latitude, for clicking a place on the map. */
  pagePoint: (lonLat: [number, number]) => [number, number];
  /** Map coordinates (CSS px in the map container, as renderedFeatures' boxes) of a longitude/latitude. */
  mapPoint: (lonLat: [number, number]) => [number, number];
}

/** When the page first showed a complete map (fills and labels), and which renderer drew it. */
export interface FirstFrame {
  ms: number;
  by: string;
}

declare global {
  interface Window {
    __dgmap?: MapProbe;
    __dgFirstFrame?: FirstFrame;
  }
}

/**
 * A moment that comes once in a page's life (the app's first frame, the first map's idle) and the
 * work that waits for it: run at the next task after it comes, or after a fallback if it never
 * does, so nothing waits for ever.
 */
function onceInThePage() {
  const waiting: (() => void)[] = [];
  let come = false;
  return {
    come(): void {
      if (come) return;
      come = true;
      for (const run of waiting.splice(0)) setTimeout(run, 0);
    },
    after(run: () => void, fallbackMs: number): void {
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        run();
      };
      if (come) {
        setTimeout(once, 0);
        return;
      }
      waiting.push(once);
      setTimeout(once, fallbackMs);
    },
  };
}

let firstFrame: FirstFrame | null = null;
/** The app's own first frame is on screen: work that waits for the first view may start. */
const appFrame = onceInThePage();
/** The page's first map finished loading and drawing (its renderer's first idle). */
const firstIdle = onceInThePage();

/**
 * Called by a renderer right after it finished drawing a complete map; only the first call counts
 * as the page's first frame. `early`: the remembered frame drawn before the app (src/boot.ts): it
 * is the page's first frame, but the work waiting for the first view still waits for the app's
 * own, so it does not compete with the app's first render.
 */
export function markFirstFrame(by: string, { early = false }: { early?: boolean } = {}): void {
  if (!firstFrame) {
    firstFrame = { ms: performance.now(), by };
    if (import.meta.env.MODE === 'e2e') window.__dgFirstFrame = firstFrame;
  }
  if (!early) appFrame.come();
}

/**
 * Runs `run` once the app's first complete map is on screen (work the first view does not need
 * waits for it), or after `fallbackMs` if no renderer ever reports one.
 */
export function afterFirstFrame(run: () => void, fallbackMs = 3000): void {
  appFrame.after(run, fallbackMs);
}

/** The page's first map finished loading and drawing (its renderer's first idle). */
export function markFirstIdle(): void {
  firstIdle.come();
}

/**
 * Runs `run` once the page's first map is idle (work that neither the first frame nor the map
 * needs, and that would only compete with the map's loading: saving quotas on a first visit), or
 * after `fallbackMs` if no map ever gets there.
 */
export function afterFirstIdle(run: () => void, fallbackMs = 10_000): void {
  firstIdle.after(run, fallbackMs);
}

/** The map window.__dgmap reads. */
let probedView: MapView | null = null;

/** The map is gone (screen change): a test waiting for "idle" waits for the next map, not this one. */
export function retireProbe(view: MapView): void {
  if (import.meta.env.MODE !== 'e2e' || probedView !== view) return;
  probedView = null;
  delete window.__dgmap;
}

export function exposeProbe(view: MapView, lastSync: () => Promise<void>): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const probe: MapProbe = {
    firstIdleMs: null,
    labelsAtFirstIdle: null,
    idle: false,
    placedLabels: () => view.placedLabelCount(),
    whenIdle: () => view.whenIdle(),
    canvas: () => view.canvas(),
    framesDrawn: view.framesDrawn && (() => view.framesDrawn!()),
    inspect: () => view.inspect(),
    settled: async () => {
      // A state change may still be on its way through React: wait a frame, then for the last sync.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await lastSync();
      await view.whenIdle();
    },
    renderedFeatures: (layers, box) => view.renderedFeatures(layers, box),
    bounds: () => view.getBounds(),
    size: () => {
      const box = view.canvas().getBoundingClientRect();
      return { width: box.width, height: box.height };
    },
    mapPoint: (lonLat) => view.project(lonLat),
    pagePoint: (lonLat) => {
      const [x, y] = view.project(lonLat);
      const box = view.canvas().getBoundingClientRect();
      return [box.left + x, box.top + y];
    },
  };
  probedView = view;
  window.__dgmap = probe;
  view.whenIdle().then(
    () => {
      probe.firstIdleMs = performance.now();
      probe.labelsAtFirstIdle = view.placedLabelCount();
      probe.idle = true;
    },
    () => {}, // destroyed before it was first idle
  );
}
