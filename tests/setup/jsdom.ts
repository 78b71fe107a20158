import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
// As in the app, where the page's entry loads it: the catalogue gives src/lib its sentences
// (src/lib/libWords.ts), so a test of a module that only reaches lib gets them too.
import '../../src/i18n/language';

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});

// jsdom has no ResizeObserver; the map pane observes its container to resize the map.
globalThis.ResizeObserver ??= class {
  observe() {}
  disconnect() {}
  unobserve() {}
} as unknown as typeof ResizeObserver;

// jsdom has no WebGL: it stands for a browser that has it (src/map/rendererChoice.ts picks MapLibre,
// which component tests mock); the Canvas2D renderer is tested in Chromium.
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
  if (kind === 'webgl2') return { getExtension: () => null } as unknown as WebGL2RenderingContext;
  return (getContext as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
} as typeof HTMLCanvasElement.prototype.getContext;
