/** Writing a placed label on Canvas2D with its halo, as MapLibre writes text-halo. */
import type { PlacedLabel } from '../firstFrame/placeLabels';
import { LINE_HEIGHT_EM, labelLines } from './wrapLabel';
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
  // Lines (wrapLabel) centred on the label's centre, one line height apart, as MapLibre sets them.
  const lines = labelLines(label.text);
  const lineHeight = label.size * LINE_HEIGHT_EM;
  const yOf = (i: number) => label.at[1] + (i - (lines.length - 1) / 2) * lineHeight;
  if (style.haloWidth > 0) {
    ctx.strokeStyle = style.halo;
    // A stroke is centred on the glyph outline: twice the halo width; the halo's slight blur is left out.
    ctx.lineWidth = style.haloWidth * 2;
    lines.forEach((line, i) => ctx.strokeText(line, label.at[0], yOf(i)));
  }
  ctx.fillStyle = style.color;
  lines.forEach((line, i) => ctx.fillText(line, label.at[0], yOf(i)));
  ctx.globalAlpha = 1;
}
