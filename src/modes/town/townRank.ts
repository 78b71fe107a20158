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
  const unsetNote = rank.unset.length > 0 ? `；未设：${shortList(rank.unset)}` : '';
  switch (rank.kind) {
    case 'unset':
      return `本镇街未设此项数值，不参与排名${unsetNote}`;
    case 'allEqual':
      return `全部 ${rank.of} 个有数值的镇街同为 ${formatValue(rank.value)}，不排名${unsetNote}`;
    case 'ranked':
      return rank.tiedWith > 1
        ? `并列第 ${rank.rank} 位，共 ${rank.tiedWith} 个镇街同为 ${formatValue(rank.value)}（共 ${rank.of} 个有数值的镇街）${unsetNote}`
        : `第 ${rank.rank} 位（共 ${rank.of} 个有数值的镇街）${unsetNote}`;
  }
}

function shortList(names: string[], max = 6): string {
  return names.length <= max ? names.join('、') : `${names.slice(0, max).join('、')} 等 ${names.length} 个`;
}
