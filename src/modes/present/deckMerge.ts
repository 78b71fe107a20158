/**
 * Two tabs editing the same deck: a three-way merge by slide id. `base` is the deck this tab last
 * read from or wrote to the browser, `mine` is this tab's deck now, `theirs` is what another tab
 * saved since. Every edit from either side is kept; only when both changed the same field of the
 * same slide does one win (mine: the later save), and that is reported, never silent.
 */
import type { Slide } from './slide';

const FIELDS = ['title', 'caption', 'notes', 'layers', 'camera', 'highlight', 'quota'] as const;
type Field = (typeof FIELDS)[number];

export interface DeckConflict {
  /** The slide's title (this tab's version). */
  title: string;
  /** What happened, in words: '标题两处都改了，保留本窗口的修改'. */
  what: string;
}

export interface DeckMergeResult {
  slides: Slide[];
  conflicts: DeckConflict[];
}

const FIELD_NAMES: Record<Field, string> = {
  title: '标题',
  caption: '说明',
  notes: '讲稿备注',
  layers: '图层',
  camera: '镜头',
  highlight: '突出镇街',
  quota: '指标着色',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const byId = (slides: readonly Slide[]) => new Map(slides.map((s) => [s.id, s]));
const changed = (a: Slide, b: Slide) => FIELDS.some((f) => !same(a[f], b[f]));

/** Whether the ids common to `a` and `ref` come in the same order in both. */
function sameOrder(a: readonly Slide[], ref: readonly Slide[]): boolean {
  const inRef = new Set(ref.map((s) => s.id));
  const inA = new Set(a.map((s) => s.id));
  const x = a.map((s) => s.id).filter((id) => inRef.has(id));
  const y = ref.map((s) => s.id).filter((id) => inA.has(id));
  return x.every((id, i) => id === y[i]);
}

export function mergeDecks(base: readonly Slide[], mine: readonly Slide[], theirs: readonly Slide[]): DeckMergeResult {
  const B = byId(base);
  const M = byId(mine);
  const T = byId(theirs);
  const conflicts: DeckConflict[] = [];
  const merged = new Map<string, Slide>();

  for (const id of new Set([...M.keys(), ...T.keys(), ...B.keys()])) {
    const b = B.get(id);
    const m = M.get(id);
    const t = T.get(id);
    if (!b) {
      // Added on one side (ids are unique per tab, so not on both unless it is the same slide).
      merged.set(id, (m ?? t)!);
      continue;
    }
    if (!m && !t) continue;
    if (!m) {
      // Deleted here; kept if the other tab changed it meanwhile.
      if (t && changed(b, t)) {
        merged.set(id, t);
        conflicts.push({ title: t.title, what: '本窗口删除了它，但另一窗口修改了它：已保留另一窗口的版本' });
      }
      continue;
    }
    if (!t) {
      if (changed(b, m)) {
        merged.set(id, m);
        conflicts.push({ title: m.title, what: '另一窗口删除了它，但本窗口修改了它：已保留本窗口的版本' });
      }
      continue;
    }
    const slide: Slide = { ...t };
    for (const field of FIELDS) {
      const mineChanged = !same(m[field], b[field]);
      const theirsChanged = !same(t[field], b[field]);
      if (mineChanged) (slide as Record<Field, unknown>)[field] = m[field];
      if (mineChanged && theirsChanged && !same(m[field], t[field])) {
        conflicts.push({ title: m.title, what: `${FIELD_NAMES[field]}两个窗口都改了，保留本窗口的修改` });
      }
    }
    if (slide.notes === undefined) delete slide.notes;
    merged.set(id, slide);
  }

  // Order: whichever side reordered (this tab wins if both did), then the other side's new slides
  // after the slide they followed there.
  const skeleton = !sameOrder(mine, base) || sameOrder(theirs, base) ? mine : theirs;
  const other = skeleton === mine ? theirs : mine;
  const order = skeleton.map((s) => s.id).filter((id) => merged.has(id));
  for (let i = 0; i < other.length; i++) {
    const id = other[i].id;
    if (!merged.has(id) || order.includes(id)) continue;
    let after = -1;
    for (let j = i - 1; j >= 0; j--) {
      after = order.indexOf(other[j].id);
      if (after >= 0) break;
    }
    order.splice(after + 1, 0, id);
  }
  for (const id of merged.keys()) if (!order.includes(id)) order.push(id);
  return { slides: order.map((id) => merged.get(id)!), conflicts };
}

/** One sentence about the conflicts of a merge, naming at most three slides. */
export function describeConflicts(conflicts: readonly DeckConflict[]): string | null {
  if (conflicts.length === 0) return null;
  const shown = conflicts.slice(0, 3).map((c) => `「${c.title || '（无标题）'}」${c.what}`);
  const more = conflicts.length > 3 ? `（另有 ${conflicts.length - 3} 处）` : '';
  return `另一窗口同时修改了幻灯片，已合并两边的修改：${shown.join('；')}${more}。`;
}
