import { panelMessages as m } from '../i18n/catalogue/panels';
import { currentLanguage } from '../i18n/language';
import { joinList, t } from '../i18n/messages';
import { nameIn } from '../i18n/names';
import type { LayoutElement, PlanGroup } from '../layouts/types';
import type { UnmappedUnit } from '../towns/quotaUnits';
import { townTypeLabel, type TownType } from '../towns/townFacts';
import { displayTownName } from '../towns/townNames';

/** A unit's type as the panels show it: the Chinese as before (townTypeLabel), or its English. */
export function townTypeText(type: TownType | string): string {
  if (currentLanguage() !== 'en') return townTypeLabel(type);
  return t(type === '街道' ? m.typeSubdistrict : type === '镇' ? m.typeTown : m.typeZone); // i18n-exempt: the type as the facts spell it
}

/** Why a unit has no polygon: the fact's own note in Chinese, the same said in English. */
export function unmappedNote(unit: UnmappedUnit): string {
  if (currentLanguage() !== 'en') return unit.note;
  return t(m.unmappedNote, { within: joinList(unit.within.map((n) => displayTownName(n))) });
}

/**
 * A plan's short name in the page's language. `nameEn` on plans comes with the plans' English
 * (layouts/displayNames.ts `planName` on the i18n-plans branch); until then this reads it if present.
 */
export function planLabel(plan: Pick<PlanGroup, 'nameZh'> & { nameEn?: string }): string {
  return nameIn(plan.nameZh, plan.nameEn);
}

/** A plan's longer title (2018 一核三带十区) in the page's language; `titleEn` as `nameEn` above. */
export function planTitleText(plan: Pick<PlanGroup, 'title'> & { titleEn?: string }): string {
  return nameIn(plan.title, plan.titleEn);
}

/** An element's name in the page's language (its `nameEn`, our translation). */
export function elementLabel(element: Pick<LayoutElement, 'nameZh' | 'nameEn'>): string {
  return nameIn(element.nameZh, element.nameEn);
}
