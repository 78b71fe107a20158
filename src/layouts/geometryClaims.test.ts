import { describe, expect, it } from 'vitest';
import { appGeo } from '../../tests/fixtures/appGeo';
import { TOWN_NAMES, resolveTownName } from '../towns/townFacts';
import { LAYOUT_ELEMENTS } from '../plans/builtin';
import { elementById } from './queries';

/**
 * A description may only claim a position or a neighbour the map can show. The geo build's label
 * points and neighbour lists (geo/build/towns.meta.json, made by `npm run geo`) are the judge.
 */

const geo = appGeo();
const label = new Map(geo.meta.towns.map((t) => [t.name, t.label]));
const mean = (towns: readonly string[]) => {
  const pts = towns.map((t) => label.get(t)!);
  return [pts.reduce((a, p) => a + p[0], 0) / pts.length, pts.reduce((a, p) => a + p[1], 0) / pts.length];
};
const cityCentre = mean(TOWN_NAMES);

type Direction = '东' | '西' | '南' | '北' | '东南' | '西北';

/** Every compass claim a description makes, written by hand from the descriptions. */
const POSITION_CLAIMS: { id: string; words: string; direction: Direction; towns?: string[]; relativeTo?: string[] }[] = [
  { id: 'belt-west', words: '全市西部', direction: '西' },
  { id: 'belt-east', words: '全市东部', direction: '东' },
  { id: 'pianqu-shuixiang', words: '西北部', direction: '西北' },
  { id: 'pianqu-dongbu', words: '东部', direction: '东' },
  { id: 'pianqu-linshen', words: '东南部', direction: '东南' },
  { id: 'pianqu-chengqu', words: '北侧的高埗、石碣', direction: '北', towns: ['高埗', '石碣'], relativeTo: ['莞城', '南城', '东城', '万江'] },
];

function holds(direction: Direction, [x, y]: number[], [cx, cy]: number[]): boolean {
  const east = x > cx;
  const north = y > cy;
  switch (direction) {
    case '东':
      return east;
    case '西':
      return !east;
    case '南':
      return !north;
    case '北':
      return north;
    case '东南':
      return east && !north;
    case '西北':
      return !east && north;
  }
}

const full = (names: string[]) => names.map((n) => resolveTownName(n)!);

describe('descriptions claim only what the map can show', () => {
  it('has the built geometry to check against', () => {
    expect(geo.meta.towns).toHaveLength(35);
  });

  for (const claim of POSITION_CLAIMS) {
    it(`${claim.id}: “${claim.words}” holds on the label points`, () => {
      const e = elementById(claim.id)!;
      expect(e.description).toContain(claim.words);
      const towns = claim.towns ? full(claim.towns) : e.members.map((m) => m.town);
      const centre = claim.relativeTo ? mean(full(claim.relativeTo)) : cityCentre;
      expect(holds(claim.direction, mean(towns), centre)).toBe(true);
    });
  }

  it('makes no other compass claim than the ones checked above', () => {
    // Names (the plan's regions and parks, Shenzhen's own axis) are not position claims of ours.
    const names = [...LAYOUT_ELEMENTS.map((e) => e.nameZh), '东部产业园片区', '东南临深片区', '南部镇街', '深圳西部'];
    const strip = (text: string) => names.reduce((t, n) => t.split(n).join(''), text).replace(/^[北中南]部以/, '');
    const checked = new Set(POSITION_CLAIMS.map((c) => c.id));
    for (const e of LAYOUT_ELEMENTS.filter((x) => !checked.has(x.id))) {
      expect(strip(e.description), e.id).not.toMatch(/[东西南北]部|[东西南北]侧|东南|西北|东北|西南/);
    }
  });

  it('claims no border with a neighbouring city, a river bank or a coast (the map shows none of them)', () => {
    for (const e of LAYOUT_ELEMENTS) {
      expect(e.description, e.id).not.toMatch(/(深圳|惠州|广州)[^，。；]{0,6}(相邻|接壤|交界|隔江)|(相邻|接壤|交界|隔江)[^，。；]{0,6}(深圳|惠州|广州)|沿东江|珠江口|沿海/);
    }
  });

  it('东莞生态园 has no edge on the city boundary: all its borders are with other units', () => {
    const eco = geo.meta.towns.find((t) => t.name === '东莞生态园')!;
    expect(eco.neighbours.map((n) => n.name).sort()).toEqual(['东坑镇', '寮步镇', '横沥镇', '石排镇', '茶山镇'].sort());
    expect(elementById('base-east-intelligent')!.description).not.toMatch(/东江|惠州/);
  });
});
