import { currentLanguage, type Language } from '../i18n/language';
import { quotaUnitFact } from './quotaUnits';

/**
 * A town's name as shown. Chinese: the name as it has always been shown (full name here, short name in
 * `displayShortTownName`). English: the pinyin of `townFacts.ts` (Songshan Lake and the other official
 * English names are there too); these are our translation, which the legend's source line says
 * (`appMessages.translationNote`). `name` stays the join key everywhere; only what is shown changes.
 * A name that is not a known unit is returned as given.
 */
export function displayTownName(name: string, language: Language = currentLanguage()): string {
  if (language !== 'en') return name;
  return quotaUnitFact(name)?.pinyin ?? name;
}

/**
 * The short form map labels and titles use: 长安 in Chinese, Chang'an in English; where the Chinese
 * short name drops a word, the English does too (Humen Port, Ecological Park: `shortEn`).
 */
export function displayShortTownName(name: string, language: Language = currentLanguage()): string {
  const fact = quotaUnitFact(name);
  if (language === 'en') return fact ? (fact.shortEn ?? fact.pinyin) : name;
  return fact?.shortName ?? name;
}
