import { describe, expect, it } from 'vitest';
import { describeConflicts, mergeDecks } from './deckMerge';
import type { Slide } from './slide';

const s = (id: string, title = id): Slide => ({ id, title, caption: '', layers: [], camera: { kind: 'city' }, highlight: [], quota: null });
const base = ['a', 'b', 'c'].map((id) => s(id));
const ids = (slides: Slide[]) => slides.map((x) => x.id).join('');
const retitle = (slides: Slide[], id: string, title: string) => slides.map((x) => (x.id === id ? { ...x, title } : x));

describe('mergeDecks (two tabs editing one deck)', () => {
  it('keeps edits to different slides from both tabs', () => {
    const mine = retitle(base, 'a', '我的 A');
    const theirs = retitle(base, 'c', '他们的 C');
    const { slides, conflicts } = mergeDecks(base, mine, theirs);
    expect(slides.map((x) => x.title)).toEqual(['我的 A', 'b', '他们的 C']);
    expect(conflicts).toEqual([]);
  });

  it('keeps different fields of one slide edited in two tabs', () => {
    const mine = base.map((x) => (x.id === 'b' ? { ...x, caption: '我的说明' } : x));
    const theirs = base.map((x) => (x.id === 'b' ? { ...x, layers: ['core-songshanhu'] } : x));
    const b = mergeDecks(base, mine, theirs).slides[1];
    expect(b).toMatchObject({ caption: '我的说明', layers: ['core-songshanhu'] });
  });

  it('keeps slides added in both tabs, each after the slide it followed', () => {
    const mine = [base[0], s('m'), base[1], base[2]];
    const theirs = [...base, s('t')];
    expect(ids(mergeDecks(base, mine, theirs).slides)).toBe('ambct');
  });

  it('a slide deleted in one tab and left alone in the other is deleted', () => {
    expect(ids(mergeDecks(base, [base[0], base[2]], base).slides)).toBe('ac');
    expect(ids(mergeDecks(base, base, [base[1], base[2]]).slides)).toBe('bc');
  });

  it('a slide deleted in one tab but edited in the other is kept, and that is reported', () => {
    const { slides, conflicts } = mergeDecks(base, [base[0], base[2]], retitle(base, 'b', '改过的 B'));
    expect(slides.map((x) => x.title)).toEqual(['a', '改过的 B', 'c']);
    expect(conflicts).toHaveLength(1);
  });

  it('the same field changed in both tabs: this tab (the later save) wins, and the user is told', () => {
    const { slides, conflicts } = mergeDecks(base, retitle(base, 'a', '我的'), retitle(base, 'a', '他们的'));
    expect(slides[0].title).toBe('我的');
    expect(describeConflicts(conflicts)).toContain('「我的」标题两个窗口都改了');
  });

  it('a reorder in one tab survives an edit in the other', () => {
    const mine = [base[2], base[0], base[1]];
    const theirs = retitle(base, 'a', '他们的 A');
    const { slides } = mergeDecks(base, mine, theirs);
    expect(ids(slides)).toBe('cab');
    expect(slides[1].title).toBe('他们的 A');
    expect(ids(mergeDecks(base, theirs, mine).slides)).toBe('cab');
  });

  it('nothing to report: no sentence', () => {
    expect(describeConflicts([])).toBeNull();
  });
});
