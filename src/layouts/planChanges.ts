/**
 * The change list between two plans (compare, the generated briefing): towns that entered or left
 * each kind of zone, and elements added, removed or renamed. Pure: two lists of elements in, the
 * changes out.
 *
 * Elements of two plans are matched in this order: the same id (a copy's `--suffix` ignored), then
 * the same kind and name, then the same kind and the same member towns (a rename). What is left
 * unmatched in the newer plan was added; in the older, removed.
 */
import { layoutMessages } from '../i18n/catalogue/layouts';
import { joinList, t } from '../i18n/messages';
import { displayTownName } from '../towns/townNames';
import { elementName } from './displayNames';
import type { ElementKind, LayoutElement } from './types';

export interface KindChange {
  kind: ElementKind;
  /** Towns in some element of this kind in the newer plan and in none in the older. */
  entered: string[];
  /** Towns in some element of this kind in the older plan and in none in the newer. */
  left: string[];
}

export interface PlanChanges {
  kinds: KindChange[];
  added: LayoutElement[];
  removed: LayoutElement[];
  renamed: { from: LayoutElement; to: LayoutElement }[];
  /** Every town that entered or left some kind (for the map). */
  towns: string[];
  /** True when nothing differs. */
  none: boolean;
}

const stem = (id: string) => id.replace(/--[a-z0-9-]+$/, '');
const townsOf = (elements: readonly LayoutElement[]) => new Set(elements.flatMap((e) => e.members.map((m) => m.town)));
const sameTowns = (a: LayoutElement, b: LayoutElement) => {
  const x = townsOf([a]);
  const y = townsOf([b]);
  return x.size > 0 && x.size === y.size && [...x].every((t) => y.has(t));
};

/** Pairs of matched elements (older, newer). */
function matchElements(older: readonly LayoutElement[], newer: readonly LayoutElement[]): [LayoutElement, LayoutElement][] {
  const pairs: [LayoutElement, LayoutElement][] = [];
  const freeOld = new Set(older);
  const freeNew = new Set(newer);
  const pass = (same: (a: LayoutElement, b: LayoutElement) => boolean) => {
    for (const a of older) {
      if (!freeOld.has(a)) continue;
      const b = newer.find((n) => freeNew.has(n) && same(a, n));
      if (!b) continue;
      pairs.push([a, b]);
      freeOld.delete(a);
      freeNew.delete(b);
    }
  };
  pass((a, b) => stem(a.id) === stem(b.id));
  pass((a, b) => a.kind === b.kind && a.nameZh.trim() === b.nameZh.trim());
  pass((a, b) => a.kind === b.kind && sameTowns(a, b));
  return pairs;
}

/** What changed from the `older` plan's elements to the `newer` plan's. */
export function planChanges(older: readonly LayoutElement[], newer: readonly LayoutElement[]): PlanChanges {
  const kinds: ElementKind[] = [...new Set([...older, ...newer].map((e) => e.kind))];
  const kindChanges: KindChange[] = [];
  for (const kind of kinds) {
    const before = townsOf(older.filter((e) => e.kind === kind));
    const after = townsOf(newer.filter((e) => e.kind === kind));
    const entered = [...after].filter((t) => !before.has(t));
    const left = [...before].filter((t) => !after.has(t));
    if (entered.length || left.length) kindChanges.push({ kind, entered, left });
  }
  const pairs = matchElements(older, newer);
  const matchedOld = new Set(pairs.map(([a]) => a));
  const matchedNew = new Set(pairs.map(([, b]) => b));
  const renamed = pairs.filter(([a, b]) => a.nameZh.trim() !== b.nameZh.trim()).map(([from, to]) => ({ from, to }));
  const added = newer.filter((e) => !matchedNew.has(e));
  const removed = older.filter((e) => !matchedOld.has(e));
  const towns = [...new Set(kindChanges.flatMap((k) => [...k.entered, ...k.left]))];
  return { kinds: kindChanges, added, removed, renamed, towns, none: kindChanges.length + added.length + removed.length + renamed.length === 0 };
}

/** The change list as lines of text (the list in compare, the briefing's slide, its notes). */
export function changeLines(changes: PlanChanges, kindLabel: (kind: ElementKind) => string): string[] {
  if (changes.none) return [t(layoutMessages.noChanges)];
  const towns = (list: readonly string[]) => joinList(list.map((town) => displayTownName(town)));
  const names = (list: readonly LayoutElement[]) => joinList(list.map((e) => elementName(e)));
  // What the newer plan brings first (a caption may be clipped): towns that entered, new and renamed elements, then what went.
  const lines: string[] = [];
  for (const k of changes.kinds) if (k.entered.length) lines.push(t(layoutMessages.kindEntered, { kind: kindLabel(k.kind), towns: towns(k.entered) }));
  if (changes.added.length) lines.push(t(layoutMessages.addedElements, { names: names(changes.added) }));
  for (const r of changes.renamed) lines.push(t(layoutMessages.renamed, { from: elementName(r.from), to: elementName(r.to) }));
  for (const k of changes.kinds) if (k.left.length) lines.push(t(layoutMessages.kindLeft, { kind: kindLabel(k.kind), towns: towns(k.left) }));
  if (changes.removed.length) lines.push(t(layoutMessages.removedElements, { names: names(changes.removed) }));
  return lines;
}
