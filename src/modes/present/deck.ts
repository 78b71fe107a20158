/**
 * The deck model: plain functions for moving through a deck and editing it. Slide numbers are
 * 1-based, as in the URL (#/present/3) and the `3 / 12` counter.
 */
import { presentMessages as m } from '../../i18n/catalogue/present';
import { t } from '../../i18n/messages';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { createActionStream, updaterTable, type ActionListener, type Origin } from '../../lib/actionStream';
import { buildDefaultDeck } from './defaultDeck';
import type { Slide } from './slide';

// ---------------------------------------------------------------------------------------------
// Navigation

/** Clamps a slide number into 1..count; `clamped` says whether it had to. */
export function clampSlide(n: number, count: number): { slide: number; clamped: boolean } {
  const max = Math.max(1, count);
  const whole = Number.isFinite(n) ? Math.trunc(n) : 1;
  const slide = Math.min(max, Math.max(1, whole));
  return { slide, clamped: slide !== n };
}

export type NavAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'jump'; slide: number };

/** Where a navigation action leads from `current` in a deck of `count` slides (never past the ends). */
export function navigateTo(action: NavAction, current: number, count: number): number {
  switch (action.type) {
    case 'next':
      return clampSlide(current + 1, count).slide;
    case 'prev':
      return clampSlide(current - 1, count).slide;
    case 'first':
      return 1;
    case 'last':
      return Math.max(1, count);
    case 'jump':
      return clampSlide(action.slide, count).slide;
  }
}

// ---------------------------------------------------------------------------------------------
// Editing (index = 0-based position in the array)

/** Inserts a slide after position `afterIndex` (-1 = at the start; past the end = at the end). */
export function insertSlide(slides: readonly Slide[], slide: Slide, afterIndex: number): Slide[] {
  const at = Math.min(slides.length, Math.max(0, afterIndex + 1));
  return [...slides.slice(0, at), slide, ...slides.slice(at)];
}

export function updateSlide(slides: readonly Slide[], index: number, patch: Partial<Omit<Slide, 'id'>>): Slide[] {
  if (index < 0 || index >= slides.length) return [...slides];
  return slides.map((s, i) => (i === index ? { ...s, ...patch } : s));
}

/** Moves a slide up (delta -1) or down (+1); a move past either end leaves the deck as it is. */
export function moveSlide(slides: readonly Slide[], index: number, delta: number): Slide[] {
  const to = index + delta;
  if (index < 0 || index >= slides.length || to < 0 || to >= slides.length) return [...slides];
  const out = [...slides];
  const [moved] = out.splice(index, 1);
  out.splice(to, 0, moved);
  return out;
}

/** Removes a slide; the last remaining slide is kept (a deck always has one). */
export function removeSlide(slides: readonly Slide[], index: number): Slide[] {
  if (slides.length <= 1 || index < 0 || index >= slides.length) return [...slides];
  return slides.filter((_, i) => i !== index);
}

// ---------------------------------------------------------------------------------------------
// The deck store

/** A whole-deck change (import, restore default) that can be taken back. */
export interface DeckUndo {
  slides: Slide[];
  custom: boolean;
  /** What the change was, for the undo button: '导入', '恢复默认'. */
  what: string;
}

export interface DeckState {
  slides: Slide[];
  /** False while the deck is the built-in briefing (then nothing is saved in the browser). */
  custom: boolean;
  /** The deck before the last import or restore, until the next edit. */
  undo: DeckUndo | null;
  /** The user's deck from now on (an empty list = the built-in briefing); can be undone. */
  replace: (slides: Slide[], what?: string) => void;
  /** Takes a deck read from the browser (first load, another tab's save): no undo step. */
  adopt: (slides: Slide[], custom: boolean) => void;
  add: (slide: Slide, afterIndex: number) => void;
  update: (index: number, patch: Partial<Omit<Slide, 'id'>>, seen?: Partial<Omit<Slide, 'id'>>) => void;
  move: (index: number, delta: number) => void;
  remove: (index: number) => void;
  /** Back to the built-in briefing (the saved copy is removed); can be undone. */
  reset: () => void;
  /** Puts back the deck from before the last import or restore. */
  undoReplace: () => void;
}

/**
 * Every change to the deck is one of these records, applied by a pure updater (deckUpdate); the
 * store's methods dispatch them with origin 'local'. Saving and the other tabs listen to the
 * stream (listenDeck, deckPersistence.ts); what comes from the browser or another tab arrives as
 * 'deck/load' or 'deck/receive' with its own origin.
 */
export type DeckAction =
  | { type: 'deck/add'; slide: Slide; afterIndex: number }
  /** Edits the slide with this id (by id, so a reorder in another tab cannot redirect it). */
  | {
      type: 'deck/update';
      id: string;
      patch: Partial<Omit<Slide, 'id'>>;
      /** The fields as the user saw them when editing (see quota/setValue's `seen`). */
      seen?: Partial<Omit<Slide, 'id'>>;
    }
  | { type: 'deck/move'; index: number; delta: number }
  | { type: 'deck/remove'; index: number }
  | { type: 'deck/replace'; slides: Slide[]; what: string }
  | { type: 'deck/reset' }
  | { type: 'deck/undo' }
  /** The deck as read from the browser at start: no undo step. */
  | { type: 'deck/load'; slides: Slide[]; custom: boolean }
  /** The deck after another tab's edits were taken over: this tab's undo stays. */
  | { type: 'deck/receive'; slides: Slide[]; custom: boolean };

export type DeckData = Pick<DeckState, 'slides' | 'custom' | 'undo'>;

const edit = (s: DeckData, slides: Slide[]): DeckData => (JSON.stringify(slides) === JSON.stringify(s.slides) ? s : { slides, custom: true, undo: null });
const deckOrDefault = (slides: readonly Slide[]) => (slides.length > 0 ? [...slides] : buildDefaultDeck());

export const deckUpdate = updaterTable<DeckData, DeckAction>({
  'deck/add': (s, { slide, afterIndex }) => edit(s, insertSlide(s.slides, slide, afterIndex)),
  'deck/update': (s, { id, patch }) => edit(s, updateSlide(s.slides, s.slides.findIndex((x) => x.id === id), patch)),
  'deck/move': (s, { index, delta }) => edit(s, moveSlide(s.slides, index, delta)),
  'deck/remove': (s, { index }) => edit(s, removeSlide(s.slides, index)),
  'deck/replace': (s, { slides, what }) => ({ slides: deckOrDefault(slides), custom: slides.length > 0, undo: { slides: s.slides, custom: s.custom, what } }),
  'deck/reset': (s) => ({ slides: buildDefaultDeck(), custom: false, undo: { slides: s.slides, custom: s.custom, what: t(m.whatReset) } }),
  'deck/undo': (s) => (s.undo ? { slides: s.undo.slides, custom: s.undo.custom, undo: null } : s),
  'deck/load': (_s, { slides, custom }) => ({ slides: deckOrDefault(slides), custom: custom && slides.length > 0, undo: null }),
  'deck/receive': (s, { slides, custom }) =>
    JSON.stringify([slides, custom]) === JSON.stringify([s.slides, s.custom]) ? s : { ...s, slides: deckOrDefault(slides), custom: custom && slides.length > 0 },
});

export const useDeckStore: UseBoundStore<StoreApi<DeckState>> = create<DeckState>(() => ({
  slides: buildDefaultDeck(),
  custom: false,
  undo: null,
  replace: (slides, what = t(m.whatImport)) => deckStream.dispatch({ type: 'deck/replace', slides, what }),
  adopt: (slides, custom) => deckStream.dispatch({ type: 'deck/load', slides, custom }, 'storage'),
  add: (slide, afterIndex) => deckStream.dispatch({ type: 'deck/add', slide, afterIndex }),
  update: (index, patch, seen) => {
    const slide = useDeckStore.getState().slides[index];
    if (slide) deckStream.dispatch({ type: 'deck/update', id: slide.id, patch, ...(seen ? { seen } : {}) });
  },
  move: (index, delta) => deckStream.dispatch({ type: 'deck/move', index, delta }),
  remove: (index) => deckStream.dispatch({ type: 'deck/remove', index }),
  reset: () => deckStream.dispatch({ type: 'deck/reset' }),
  undoReplace: () => deckStream.dispatch({ type: 'deck/undo' }),
}));

const deckStream = createActionStream<DeckData, DeckAction>({
  get: () => {
    const { slides, custom, undo } = useDeckStore.getState();
    return { slides, custom, undo };
  },
  set: (state) => useDeckStore.setState(state),
  update: deckUpdate,
});

export function dispatchDeck(action: DeckAction, origin: Origin = 'local'): void {
  deckStream.dispatch(action, origin);
}

/** Hears every deck action that changed the deck; returns the function that stops it. */
export function listenDeck(name: string, listener: ActionListener<DeckData, DeckAction>): () => void {
  return deckStream.listen(name, listener);
}
