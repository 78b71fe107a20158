/**
 * The colours the plan editor offers for an element. Each keeps the map readable (checked in
 * elementPalette.test.ts and shown in the editor for a colour typed by hand):
 * - a town label (MAP_THEME.label) on the zone's fill (the colour at the zone fill opacity over the
 *   town fill) reaches WCAG AA for text (4.5:1);
 * - the colour itself, as an outline, marker or axis line on the town fill, reaches 3:1 (WCAG 1.4.11,
 *   graphics), so the element can be seen at all;
 * - a base's name, drawn in the colour darkened to reach 4.5:1 on its halo (baseLabelColor), keeps it.
 */
import { contrastRatio, MIN_LABEL_CONTRAST } from './contrast';
import { SYMBOL_PAINT } from './symbolTable';
import { MAP_THEME } from './theme';

export const ELEMENT_PALETTE: readonly { color: string; name: string }[] = [
  { color: '#0072B2', name: '蓝' },
  { color: '#D55E00', name: '朱红' },
  { color: '#009E73', name: '青绿' },
  { color: '#882255', name: '酒红' },
  { color: '#332288', name: '靛蓝' },
  { color: '#117733', name: '深绿' },
  { color: '#AA4499', name: '紫红' },
  { color: '#A0760A', name: '赭黄' },
  { color: '#CC3311', name: '砖红' },
  { color: '#5A5A5A', name: '灰' },
  { color: '#222222', name: '墨黑' },
  { color: '#3A7FB0', name: '钢蓝' },
];

/** Graphics (outlines, markers, lines) need this contrast with what is around them (WCAG 1.4.11). */
export const MIN_GRAPHIC_CONTRAST = 3;

export function mixColours(top: string, under: string, alpha: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5].map((i) => Math.round(channel(top, i) * alpha + channel(under, i) * (1 - alpha)).toString(16).padStart(2, '0')).join('')}`;
}

export interface ColourCheck {
  /** Town label on the zone fill. */
  labelOnFill: number;
  /** The colour on the plain town fill. */
  graphic: number;
  ok: boolean;
  /** What is wrong, in the editor's words, or '' when the colour reads well. */
  problem: string;
}

export function checkElementColour(color: string): ColourCheck {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) return { labelOnFill: 0, graphic: 0, ok: false, problem: '颜色应写作 #RRGGBB' };
  const fill = mixColours(color, MAP_THEME.townFill, SYMBOL_PAINT.zone.fillOpacity);
  const labelOnFill = contrastRatio(MAP_THEME.label, fill);
  const graphic = contrastRatio(color, MAP_THEME.townFill);
  const problems = [
    labelOnFill < MIN_LABEL_CONTRAST ? `镇街名称在此颜色的填色上对比度只有 ${labelOnFill.toFixed(1)}:1（至少 ${MIN_LABEL_CONTRAST}:1），看不清` : '',
    graphic < MIN_GRAPHIC_CONTRAST ? `此颜色在地图底色上对比度只有 ${graphic.toFixed(1)}:1（至少 ${MIN_GRAPHIC_CONTRAST}:1），边线和标记看不清` : '',
  ].filter(Boolean);
  return { labelOnFill, graphic, ok: problems.length === 0, problem: problems.join('；') };
}
