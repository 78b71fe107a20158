/**
 * The whole-content check of the boundaries kept in IndexedDB (the header alone proved nothing: a
 * record with a valid header and a hollow topology, or with its arcs cut in half, used to stop every
 * screen). A record is usable only if every object is there and well formed, every arc index points
 * at an arc, every coordinate is a finite number, every ring is closed, the 35 units are all present
 * in the topology and in the meta, and it decodes. The first problem found is named.
 */
import '../lib/zodSetup'; // before any schema is built
import * as z from 'zod';
import type { Topology } from 'topojson-specification';
import { decodeGeo, type GeoData } from '../geo/geoData';
import { CITY_OBJECT, TOWNS_OBJECT, ZONES_OBJECT, type GeoMeta } from '../geo/types';
import { TOWN_NAMES } from '../towns/townFacts';
import type { Verdict } from '../lib/savedRecord';

export const SAVED_BOUNDARIES_VERSION = 1;

export interface SavedBoundaries {
  version: typeof SAVED_BOUNDARIES_VERSION;
  savedAt: string;
  fileName: string;
  topology: Topology;
  meta: GeoMeta;
}

const finite = z.number().finite();
const pair = z.tuple([finite, finite]);
const bbox = z.tuple([finite, finite, finite, finite]);

const metaSchema = z.looseObject({
  source: z.looseObject({ file: z.string(), attribution: z.string() }),
  cityAreaKm2: finite,
  cityBbox: bbox,
  towns: z.array(
    z.looseObject({
      name: z.string(),
      code: z.string(),
      type: z.string(),
      areaKm2: finite,
      label: pair,
      bbox,
      centroid: pair.optional(),
      neighbours: z.array(z.looseObject({ name: z.string(), sharedBorderKm: finite })),
    }),
  ),
  overlaps: z.array(z.looseObject({ a: z.string(), b: z.string(), areaKm2: finite })),
  zones: z.array(z.looseObject({ elementId: z.string(), unionAreaKm2: finite, wholeAreaKm2: finite })),
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFinite2 = (p: unknown) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** Arc indices of one geometry (Polygon: rings of indices; MultiPolygon: polygons of rings). */
function checkGeometry(g: unknown, arcCount: number, where: string): string | null {
  if (!isObject(g)) return `${where} 不是几何对象`;
  const ringsOf = (rings: unknown, at: string): string | null => {
    if (!Array.isArray(rings) || rings.length === 0) return `${at} 没有环`;
    for (const [r, ring] of rings.entries()) {
      if (!Array.isArray(ring) || ring.length === 0) return `${at} 第 ${r + 1} 个环是空的`;
      for (const i of ring) {
        if (!Number.isInteger(i)) return `${at} 的弧编号 ${JSON.stringify(i)} 不是整数`;
        const index = i < 0 ? ~i : i;
        if (index >= arcCount) return `${at} 引用第 ${index} 条弧，但只有 ${arcCount} 条弧（弧被截断）`;
      }
    }
    return null;
  };
  switch (g.type) {
    case null:
    case undefined:
      return g.arcs === undefined ? null : `${where} 缺少类型`;
    case 'Polygon':
      return ringsOf(g.arcs, where);
    case 'MultiPolygon': {
      if (!Array.isArray(g.arcs) || g.arcs.length === 0) return `${where} 没有多边形`;
      for (const [p, polygon] of g.arcs.entries()) {
        const problem = ringsOf(polygon, `${where} 第 ${p + 1} 部分`);
        if (problem) return problem;
      }
      return null;
    }
    case 'GeometryCollection': {
      if (!Array.isArray(g.geometries)) return `${where} 的 geometries 不是数组`;
      for (const [k, inner] of g.geometries.entries()) {
        const problem = checkGeometry(inner, arcCount, `${where} 第 ${k + 1} 个几何`);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return `${where} 的类型 ${JSON.stringify(g.type)} 不是面`;
  }
}

function checkTopology(t: unknown): string | null {
  if (!isObject(t) || t.type !== 'Topology') return '拓扑（topology）缺失或不是 Topology';
  if (!Array.isArray(t.arcs)) return '拓扑中没有弧（arcs）';
  if (t.arcs.length === 0) return '拓扑是空的（没有弧）';
  for (const [a, arc] of t.arcs.entries()) {
    if (!Array.isArray(arc) || arc.length < 2) return `第 ${a} 条弧少于两个点（弧被截断）`;
    for (const p of arc) if (!isFinite2(p)) return `第 ${a} 条弧有坐标不是有限数：${JSON.stringify(p)?.slice(0, 40)}`;
  }
  if (t.transform !== undefined) {
    const tr = t.transform as { scale?: unknown; translate?: unknown };
    if (!isObject(tr) || !isFinite2(tr.scale) || !isFinite2(tr.translate)) return '拓扑的坐标变换（transform）不完整';
  }
  if (!isObject(t.objects)) return '拓扑中没有对象（objects）';
  for (const name of [TOWNS_OBJECT, CITY_OBJECT]) if (!isObject(t.objects[name])) return `拓扑中缺少对象「${name}」（内容是空的）`;
  for (const [name, object] of Object.entries(t.objects)) {
    if (!isObject(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) return `对象「${name}」不是几何集合`;
    if (name !== ZONES_OBJECT && object.geometries.length === 0) return `对象「${name}」是空的`;
    const problem = checkGeometry(object, t.arcs.length, `对象「${name}」`);
    if (problem) return problem;
  }
  return null;
}

/** Every ring of every decoded feature: at least four finite points, first equal to last. */
function checkRings(geo: GeoData): string | null {
  const all = [...geo.towns.features, ...geo.zones.values(), geo.city];
  for (const f of all) {
    const name = (f.properties as { name?: string } | null)?.name ?? '区域';
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : null;
    if (!polygons) return `${name} 的几何不是面`;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        if (ring.length < 4) return `${name} 有一个环少于 4 个点`;
        for (const p of ring) if (!isFinite2(p)) return `${name} 有坐标不是有限数`;
        const [a, b] = [ring[0], ring[ring.length - 1]];
        if (a[0] !== b[0] || a[1] !== b[1]) return `${name} 有一个环没有闭合`;
      }
    }
  }
  return null;
}

function describeZod(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.map(String).join(' › ');
  const more = error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处问题）` : '';
  return `${path ? `${path}：` : ''}${issue.message}${more}`;
}

export type CheckedBoundaries = { saved: SavedBoundaries; geo: GeoData };

/** The whole-content check; on success the decoded boundaries come with it (decoded once). */
export function checkSavedBoundaries(value: unknown): Verdict<CheckedBoundaries> {
  if (!isObject(value)) return { ok: false, reason: '记录不是一个对象' };
  if (value.version !== SAVED_BOUNDARIES_VERSION) return { ok: false, reason: `版本 ${String(value.version)}，应为 ${SAVED_BOUNDARIES_VERSION}` };
  if (typeof value.fileName !== 'string') return { ok: false, reason: '缺少文件名（fileName）' };
  const topologyProblem = checkTopology(value.topology);
  if (topologyProblem) return { ok: false, reason: topologyProblem };
  const meta = metaSchema.safeParse(value.meta, { error: z.locales.zhCN().localeError });
  if (!meta.success) return { ok: false, reason: `说明信息（meta）不完整：${describeZod(meta.error)}` };
  const topology = value.topology as Topology;
  const townsObject = topology.objects[TOWNS_OBJECT] as { geometries: { properties?: { name?: unknown } }[] };
  const inTopology = new Set(townsObject.geometries.map((g) => g.properties?.name));
  const inMeta = new Set(meta.data.towns.map((t) => t.name));
  const missing = TOWN_NAMES.filter((n) => !inTopology.has(n));
  if (missing.length > 0) return { ok: false, reason: `拓扑中缺少 ${missing.length} 个镇街（${missing.slice(0, 3).join('、')}${missing.length > 3 ? '等' : ''}）` };
  const missingMeta = TOWN_NAMES.filter((n) => !inMeta.has(n));
  if (missingMeta.length > 0) return { ok: false, reason: `说明信息中缺少 ${missingMeta.length} 个镇街（${missingMeta.slice(0, 3).join('、')}${missingMeta.length > 3 ? '等' : ''}）` };
  const geo = decodeGeo(topology, value.meta as GeoMeta);
  const ringProblem = checkRings(geo);
  if (ringProblem) return { ok: false, reason: ringProblem };
  return { ok: true, value: { saved: value as unknown as SavedBoundaries, geo } };
}
