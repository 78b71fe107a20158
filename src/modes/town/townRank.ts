import { townMessages as m } from '../../i18n/catalogue/town';
import { currentLanguage } from '../../i18n/language';
import { joinList, t } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';

/**
 * Where a unit stands among all units for a value (higher is better). Ties share a rank and are
 * counted ("并列第 2，共 34 个镇街同为 5"); when every unit with a value has the same value there is
 * no rank to give. Units without a value are not ranked, and are named.
 */
export type TownRank =
  | { kind: 'unset'; unset: string[] }
  | { kind: 'allEqual'; value: number; of: number; unset: string[] }
  | { kind: 'ranked'; rank: number; of: number; value: number; tiedWith: number; unset: string[] };

export function rankOf(valueByTown: Readonly<Record<string, number | null>>, town: string): TownRank {
  const entries = Object.entries(valueByTown);
  const unset = entries.filter(([, v]) => v === null || v === undefined).map(([name]) => name);
  const values = entries.map(([, v]) => v).filter((v): v is number => v !== null && v !== undefined);
  const own = valueByTown[town];
  if (own === null || own === undefined) return { kind: 'unset', unset };
  if (values.every((v) => v === own)) return { kind: 'allEqual', value: own, of: values.length, unset };
  return {
    kind: 'ranked',
    rank: values.filter((v) => v > own).length + 1,
    of: values.length,
    value: own,
    tiedWith: values.filter((v) => v === own).length,
    unset,
  };
}

/** The rank as a sentence, e.g. "并列第 2 位，共 34 个镇街同为 5（共 35 个有数值的镇街）". */
export function rankSentence(rank: TownRank, formatValue: (v: number) => string = String): string {
  const unset = rank.unset.length > 0 ? t(m.unsetNote, { towns: shortList(rank.unset) }) : '';
  switch (rank.kind) {
    case 'unset':
      return t(m.rankUnset, { unset });
    case 'allEqual':
      return t(m.rankAllEqual, { of: rank.of, value: formatValue(rank.value), unset });
    case 'ranked':
      return rank.tiedWith > 1
        ? t(m.rankTied, { rank: place(rank.rank), tied: rank.tiedWith, value: formatValue(rank.value), of: rank.of, unset })
        : t(m.rankOne, { rank: place(rank.rank), of: rank.of, unset });
  }
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRule = new Intl.PluralRules('en-GB', { type: 'ordinal' });

/** A place as the sentence says it: 2 in Chinese (第 2 位), 2nd in English. */
function place(n: number): string {
  return currentLanguage() === 'en' ? `${n}${ORDINAL_SUFFIX[ordinalRule.select(n)] ?? 'th'}` : String(n);
}

function shortList(names: string[], max = 6): string {
  const shown = names.map((name) => displayTownName(name));
  return names.length <= max ? joinList(shown) : t(m.moreTowns, { towns: joinList(shown.slice(0, max)), count: names.length });
}
