import { currentLanguage, type Language } from '../i18n/language';
import { localeOf } from '../i18n/messages';
import { formatDate } from '../lib/dates';

/**
 * The date stamped on an export: YYYY-MM-DD in Chinese (as before), the long British form in English
 * (24 November 2026), both in local time. File names keep YYYY-MM-DD in either language, so they sort.
 */
export function displayDate(date: Date, language: Language = currentLanguage()): string {
  if (language !== 'en') return formatDate(date);
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
