import { panelMessages as m } from '../i18n/catalogue/panels';
import { currentLanguage } from '../i18n/language';
import { joinList, t } from '../i18n/messages';
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
