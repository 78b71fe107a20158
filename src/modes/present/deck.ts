/**
 * The deck model: plain functions for moving through a deck and editing it. Slide numbers are
 * 1-based, as in the URL (#/present/3) and the `3 / 12` counter.
 */
import { create } from 'zustand';
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
  update: (index: number, patch: Partial<Omit<Slide, 'id'>>) => void;
  move: (index: number, delta: number) => void;
  remove: (index: number) => void;
  /** Back to the built-in briefing (the saved copy is removed); can be undone. */
  reset: () => void;
  /** Puts back the deck from before the last import or restore. */
  undoReplace: () => void;
}

export const useDeckStore = create<DeckState>((set) => ({
  slides: buildDefaultDeck(),
  custom: false,
  undo: null,
  replace: (slides, what = '导入') =>
    set((s) => ({
      slides: slides.length > 0 ? [...slides] : buildDefaultDeck(),
      custom: slides.length > 0,
      undo: { slides: s.slides, custom: s.custom, what },
    })),
  adopt: (slides, custom) => set({ slides: slides.length > 0 ? [...slides] : buildDefaultDeck(), custom: custom && slides.length > 0 }),
  add: (slide, afterIndex) => set((s) => ({ slides: insertSlide(s.slides, slide, afterIndex), custom: true, undo: null })),
  update: (index, patch) => set((s) => ({ slides: updateSlide(s.slides, index, patch), custom: true, undo: null })),
  move: (index, delta) => set((s) => ({ slides: moveSlide(s.slides, index, delta), custom: true, undo: null })),
  remove: (index) => set((s) => ({ slides: removeSlide(s.slides, index), custom: true, undo: null })),
  reset: () => set((s) => ({ slides: buildDefaultDeck(), custom: false, undo: { slides: s.slides, custom: s.custom, what: '恢复默认' } })),
  undoReplace: () => set((s) => (s.undo ? { slides: s.undo.slides, custom: s.undo.custom, undo: null } : s)),
}));
