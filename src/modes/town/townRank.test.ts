import { describe, expect, it } from 'vitest';
import { rankOf, rankSentence } from './townRank';

describe('rank among units', () => {
  it('ranks higher values first and lets ties share a rank, counting the tie', () => {
    const values = { a: 25, b: 5, c: 5, d: 12, e: null };
    expect(rankOf(values, 'a')).toMatchObject({ kind: 'ranked', rank: 1, of: 4, tiedWith: 1 });
    expect(rankOf(values, 'd')).toMatchObject({ kind: 'ranked', rank: 2, of: 4, tiedWith: 1 });
    expect(rankOf(values, 'b')).toMatchObject({ kind: 'ranked', rank: 3, of: 4, tiedWith: 2, value: 5 });
    expect(rankOf(values, 'c')).toEqual(rankOf(values, 'b'));
  });

  it('says "并列第 2" with the size of the tie when 34 units share a value', () => {
    const values: Record<string, number | null> = { 松山湖: 25 };
    for (let i = 0; i < 34; i++) values[`u${i}`] = 5;
    const sentence = rankSentence(rankOf(values, 'u3'));
    expect(sentence).toContain('并列第 2 位');
    expect(sentence).toContain('共 34 个镇街同为 5');
    expect(rankSentence(rankOf(values, '松山湖'))).toMatch(/^第 1 位/);
  });

  it('gives no rank when every value is equal', () => {
    const rank = rankOf({ a: 5, b: 5, c: null }, 'a');
    expect(rank.kind).toBe('allEqual');
    expect(rankSentence(rank)).toContain('同为 5，不排名');
  });

  it('does not rank a unit without a value, and names the units without one', () => {
    expect(rankOf({ a: 1, e: null }, 'e').kind).toBe('unset');
    expect(rankOf({ a: 1 }, 'zz').kind).toBe('unset');
    expect(rankSentence(rankOf({ a: 1, b: 2, e: null, f: null }, 'a'))).toContain('未设：e、f');
  });
});
