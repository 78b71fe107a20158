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

const townName = z.string().refine((v) => TOWNS.has(v), { error: (iss) => `“${String(iss.input)}”不是东莞的镇街名称（须用全称，如“长安镇”）` });
const layerId = z.string().refine(isKnownLayer, { error: (iss) => `图层“${String(iss.input)}”不存在` });

const lon = z.number().min(112.5).max(115);
const lat = z.number().min(22).max(24);

const cameraSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('city') }),
    z.strictObject({ kind: z.literal('towns'), towns: z.array(townName).min(1, { error: '至少要有一个镇街' }) }),
    z.strictObject({
      kind: z.literal('bounds'),
      bounds: z
        .tuple([lon, lat, lon, lat])
        .refine(([w, s, e, n]) => w < e && s < n, { error: '范围须为 [西, 南, 东, 北]，且西 < 东、南 < 北' }),
    }),
  ],
  { error: '镜头 camera.kind 须为 city（全市）、towns（镇街）或 bounds（范围）之一' },
);

const quotaSchema = z.strictObject({
  field: z.enum(METRICS as unknown as [Metric, ...Metric[]], { error: '指标 field 须为 discovery 或 landing' }),
  measure: z.enum(MEASURES as unknown as [Measure, ...Measure[]], { error: '口径 measure 须为 quota、actual 或 rate' }),
  year: z.union(
    YEARS.map((y) => z.literal(y)),
    { error: `年份 year 须为 ${YEARS.join('、')} 之一` },
  ),
});

const TABLE_IDS = new Set(TARGET_TABLES.map((t) => t.id));
const figureSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('plan-periods') }),
    z.strictObject({
      kind: z.literal('target-table'),
      table: z.string().refine((id) => TABLE_IDS.has(id), { error: (iss) => `目标表“${String(iss.input)}”不存在（可用：${[...TABLE_IDS].join('、')}）` }),
    }),
  ],
  { error: '图表 figure.kind 须为 plan-periods（规划期）或 target-table（目标表）' },
);

/** A slide as read from a file: the id may be missing (one is assigned). */
const slideSchema = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  title: z.string({ error: '缺少标题 title（文字）' }).max(MAX_TITLE, { error: `标题不能超过 ${MAX_TITLE} 个字符` }),
  caption: z.string({ error: '缺少说明 caption（文字）' }).max(MAX_CAPTION, { error: `说明不能超过 ${MAX_CAPTION} 个字符` }),
  notes: z.string({ error: '讲稿备注 notes 须为文字' }).max(MAX_NOTES, { error: `讲稿备注不能超过 ${MAX_NOTES} 个字符` }).optional(),
  layers: z.array(layerId, { error: '缺少图层列表 layers' }),
  camera: cameraSchema,
  highlight: z.array(townName).default([]),
  quota: quotaSchema.nullable().default(null),
  figure: figureSchema.optional(),
});

export const deckFileSchema = z.strictObject({
  format: z.literal(DECK_FORMAT, { error: `format 须为 “${DECK_FORMAT}”` }),
  schemaVersion: z.literal(DECK_VERSION),
  exportedAt: z.string().optional(),
  slides: z
    .array(slideSchema, { error: '缺少幻灯片列表 slides' })
    .min(1, { error: '至少要有一张幻灯片' })
    .max(MAX_SLIDES, { error: `最多 ${MAX_SLIDES} 张幻灯片` }),
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
