import { exportMessages as m } from '../i18n/catalogue/export';
import { currentLanguage, type Language } from '../i18n/language';
import { t, type Message } from '../i18n/messages';

/** The English of the built-in plans' names (the glossary's terms). */
const BUILTIN: Record<string, Message> = { plan2018: m.planPlan2018, fyp14: m.planFyp14, pianqu: m.planPianqu, platforms: m.planPlatforms };

/**
 * A plan's name in the page's language: its own Chinese name in Chinese; in English the glossary's
 * name of a built-in plan, and a planner's own plan (written in Chinese only) as it is.
 */
export function planNameIn(id: string, nameZh: string, language: Language = currentLanguage()): string {
  const english = BUILTIN[id];
  return language === 'en' && english ? t(english, undefined, 'en') : nameZh;
}
