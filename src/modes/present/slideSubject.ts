/**
 * What a slide is about, so it can be drawn on top, labelled and framed: the layout elements it
 * presents and the towns they sit in. A slide that highlights towns is about the newest of its
 * layers that lies within them (the base slides add one base at a time); a slide with layers and
 * no highlight is about all its layers; a slide without layers is about the whole city.
 */
import { elementById } from '../../layouts/queries';
import { TOWN_NAMES } from '../../towns/townFacts';
import type { Slide } from './slide';

export interface SlideSubject {
  /** Layout element ids, in the slide's order. */
  elements: string[];
  /** Full town names. */
  towns: string[];
}

const townsOf = (id: string) => [...new Set(elementById(id)?.members.map((m) => m.town) ?? [])];

export function slideSubject(slide: Slide): SlideSubject {
  const known = slide.layers.filter((id) => elementById(id));
  if (known.length === 0) return { elements: [], towns: slide.highlight.length > 0 ? [...slide.highlight] : [...TOWN_NAMES] };
  if (slide.highlight.length > 0) {
    const within = known.filter((id) => townsOf(id).every((t) => slide.highlight.includes(t)));
    const newest = within[within.length - 1];
    if (newest) return { elements: [newest], towns: townsOf(newest) };
  }
  return { elements: known, towns: [...new Set(known.flatMap(townsOf))] };
}
