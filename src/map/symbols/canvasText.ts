/** Writing a placed label on Canvas2D with its halo, as MapLibre writes text-halo. */
import type { PlacedLabel } from '../firstFrame/placeLabels';
import { MAP_THEME as T } from '../theme';

export const fontOf = (px: number) => `${px}px "${T.font}", sans-serif`;

export interface TextStyle {
  color: string;
  halo: string;
  haloWidth: number;
  alpha: number;
}

export function drawLabelText(ctx: CanvasRenderingContext2D, label: PlacedLabel, style: TextStyle): void {
  ctx.font = fontOf(label.size);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.globalAlpha = style.alpha;
  if (style.haloWidth > 0) {
    ctx.strokeStyle = style.halo;
    // A stroke is centred on the glyph outline: twice the halo width; the halo's slight blur is left out.
    ctx.lineWidth = style.haloWidth * 2;
    ctx.strokeText(label.text, label.at[0], label.at[1]);
  }
  ctx.fillStyle = style.color;
  ctx.fillText(label.text, label.at[0], label.at[1]);
  ctx.globalAlpha = 1;
}
