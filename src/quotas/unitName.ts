import { townFact } from '../towns/townFacts';
import { unmappedUnit } from '../towns/quotaUnits';
import type { Language } from '../i18n/language';
import { nameIn, quoteBeside } from '../i18n/names';

function pinyinOf(name: string): string | undefined {
  return townFact(name)?.pinyin ?? unmappedUnit(name)?.pinyin;
}

/** A quota unit's name in the page's language: its own name in Chinese, its pinyin in English. */
export function unitNameIn(name: string, language?: Language): string {
  return nameIn(name, pinyinOf(name), language);
}

/**
 * A unit's name where the user must write the Chinese (a CSV cell): in English the pinyin with the
 * name as written beside it, Chang'an 「长安镇」.
 */
export function unitNameToWrite(name: string, language?: Language): string {
  return quoteBeside(name, pinyinOf(name), language);
}
