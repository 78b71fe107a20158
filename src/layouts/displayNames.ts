import { currentLanguage, type Language } from '../i18n/language';
import { nameIn } from '../i18n/names';
import type { LayoutElement, PlanGroup } from './types';

/**
 * Names of plans and elements as shown, in the page's language: the plan file's English (our
 * translation, said by `appMessages.translationNote`) or, where a planner's own plan has none, the Chinese.
 */
export function elementName(element: Pick<LayoutElement, 'nameZh' | 'nameEn'>, language: Language = currentLanguage()): string {
  return nameIn(element.nameZh, element.nameEn, language);
}

/** A plan's short name: 一核三带十区 / One Core, Three Belts, Ten Zones. */
export function planName(group: Pick<PlanGroup, 'nameZh' | 'nameEn'>, language: Language = currentLanguage()): string {
  return nameIn(group.nameZh, group.nameEn, language);
}

/** A plan's longer title: 2018 一核三带十区 / 2018: One Core, Three Belts, Ten Zones. */
export function planTitle(group: Pick<PlanGroup, 'title' | 'titleEn'>, language: Language = currentLanguage()): string {
  return nameIn(group.title, group.titleEn, language);
}
