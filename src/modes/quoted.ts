import { currentLanguage, type Language } from '../i18n/language';
import { hasChinese, quoteBeside } from '../i18n/names';

/**
 * Chinese from the plans (a document's title, a section, a 文号, a planner's own names) in plain text:
 * as it is in Chinese; in English kept in Chinese, in 「」 (`quoteBeside`); English text as it is.
 */
export function quoteIfChinese(text: string, language: Language = currentLanguage()): string {
  return language === 'en' && hasChinese(text) ? quoteBeside(text, undefined, language) : text;
}
