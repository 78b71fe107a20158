/** The area each drawn map image shows ([west, south, east, north]), recorded by the renderer for its scale bar. */
const shown = new WeakMap<HTMLCanvasElement, [number, number, number, number]>();

export const recordBounds = (canvas: HTMLCanvasElement, bounds: [number, number, number, number]) => void shown.set(canvas, bounds);

export const renderedBounds = (canvas: HTMLCanvasElement) => shown.get(canvas) ?? null;
