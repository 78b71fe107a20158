import { describe, expect, it } from 'vitest';
import { rankOf } from './townRank';

describe('rank among units', () => {
  it('ranks higher values first and lets ties share a rank', () => {
    const values = { a: 25, b: 5, c: 5, d: 12, e: null };
    expect(rankOf(values, 'a')).toEqual({ rank: 1, of: 4 });
    expect(rankOf(values, 'd')).toEqual({ rank: 2, of: 4 });
    expect(rankOf(values, 'b')).toEqual({ rank: 3, of: 4 });
    expect(rankOf(values, 'c')).toEqual({ rank: 3, of: 4 });
  });

  it('does not rank a unit without a value', () => {
    expect(rankOf({ a: 1, e: null }, 'e')).toBeNull();
    expect(rankOf({ a: 1 }, 'zz')).toBeNull();
  });
});
