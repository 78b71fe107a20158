import { describe, expect, it } from 'vitest';
import { clampSlide, insertSlide, moveSlide, navigateTo, removeSlide, updateSlide } from './deck';
import type { Slide } from './slide';

const s = (id: string): Slide => ({ id, title: id, caption: '', layers: [], camera: { kind: 'city' }, highlight: [], quota: null });
const deck = ['a', 'b', 'c', 'd'].map(s);
const order = (slides: Slide[]) => slides.map((x) => x.id).join('');

describe('navigation', () => {
  it('next and prev stop at the ends', () => {
    expect(navigateTo({ type: 'next' }, 1, 4)).toBe(2);
    expect(navigateTo({ type: 'next' }, 4, 4)).toBe(4);
    expect(navigateTo({ type: 'prev' }, 2, 4)).toBe(1);
    expect(navigateTo({ type: 'prev' }, 1, 4)).toBe(1);
  });

  it('home, end and a jump', () => {
    expect(navigateTo({ type: 'first' }, 3, 4)).toBe(1);
    expect(navigateTo({ type: 'last' }, 1, 4)).toBe(4);
    expect(navigateTo({ type: 'jump', slide: 3 }, 1, 4)).toBe(3);
  });

  it('clamps a slide number outside the deck and says so', () => {
    expect(clampSlide(3, 4)).toEqual({ slide: 3, clamped: false });
    expect(clampSlide(99, 4)).toEqual({ slide: 4, clamped: true });
    expect(clampSlide(0, 4)).toEqual({ slide: 1, clamped: true });
    expect(clampSlide(-2, 4)).toEqual({ slide: 1, clamped: true });
    expect(navigateTo({ type: 'jump', slide: 40 }, 2, 4)).toBe(4);
  });
});

describe('editing', () => {
  it('inserts after a position', () => {
    expect(order(insertSlide(deck, s('x'), 1))).toBe('abxcd');
    expect(order(insertSlide(deck, s('x'), -1))).toBe('xabcd');
    expect(order(insertSlide(deck, s('x'), 10))).toBe('abcdx');
  });

  it('edits title and caption of one slide only', () => {
    const edited = updateSlide(deck, 2, { title: '新标题', caption: '新说明' });
    expect(edited[2]).toMatchObject({ id: 'c', title: '新标题', caption: '新说明' });
    expect(edited[1]).toBe(deck[1]);
    expect(deck[2].title).toBe('c');
  });

  it('moves up and down, and not past the ends', () => {
    expect(order(moveSlide(deck, 2, -1))).toBe('acbd');
    expect(order(moveSlide(deck, 0, 1))).toBe('bacd');
    expect(order(moveSlide(deck, 0, -1))).toBe('abcd');
    expect(order(moveSlide(deck, 3, 1))).toBe('abcd');
  });

  it('deletes, but never the last slide', () => {
    expect(order(removeSlide(deck, 1))).toBe('acd');
    expect(order(removeSlide([s('only')], 0))).toBe('only');
  });
});
