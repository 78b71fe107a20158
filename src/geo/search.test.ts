import { describe, expect, it } from 'vitest';
import { searchTowns } from './search';

const names = (q: string) => searchTowns(q).map((t) => t.name);

describe('town search', () => {
  it('finds a unit by part of its Chinese name', () => {
    expect(names('长安')[0]).toBe('长安镇');
    expect(names('松山')).toEqual(['松山湖管委会']);
    expect(names('街道')).toHaveLength(4);
  });

  it('puts names that start with the query before names that contain it', () => {
    const hits = names('石');
    expect(hits.slice(0, 3).every((n) => n.startsWith('石'))).toBe(true);
  });

  it('finds by pinyin and by division code, and nothing for blank or unknown input', () => {
    expect(names('humen')).toEqual(['虎门镇', '虎门港管委会']);
    expect(names('441900119')).toEqual(['长安镇']);
    expect(names('  ')).toEqual([]);
    expect(names('北京')).toEqual([]);
    expect(names('<script>')).toEqual([]);
  });

  it('finds 滨海湾新区, which holds quotas but has no polygon, by name, short name and code', () => {
    expect(names('滨海湾')).toEqual(['滨海湾新区']);
    expect(names('441900404')).toEqual(['滨海湾新区']);
  });
});
