/**
 * Which renderer draws a map: MapLibre (WebGL2) on a GPU, Canvas2D (src/map/canvas/) where WebGL2 is
 * missing. `?renderer=maplibre|canvas` in the page's address forces one. Software WebGL
 * (SwiftShader, llvmpipe, Microsoft Basic Render Driver) is recognised by its renderer string; what it
 * gets is SOFTWARE_WEBGL_RENDERER, decided from a measurement (README, "Two renderers").
 */
export type RendererKind = 'maplibre' | 'canvas';

export interface RendererChoice {
  kind: RendererKind;
  /** forced: ?renderer=; no-webgl2: the browser has no WebGL2; software: WebGL2 without a GPU; gpu: a GPU. */
  reason: 'forced' | 'no-webgl2' | 'software' | 'gpu';
}

export interface WebGlSupport {
  webgl2: boolean;
  /** UNMASKED_RENDERER_WEBGL where the browser tells it. */
  renderer?: string;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|basic render driver/i;

/**
 * What software WebGL gets: Canvas2D. Measured side by side under SwiftShader (npm run bench with
 * BENCH_ONLY=renderers; README "Two renderers"): a layer toggle 703 ms on MapLibre against 77 ms,
 * a slide change 1.6 s against 0.16 s.
 */
export const SOFTWARE_WEBGL_RENDERER: RendererKind = 'canvas';

export function chooseRenderer(search: string, support: () => WebGlSupport): RendererChoice {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'maplibre' || forced === 'canvas') return { kind: forced, reason: 'forced' };
  const { webgl2, renderer } = support();
  if (!webgl2) return { kind: 'canvas', reason: 'no-webgl2' };
  if (renderer && SOFTWARE_RENDERERS.test(renderer)) return { kind: SOFTWARE_WEBGL_RENDERER, reason: 'software' };
  return { kind: 'maplibre', reason: 'gpu' };
}

/** Asks the browser once (a throwaway WebGL2 context, released at once). */
export function probeWebGl(): WebGlSupport {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { webgl2: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : undefined;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: true, renderer };
  } catch {
    return { webgl2: false };
  }
}

let decided: RendererChoice | null = null;

/** The page's renderer, decided once per page. */
export function pageRenderer(): RendererChoice {
  return (decided ??= chooseRenderer(window.location.search, probeWebGl));
}
