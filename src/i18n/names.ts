import { currentLanguage, type Language } from './language';

/**
 * Names of places and plan elements in the page's language. English uses the official English name where
 * one exists (Songshan Lake) and pinyin otherwise; those are our translation, and the legend's source line
 * says so (`translationNote`). A name with no English (a planner's own plan written in Chinese only) is
 * shown in Chinese rather than guessed.
 */
export function nameIn(chinese: string, english: string | undefined, language: Language = currentLanguage()): string {
  return language === 'en' && english ? english : chinese;
}

/** True when the text holds a Chinese character (the English UI's check, and quotes that stay Chinese). */
export function hasChinese(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}

/**
 * A quote from a plan (or a name that has no official English) in plain text: Chinese alone in Chinese;
 * in English the English with the original beside it in 「」, the mark the English checks accept.
 * On screen use `ZhBeside`, which marks the Chinese with lang="zh-CN" as well.
 */
export function quoteBeside(chinese: string, english: string | undefined, language: Language = currentLanguage()): string {
  if (language !== 'en') return chinese;
  return english ? `${english} 「${chinese}」` : `「${chinese}」`;
}

/** True when the text holds Chinese that is not already a quote in 「」. */
export function hasChineseOutsideQuotes(text: string): boolean {
  return hasChinese(text.replace(/「[^」]*」/g, ''));
}

/**
 * Chinese from the plans (a document's title, a section, a 文号, a planner's own names) in plain text:
 * as it is in Chinese; in English kept in Chinese, in 「」 (`quoteBeside`); English text, or text whose
 * Chinese is already in 「」, as it is.
 */
export function quoteIfChinese(text: string, language: Language = currentLanguage()): string {
  return language === 'en' && hasChineseOutsideQuotes(text) ? quoteBeside(text, undefined, language) : text;
}
