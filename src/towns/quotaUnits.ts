import { townMessages } from '../i18n/catalogue/towns';
import { t } from '../i18n/messages';
import { TOWN_NAMES, isTownName, townFact, type TownFact } from './townFacts';

/**
 * Units that hold quotas but have no polygon in the boundary file. 滨海湾新区 has a division code
 * (441900404) and is named in the plans, but its land lies within 长安 and 虎门 in the boundary
 * data: it appears in the quota table, the CSV files, the sums and search, and is never drawn or
 * counted in areas (the map and the geo build know only the 35 units of TOWN_FACTS).
 */
export interface UnmappedUnit extends TownFact {
  /** Drawn units its land lies within (boundary-file names). */
  within: string[];
  /** Why it has no shape of its own, shown wherever it is listed (in the page's language). */
  readonly note: string;
}

export const UNMAPPED_UNITS: readonly UnmappedUnit[] = [
  {
    name: '滨海湾新区', // i18n-exempt: the unit's own name (data)
    shortName: '滨海湾', // i18n-exempt: the unit's own short name (data)
    code: '441900404',
    type: '功能区', // i18n-exempt: a TownType value (data)
    pinyin: 'Binhaiwan',
    within: ['长安镇', '虎门镇'], // i18n-exempt: boundary-file names (the join key)
    get note() {
      return t(townMessages.binhaiwanNote);
    },
  },
];

/** Every unit a quota can be held by: the 35 drawn units, then those without a polygon. */
export const QUOTA_UNIT_NAMES: readonly string[] = [...TOWN_NAMES, ...UNMAPPED_UNITS.map((u) => u.name)];

const unmappedByName = new Map(UNMAPPED_UNITS.map((u) => [u.name, u]));
const unmappedByShort = new Map(UNMAPPED_UNITS.map((u) => [u.shortName, u]));

export function unmappedUnit(name: string): UnmappedUnit | undefined {
  return unmappedByName.get(name);
}

export function isQuotaUnit(name: string): boolean {
  return isTownName(name) || unmappedByName.has(name);
}

/** The fact record of any quota unit (drawn or not). */
export function quotaUnitFact(name: string): TownFact | undefined {
  return townFact(name) ?? unmappedByName.get(name);
}

/** Resolves the full or short name of a unit without a polygon ('滨海湾' → '滨海湾新区'). */
export function resolveUnmappedUnit(nameOrShort: string): string | undefined {
  const s = nameOrShort.trim();
  return (unmappedByName.get(s) ?? unmappedByShort.get(s))?.name;
}
