import { mapLibreMessages } from '../i18n/catalogue/map-maplibre';
import type { Language } from '../i18n/language';
import { currentLanguage } from '../i18n/language';
import { t } from '../i18n/messages';

/** Every MapLibre UI string (control tooltips, scale units) in the page's language: the map's `locale` option. */
export function mapLocale(language: Language = currentLanguage()): Record<string, string> {
  return Object.fromEntries(Object.entries(mapLibreMessages).map(([key, message]) => [key, t(message, undefined, language)]));
}
