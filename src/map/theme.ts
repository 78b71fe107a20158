/** Colours and type of the built-in map style (no base map, no tiles). */
export const MAP_THEME = {
  background: '#e8edf2',
  townFill: '#fbfaf6',
  townFillHover: '#fde9c8',
  townLine: '#8e99a6',
  selectedLine: '#c2410c',
  cityLine: '#1f2d3d',
  label: '#1f2937',
  labelHalo: '#ffffff',
  dimOutside: '#334155',
  /** System CJK font installed with fonts-noto-cjk; MapLibre draws glyphs locally with it. */
  font: 'Noto Sans CJK SC',
} as const;
