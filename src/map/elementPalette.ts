/**
 * The colours the plan editor offers for an element. Each keeps the map readable (checked in
 * elementPalette.test.ts and shown in the editor for a colour typed by hand):
 * - a town label (MAP_THEME.label) on the zone's fill (the colour at the zone fill opacity over the
 *   town fill) reaches WCAG AA for text (4.5:1);
 * - the colour itself, as an outline, marker or axis line on the town fill, reaches 3:1 (WCAG 1.4.11,
 *   graphics), so the element can be seen at all;
 * - a base's name, drawn in the colour darkened to reach 4.5:1 on its halo (baseLabelColor), keeps it.
 */
import { mapMessages } from '../i18n/catalogue/map';
import { withLabels } from '../i18n/labels';
import { t, type Message } from '../i18n/messages';
import { contrastRatio, MIN_LABEL_CONTRAST } from './contrast';
import { ZONE_PAINT } from './symbols/zone';
import { MAP_THEME } from './theme';

/** A palette colour; its name is read in the page's language. */
const colour = (color: string, name: Message): { color: string; name: string } => withLabels({ color }, { name });

export const ELEMENT_PALETTE: readonly { color: string; name: string }[] = [
  colour('#0072B2', mapMessages.colourBlue),
  colour('#D55E00', mapMessages.colourVermilion),
  colour('#009E73', mapMessages.colourBluishGreen),
  colour('#882255', mapMessages.colourWine),
  colour('#332288', mapMessages.colourIndigo),
  colour('#117733', mapMessages.colourDarkGreen),
  colour('#AA4499', mapMessages.colourPurple),
  colour('#A0760A', mapMessages.colourOchre),
  colour('#CC3311', mapMessages.colourBrick),
  colour('#5A5A5A', mapMessages.colourGrey),
  colour('#222222', mapMessages.colourInk),
  colour('#3A7FB0', mapMessages.colourSteelBlue),
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
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) return { labelOnFill: 0, graphic: 0, ok: false, problem: t(mapMessages.colourFormat) };
  const fill = mixColours(color, MAP_THEME.townFill, ZONE_PAINT.fillOpacity);
  const labelOnFill = contrastRatio(MAP_THEME.label, fill);
  const graphic = contrastRatio(color, MAP_THEME.townFill);
  const problems = [
    labelOnFill < MIN_LABEL_CONTRAST ? t(mapMessages.colourLabelContrast, { ratio: labelOnFill.toFixed(1), min: MIN_LABEL_CONTRAST }) : '',
    graphic < MIN_GRAPHIC_CONTRAST ? t(mapMessages.colourGraphicContrast, { ratio: graphic.toFixed(1), min: MIN_GRAPHIC_CONTRAST }) : '',
  ].filter(Boolean);
  return { labelOnFill, graphic, ok: problems.length === 0, problem: problems.join(t(mapMessages.problemsJoin)) };
}
