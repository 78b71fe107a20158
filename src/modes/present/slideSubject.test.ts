import { describe, expect, it } from 'vitest';
import { elementById } from '../../layouts/queries';
import { TOWN_NAMES } from '../../towns/townFacts';
import { buildDefaultDeck } from './defaultDeck';
import { slideSubject } from './slideSubject';

const deck = buildDefaultDeck();
const byId = (id: string) => deck.find((s) => s.id === id)!;

describe('slideSubject: what each default slide is about', () => {
  it('a base slide is about its own base, not the bases shown before it', () => {
    const bases = deck.filter((s) => s.id.startsWith('fyp14-base-'));
    expect(bases.length).toBeGreaterThan(1);
    for (const slide of bases) {
      const id = slide.id.replace(/^fyp14-/, '');
      expect(slideSubject(slide).elements, slide.title).toEqual([id]);
    }
    // The two bases in the same unit (生态园) still get their own subject each.
    const subjects = bases.map((s) => slideSubject(s).elements[0]);
    expect(new Set(subjects).size).toBe(bases.length);
  });

  it('the core slide is about the core, the belts slide about its layers, the city slide about all units', () => {
    const core = slideSubject(byId('plan2018-core'));
    expect(core.elements).toHaveLength(1);
    expect(elementById(core.elements[0])!.kind).toBe('core');
    expect(slideSubject(byId('plan2018-belts')).elements).toEqual(byId('plan2018-belts').layers);
    expect(slideSubject(byId('city'))).toEqual({ elements: [], towns: TOWN_NAMES });
  });
});
