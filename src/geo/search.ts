import { UNMAPPED_UNITS } from '../towns/quotaUnits';
import { TOWN_FACTS, type TownFact } from '../towns/townFacts';

/** The 35 drawn units and the units without a polygon (滨海湾新区): everything a user may look for. */
const SEARCHABLE: readonly TownFact[] = [...TOWN_FACTS, ...UNMAPPED_UNITS];

/**
 * Finds units by Chinese name or part of it, by short name, by pinyin prefix or by code.
 * Names that start with the query come first.
 */
export function searchTowns(query: string, facts: readonly TownFact[] = SEARCHABLE): TownFact[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: { fact: TownFact; score: number }[] = [];
  for (const fact of facts) {
    const name = fact.name.toLowerCase();
    const pinyin = fact.pinyin.toLowerCase().replace(/[^a-z]/g, '');
    let score = -1;
    if (name === q || fact.shortName === q) score = 0;
    else if (name.startsWith(q)) score = 1;
    else if (name.includes(q)) score = 2;
    else if (pinyin.startsWith(q.replace(/[^a-z]/g, '')) && /[a-z]/.test(q)) score = 3;
    else if (fact.code.startsWith(q) && /^\d{3,}$/.test(q)) score = 4;
    if (score >= 0) scored.push({ fact, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.fact.code.localeCompare(b.fact.code)).map((s) => s.fact);
}
