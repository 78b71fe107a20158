/** Stroking town outlines on Canvas2D, with a dash in line widths as MapLibre reads line-dasharray. */
export interface OutlineStyle {
  color: string;
  width: number;
  dash?: readonly number[];
}

export function strokeTowns(ctx: CanvasRenderingContext2D, paths: ReadonlyMap<string, Path2D>, names: readonly string[], style: OutlineStyle): void {
  ctx.strokeStyle = style.color;
  ctx.lineWidth = style.width;
  ctx.setLineDash((style.dash ?? []).map((d) => d * style.width));
  for (const name of names) {
    const path = paths.get(name);
    if (path) ctx.stroke(path);
  }
  ctx.setLineDash([]);
}
