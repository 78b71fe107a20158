import { mapMessages } from '../i18n/catalogue/map';
import { currentLanguage } from '../i18n/language';
import { t } from '../i18n/messages';

/**
 * The boundary file's attribution in the page's language. The geo build and the boundary import write
 * it in Chinese into the geometry's metadata (data, kept as written); the known forms are translated,
 * anything else is shown as given.
 */
function boundaryLine(attribution: string): string {
  const imported = /^边界数据：用户导入（(.*)）$/.exec(attribution); // i18n-exempt: parses the Chinese the boundary import stores
  if (imported) return t(mapMessages.importedBoundaries, { file: imported[1] });
  const source = /^边界数据：(.*)$/.exec(attribution); // i18n-exempt: parses the Chinese the geo build stores
  return source ? t(mapMessages.boundarySource, { source: source[1] }) : attribution;
}

/**
 * In English the place names are our translation, and the attribution says so (on the map and every export),
 * in a line short enough to stay on one line under the map (appMessages.translationNote says it at length).
 */
function lines(attribution: string): readonly string[] {
  const base = [boundaryLine(attribution), t(mapMessages.schematicNotice)];
  return currentLanguage() === 'en' ? [...base, t(mapMessages.translatedNames)] : base;
}

/**
 * The attribution and the schematic-boundaries notice, on the map and on every export. It follows
 * the boundaries in use: GeoProvider sets it when a user accepts or leaves imported boundaries (the
 * screens are remounted then, so every map and export reads the new value).
 */
export let ATTRIBUTION: readonly string[] = lines('边界数据：DataV.GeoAtlas'); // i18n-exempt: the geo build's attribution, as stored

export function setBoundaryAttribution(attribution: string): void {
  ATTRIBUTION = lines(attribution);
}

/**
 * The attribution as one line, in the order MapLibre's attribution control shows it (shortest
 * first): the first frame, the remembered frame and the Canvas2D renderer write the same line, so no
 * hand-over between them reorders the text.
 */
export function attributionLine(): string {
  return [...ATTRIBUTION].sort((a, b) => a.length - b.length).join(' | ');
}
