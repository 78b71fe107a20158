import { UNMAPPED_UNITS, resolveUnmappedUnit } from '../towns/quotaUnits';
import { TOWN_FACTS, resolveTownName } from '../towns/townFacts';

/**
 * Finds the unit a person meant by a name in a CSV cell: the full name ('长安镇'), the short form
 * ('长安'), a few other names in use ('高新区', '东莞港') or the pinyin ('Changan'). When nothing
 * matches, suggests the closest known name by edit distance.
 */

/** Names in use besides the full and short names (a Map, so that '__proto__' or 'constructor' match nothing). */
const ALIASES = new Map<string, string>([
  ['高新区', '松山湖管委会'], // i18n-exempt: a name a file may use (data)
  ['松山湖高新区', '松山湖管委会'], // i18n-exempt: a name a file may use (data)
  ['松山湖高新技术产业开发区', '松山湖管委会'], // i18n-exempt: a name a file may use (data)
  ['松山湖园区', '松山湖管委会'], // i18n-exempt: a name a file may use (data)
  ['东莞港', '虎门港管委会'], // i18n-exempt: a name a file may use (data)
  ['生态园管委会', '东莞生态园'], // i18n-exempt: a name a file may use (data)
]);

const pinyinKey = (s: string) => s.toLowerCase().replace(/\(.*$/, '').replace(/[^a-z]/g, '');
const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/** Written in Latin letters (pinyin or English), so matched against the pinyin names. */
const isLatin = (s: string) => /^[A-Za-z' ()-]+$/.test(s);

const UNITS = [...TOWN_FACTS, ...UNMAPPED_UNITS];
const byPinyin = new Map(UNITS.map((t) => [pinyinKey(t.pinyin), t.name]));

export type TownMatch = { town: string } | { town: null; suggestion: string | null };

/**
 * Answers per distinct cell text: a large file repeats a few names (and a few misspellings) many
 * times, so its cost grows with its size, not with size × the suggestions' edit distances.
 */
const matchCache = new Map<string, TownMatch>();
const MAX_CACHED = 20_000;

export function matchTown(input: string): TownMatch {
  let match = matchCache.get(input);
  if (!match) {
    if (matchCache.size >= MAX_CACHED) matchCache.clear();
    match = findTown(input);
    matchCache.set(input, match);
  }
  return match;
}

function findTown(input: string): TownMatch {
  const s = normalise(input);
  const hit =
    resolveTownName(s) ?? resolveUnmappedUnit(s) ?? ALIASES.get(s) ?? (isLatin(input.trim()) ? byPinyin.get(pinyinKey(s)) : undefined);
  if (hit) return { town: hit };
  return { town: null, suggestion: suggestTown(s) };
}

/** The closest full name, short name or pinyin, if it is close enough to be a likely typo. */
function suggestTown(input: string): string | null {
  const s = normalise(input);
  if (!s) return null;
  const latin = isLatin(s);
  const probe = latin ? pinyinKey(s) : s;
  let best: { name: string; distance: number } | null = null;
  for (const t of UNITS) {
    const candidates = latin ? [pinyinKey(t.pinyin)] : [t.name, t.shortName];
    for (const c of candidates) {
      const limit = Math.max(1, Math.floor(Array.from(c).length / 2));
      const d = editDistance(probe, c, limit + 1);
      if (d <= limit && (!best || d < best.distance)) best = { name: t.name, distance: d };
    }
  }
  return best?.name ?? null;
}

/**
 * Levenshtein distance over code points. Stops early once every path exceeds `cap` and then
 * returns `cap` (enough to compare against a limit without the cost on long strings).
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) >= cap) return cap;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return Math.min(prev[y.length], cap);
}
