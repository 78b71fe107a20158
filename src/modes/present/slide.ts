/**
 * A presenter slide is data: what the map shows (layers, highlighted towns, quota fill) and where
 * the camera goes, with a title and a caption. The deck file format (export, import and the copy
 * saved in the browser) is checked with zod, with messages that name the slide and the problem.
 */
import '../../lib/zodSetup'; // before any schema is built
import * as z from 'zod';
import { elementById } from '../../layouts/queries';
import { METRICS, YEARS, type Metric, type Year } from '../../quotas/model';
import type { Measure } from '../../quotas/choropleth';
import { TOWN_NAMES } from '../../towns/townFacts';
import { TARGET_TABLES } from '../../targets/targets';
import { deckFileMessages as m } from '../../i18n/catalogue/present';
import { joinList, t } from '../../i18n/messages';

export type SlideCamera =
  | { kind: 'city' }
  | { kind: 'towns'; towns: string[] }
  /** [west, south, east, north] in degrees (WGS-84). */
  | { kind: 'bounds'; bounds: [number, number, number, number] };

export interface SlideQuota {
  field: Metric;
  measure: Measure;
  year: Year;
}

/**
 * A chart or table from the 规划目标 view (#/targets) that a slide holds over its map: the plan
 * periods' timeline, or one of the target tables (by id, src/targets/targets.ts TARGET_TABLES).
 */
export type SlideFigure = { kind: 'plan-periods' } | { kind: 'target-table'; table: string };

export interface Slide {
  /** Stable within a deck (React keys, editing); not shown. */
  id: string;
  title: string;
  caption: string;
  /** Speaker notes: shown in the presenter console and in the PowerPoint notes, never to the room. */
  notes?: string;
  /** Visible layout element ids (of any plan in the catalog, src/plans/catalog.ts). */
  layers: string[];
  camera: SlideCamera;
  /** Towns drawn as selected. */
  highlight: string[];
  /** The quota choropleth, or null for the plain map. */
  quota: SlideQuota | null;
  /** A chart or table shown on the slide, over the map (the figures stay legible from the back of a room). */
  figure?: SlideFigure;
}

export const DECK_FORMAT = 'dgmap-deck';
export const DECK_VERSION = 1;
const MAX_SLIDES = 200;
export const MAX_TITLE = 120;
export const MAX_CAPTION = 500;
export const MAX_NOTES = 4000;

const MEASURES: readonly Measure[] = ['quota', 'actual', 'rate'];
const TOWNS = new Set(TOWN_NAMES);

export const isKnownLayer = (id: string) => elementById(id) !== undefined;

const townName = z.string().refine((v) => TOWNS.has(v), { error: (iss) => t(m.notTown, { input: String(iss.input) }) });
const layerId = z.string().refine(isKnownLayer, { error: (iss) => t(m.noLayer, { input: String(iss.input) }) });

const lon = z.number().min(112.5).max(115);
const lat = z.number().min(22).max(24);

const cameraSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('city') }),
    z.strictObject({ kind: z.literal('towns'), towns: z.array(townName).min(1, { error: () => t(m.oneTown) }) }),
    z.strictObject({
      kind: z.literal('bounds'),
      bounds: z
        .tuple([lon, lat, lon, lat])
        .refine(([w, s, e, n]) => w < e && s < n, { error: () => t(m.boundsOrder) }),
    }),
  ],
  { error: () => t(m.cameraKind) },
);

const quotaSchema = z.strictObject({
  field: z.enum(METRICS as unknown as [Metric, ...Metric[]], { error: () => t(m.field) }),
  measure: z.enum(MEASURES as unknown as [Measure, ...Measure[]], { error: () => t(m.measure) }),
  year: z.union(
    YEARS.map((y) => z.literal(y)),
    { error: () => t(m.year, { years: joinList(YEARS.map(String)) }) },
  ),
});

const TABLE_IDS = new Set(TARGET_TABLES.map((t) => t.id));
const figureSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('plan-periods') }),
    z.strictObject({
      kind: z.literal('target-table'),
      table: z.string().refine((id) => TABLE_IDS.has(id), { error: (iss) => t(m.noTable, { input: String(iss.input), tables: joinList([...TABLE_IDS]) }) }),
    }),
  ],
  { error: () => t(m.figureKind) },
);

/** A slide as read from a file: the id may be missing (one is assigned). */
const slideSchema = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  title: z.string({ error: () => t(m.noTitle) }).max(MAX_TITLE, { error: () => t(m.titleLong, { max: MAX_TITLE }) }),
  caption: z.string({ error: () => t(m.noCaption) }).max(MAX_CAPTION, { error: () => t(m.captionLong, { max: MAX_CAPTION }) }),
  notes: z.string({ error: () => t(m.notesText) }).max(MAX_NOTES, { error: () => t(m.notesLong, { max: MAX_NOTES }) }).optional(),
  layers: z.array(layerId, { error: () => t(m.noLayers) }),
  camera: cameraSchema,
  highlight: z.array(townName).default([]),
  quota: quotaSchema.nullable().default(null),
  figure: figureSchema.optional(),
});

export const deckFileSchema = z.strictObject({
  format: z.literal(DECK_FORMAT, { error: () => t(m.format, { format: DECK_FORMAT }) }),
  schemaVersion: z.literal(DECK_VERSION),
  exportedAt: z.string().optional(),
  slides: z
    .array(slideSchema, { error: () => t(m.noSlides) })
    .min(1, { error: () => t(m.oneSlide) })
    .max(MAX_SLIDES, { error: () => t(m.maxSlides, { max: MAX_SLIDES }) }),
});

let counter = 0;
/** A fresh id for a slide added by the user. */
export function newSlideId(): string {
  counter += 1;
  return `s-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** Gives every slide an id, replacing missing or repeated ones. */
export function withUniqueIds(slides: (Omit<Slide, 'id'> & { id?: string })[]): Slide[] {
  const seen = new Set<string>();
  return slides.map((s) => {
    const id = s.id && !seen.has(s.id) ? s.id : newSlideId();
    seen.add(id);
    return { ...s, id };
  });
}
