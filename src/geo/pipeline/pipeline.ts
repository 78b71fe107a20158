/**
 * The boundary pipeline: one module, run by the geo build (geo/build.ts, under Node) and by the
 * boundary import's Web Worker (in the browser). Pure TypeScript, no Node or DOM imports.
 *
 *   match units → coordinate system (projected? GCJ-02/BD-09?) → rings (closure, repeats, winding,
 *   self-intersections) → snap → topology → neighbours, overlaps, duplicates, checks against the
 *   reference → zones, city outline, simplified topology, labels, bbox, distance table
 *
 * Every problem is a Finding with the unit's name and the place. Errors stop before any output.
 */
import { bbox, featureCollection } from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { TOWN_NAMES, townFact } from '../../towns/townFacts';
import { areaCountingOverlapsOnce } from '../area';
import { CITY_OBJECT, TOWNS_OBJECT, ZONES_OBJECT, type GeoMeta, type TownMeta } from '../types';
import { neighbourPairs, pointContacts, type NeighbourPair } from './adjacency';
import { OFFSET_CANDIDATES, PROJECTED_CANDIDATES, isGeographicWkt, unprojector, wktName, type Converter } from './crs';
import { distanceMatrix } from './distances';
import { Findings, type Finding } from './findings';
import { areaKm2, bboxesOverlap, centroid, findOverlaps, labelPoint, round, tripleOverlapKm2 } from './measure';
import { matchUnit } from './names';
import { cityOutline, SLIVER_M2 } from './outline';
import { dropRepeats, selfIntersections, signedRingArea, type PolygonCoords, type Ring } from './rings';
import { countVertices, simplifyToTolerance, simplifyTopology, type SimplifyResult } from './simplify';
import { snapVertices } from './snap';
import { polygonsOf, townFeature, type TownFeature } from './townFeature';
import { buildZones } from './zones';

/** Dongguan lies within about 113.5–114.3 °E, 22.6–23.2 °N; a little slack for the coast. */
export const DONGGUAN_RANGE = { minLon: 113.3, maxLon: 114.5, minLat: 22.4, maxLat: 23.4 };
export const EXPECTED_UNITS = TOWN_NAMES.length;
/** About as many vertices as the map needs at city scale (≈3,900 of 11,800 for the shared file); area error stays far under 0.5%. */
export const DEFAULT_TOLERANCE_M = 80;
/** Above this many vertices the input is thinned at PRESIMPLIFY_TOLERANCE_M before the checks that cost most. */
export const PRESIMPLIFY_ABOVE_VERTICES = 100_000;
export const PRESIMPLIFY_TOLERANCE_M = 2;
/**
 * Limits by what a file becomes, not its size on disk: a boundary file for 35 units has no business
 * holding more features or vertices than these (the source has 35 features and about 12,000
 * vertices); beyond them the work would freeze the tab, so the file is refused naming the count.
 */
export const MAX_FEATURES = 10_000;
export const MAX_VERTICES = 5_000_000;

export interface PipelineOptions {
  /** Shown in every message about the input as a whole. */
  fileName: string;
  /** The .prj text of a Shapefile, if there was one. */
  prj?: string;
  /**
   * The boundaries the input is compared with (areas, centroids, neighbours); none for the
   * reference itself. A function is called only once the input has passed its own checks.
   */
  reference?: Pick<GeoMeta, 'towns'> | null | (() => Pick<GeoMeta, 'towns'> | null);
  source: GeoMeta['source'];
  onProgress?: (stage: string, share: number) => void;
  /** Simplification tolerance in metres (the area error is held under 0.5% in any case). */
  toleranceM?: number;
  /** A unit whose area differs from the reference by more than this share is refused. */
  maxAreaChangeShare?: number;
  /** A unit whose centroid moved further than this against the reference (after any overall offset) is refused. */
  maxUnitShiftM?: number;
  /** An overall offset larger than this is a wrong coordinate system unless a known conversion removes it. */
  maxOverallOffsetM?: number;
  /** An overlap larger than this share of the smaller unit is a likely wrong geometry. */
  maxOverlapShare?: number;
  /** Limits on what the file holds (MAX_FEATURES, MAX_VERTICES by default). */
  maxFeatures?: number;
  maxVertices?: number;
}

export interface UnitMatchRow {
  index: number;
  given: string;
  unit: string | null;
  by?: 'name' | 'code';
  suggestion?: string | null;
}

export interface BoundaryReport {
  file: string;
  ok: boolean;
  units: UnitMatchRow[];
  /** The coordinate system found and the conversion made, in words. */
  crs: { found: string; conversion: string | null; offsetM: number | null };
  findings: Finding[];
  neighbourPairs: number;
  pointContacts: { a: string; b: string }[];
  overlaps: { a: string; b: string; areaKm2: number }[];
  snapped: number;
  simplification: Omit<SimplifyResult, 'topology'> | null;
  areas: { name: string; areaKm2: number; referenceKm2: number | null }[];
  cityAreaKm2: number | null;
}

export interface PipelineResult {
  report: BoundaryReport;
  /** Present only when there is no error. */
  topology?: Topology;
  meta?: GeoMeta;
  /** The checked full-resolution units (for the build's own report). */
  features?: TownFeature[];
  pairs?: NeighbourPair[];
}

const M_PER_DEG_LAT = 110574;
const mPerDegLon = (lat: number) => 111320 * Math.cos((lat * Math.PI) / 180);
const metres = (from: number[], to: number[]) => {
  const dx = (to[0] - from[0]) * mPerDegLon(from[1]);
  const dy = (to[1] - from[1]) * M_PER_DEG_LAT;
  return { dx, dy, d: Math.hypot(dx, dy) };
};
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface RawUnit {
  name: string;
  polygons: unknown[][][];
}

function mapCoordinates(units: { polygons: PolygonCoords[] }[], convert: Converter) {
  for (const u of units) for (const poly of u.polygons) for (const ring of poly) for (let i = 0; i < ring.length; i++) ring[i] = convert(ring[i]);
}

export function runPipeline(input: unknown, options: PipelineOptions): PipelineResult {
  const findings = new Findings();
  const file = options.fileName;
  const progress = options.onProgress ?? (() => {});
  const report: BoundaryReport = {
    file,
    ok: false,
    units: [],
    crs: { found: 'WGS-84 / CGCS2000 经纬度', conversion: null, offsetM: null },
    findings: findings.list,
    neighbourPairs: 0,
    pointContacts: [],
    overlaps: [],
    snapped: 0,
    simplification: null,
    areas: [],
    cityAreaKm2: null,
  };
  const stop = (): PipelineResult => ({ report });

  // 1. Units: which feature is which of the 35.
  progress('匹配镇街', 0.02);
  const collection = input as { type?: unknown; features?: unknown };
  if (!collection || typeof collection !== 'object' || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    findings.error('not-collection', `${file} 不是 GeoJSON FeatureCollection（缺少 "type": "FeatureCollection" 或 "features"）。请导出为 GeoJSON 要素集合。`);
    return stop();
  }
  const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
  const maxVertices = options.maxVertices ?? MAX_VERTICES;
  if (collection.features.length > maxFeatures) {
    findings.error('too-many-features', `${file} 有 ${collection.features.length.toLocaleString('en-US')} 个要素，超过上限 ${maxFeatures.toLocaleString('en-US')} 个（东莞只有 35 个镇街）。请只导出东莞的镇街边界。`);
    return stop();
  }
  const raw: RawUnit[] = [];
  const seen = new Map<string, number>();
  let collections = 0;
  (collection.features as unknown[]).forEach((item, index) => {
    const f = item as { properties?: Record<string, unknown>; geometry?: { type?: unknown; coordinates?: unknown } } | null;
    const match = matchUnit(f?.properties);
    if (match.unit === null) {
      report.units.push({ index, given: match.given, unit: null, suggestion: match.suggestion });
      findings.error('unknown-unit', `第 ${index + 1} 个要素“${match.given}”不是 35 个镇街之一${match.suggestion ? `；是否是“${match.suggestion}”？` : '（也没有可识别的区划代码）'}`);
      return;
    }
    report.units.push({ index, given: match.given, unit: match.unit, by: match.by });
    const name = match.unit;
    if (seen.has(name)) {
      findings.error('duplicate-name', `${name}：出现了两次（第 ${seen.get(name)! + 1} 和第 ${index + 1} 个要素）`, name);
      return;
    }
    seen.set(name, index);
    let type = f?.geometry?.type;
    // KML writes a multi-part unit as a MultiGeometry, which becomes a GeometryCollection of polygons.
    const members = type === 'GeometryCollection' ? (f?.geometry as { geometries?: unknown }).geometries : null;
    if (Array.isArray(members) && members.length > 0 && members.every((g: { type?: unknown } | null) => g?.type === 'Polygon' || g?.type === 'MultiPolygon')) {
      const parts = (members as { type: string; coordinates: unknown }[]).flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : (g.coordinates as unknown[])));
      f!.geometry = { type: 'MultiPolygon', coordinates: parts };
      type = 'MultiPolygon';
      collections++;
    }
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      findings.error('geometry-type', `${name}：几何类型应为 Polygon 或 MultiPolygon，实际是 ${String(type)}`, name);
      return;
    }
    const coords = f!.geometry!.coordinates;
    const polygons = (type === 'Polygon' ? [coords] : coords) as unknown[][][];
    if (!Array.isArray(polygons) || polygons.length === 0 || !polygons.every(Array.isArray)) {
      findings.error('empty-geometry', `${name}：几何为空`, name);
      return;
    }
    raw.push({ name, polygons });
  });
  if (collections > 0) findings.info('geometry-collection', `${collections} 个镇街的几何是由多个面组成的几何集合（GeometryCollection，KML 的 MultiGeometry），已按多面（MultiPolygon）读取`);
  const missing = TOWN_NAMES.filter((n) => !seen.has(n));
  if (missing.length > 0) findings.error('missing-units', `${file} 缺少 ${missing.length} 个镇街：${missing.join('、')}`);

  // 2. Positions must be pairs of numbers.
  const units: { name: string; polygons: PolygonCoords[] }[] = [];
  let vertices = 0;
  for (const u of raw) for (const poly of u.polygons) if (Array.isArray(poly)) for (const ring of poly) if (Array.isArray(ring)) vertices += ring.length;
  if (vertices > maxVertices) {
    findings.error('too-many-vertices', `${file} 的镇街边界共有 ${vertices.toLocaleString('en-US')} 个顶点，超过上限 ${maxVertices.toLocaleString('en-US')} 个。请先简化边界（例如 mapshaper -simplify 10%）后再导入。`);
    return stop();
  }
  for (const u of raw) {
    let bad: unknown = null;
    const isPosition = (p: unknown) => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
    for (const poly of u.polygons) {
      if (!Array.isArray(poly)) bad ??= poly;
      else
        for (const ring of poly) {
          if (!Array.isArray(ring)) bad ??= ring;
          else for (const p of ring) if (bad === null && !isPosition(p)) bad = p;
        }
    }
    if (bad !== null) {
      const isText = Array.isArray(bad) && (typeof bad[0] === 'string' || typeof bad[1] === 'string');
      findings.error(
        isText ? 'string-coordinates' : 'bad-coordinates',
        isText
          ? `${u.name}：${file} 中的坐标是文字 ${JSON.stringify(bad)}，不是数字。请在导出时把坐标存为数字（JSON 中不加引号）。`
          : `${u.name}：坐标 ${JSON.stringify(bad)} 不是一对数字`,
        u.name,
      );
      continue;
    }
    units.push({ name: u.name, polygons: (u.polygons as number[][][][]).map((poly) => poly.map((ring) => ring.map((p) => [p[0], p[1]]))) });
  }
  if (findings.errors.length > 0) return stop();

  // 3. Coordinate system: projected metres?
  progress('识别坐标系', 0.08);
  const samples = units.map((u) => u.polygons[0]?.[0]?.[0]).filter(Boolean) as number[][];
  const looksProjected = samples.some((p) => Math.abs(p[0]) > 360 || Math.abs(p[1]) > 90);
  const inRange = (p: number[]) => p[0] >= DONGGUAN_RANGE.minLon && p[0] <= DONGGUAN_RANGE.maxLon && p[1] >= DONGGUAN_RANGE.minLat && p[1] <= DONGGUAN_RANGE.maxLat;
  if (options.prj && !isGeographicWkt(options.prj)) {
    const convert = unprojector(options.prj);
    if (!convert) {
      findings.error('prj-unreadable', `${file}：.prj 中的坐标系“${wktName(options.prj)}”无法识别。请转换为 WGS-84 或 CGCS2000 经纬度后再导入。`);
      return stop();
    }
    mapCoordinates(units, convert);
    report.crs = { found: `${wktName(options.prj)}（.prj）`, conversion: `已按 .prj 从投影坐标（米）反算为经纬度`, offsetM: null };
    findings.info('reprojected', `坐标系：${wktName(options.prj)}（来自 .prj），已用 proj4 反算为 WGS-84 经纬度`);
  } else if (looksProjected && samples.every((p) => inRange([p[1], p[0]]))) {
    findings.error(
      'swapped-axes',
      `${file} 的坐标是（纬度, 经度）的顺序，例如 ${JSON.stringify(samples[0].map((v) => round(v, 5)))}：经度和纬度颠倒了，不是投影坐标。GeoJSON 要求先经度后纬度，请在导出时交换坐标顺序后再导入。`,
    );
    return stop();
  } else if (looksProjected) {
    const fits = PROJECTED_CANDIDATES.filter((c) => {
      const convert = unprojector(c.proj)!;
      return samples.every((p) => inRange(convert(p)));
    });
    if (fits.length === 0) {
      findings.error('unknown-projection', `${file} 的坐标是投影坐标（米，例如 ${JSON.stringify(samples[0])}），但不是可识别的 Web 墨卡托或 CGCS2000 高斯-克吕格分带。请附上 .prj，或转换为 WGS-84 经纬度。`);
      return stop();
    }
    const chosen = fits[0];
    mapCoordinates(units, unprojector(chosen.proj)!);
    report.crs = { found: chosen.name, conversion: `已用 proj4 从 ${chosen.code} 反算为 WGS-84 经纬度`, offsetM: null };
    findings.info('reprojected', `坐标系：${chosen.name}（按坐标数值判断），已用 proj4 反算为 WGS-84 经纬度`);
  }

  // 4. Ranges, closure, repeats, winding, self-intersections.
  progress('检查边界环', 0.15);
  let rewound = 0;
  let closed = 0;
  let repeats = 0;
  let holes = 0;
  for (const u of units) {
    const kept: PolygonCoords[] = [];
    u.polygons.forEach((poly, p) => {
      const rings: Ring[] = [];
      poly.forEach((ringIn, r) => {
        const what = r === 0 ? `第 ${p + 1} 部分的外环` : `第 ${p + 1} 部分的第 ${r} 个内环（洞）`;
        const outside = ringIn.find((pt) => !inRange(pt));
        if (outside) {
          findings.error('out-of-range', `${u.name}：${what}的坐标 ${JSON.stringify(outside.map((v) => round(v, 6)))} 不在东莞的经纬度范围内（文件是 WGS-84 经纬度吗？）`, u.name);
          return;
        }
        let ring = ringIn;
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (first[0] !== last[0] || first[1] !== last[1]) {
          ring = [...ring, [first[0], first[1]]];
          closed++;
        }
        const cleaned = dropRepeats(ring);
        ring = cleaned.ring;
        repeats += cleaned.dropped;
        if (ring.length < 4) {
          findings.error('short-ring', `${u.name}：${what}不足 3 个不同的点`, u.name, ring[0] as [number, number]);
          return;
        }
        const crossings = selfIntersections(ring);
        if (crossings.length > 0) {
          const at = [round(crossings[0][0], 6), round(crossings[0][1], 6)] as [number, number];
          if (crossings.length === 1) findings.error('bow-tie', `${u.name}：${what}呈“8”字形（蝴蝶结），边在一处交叉`, u.name, at);
          else findings.error('self-intersection', `${u.name}：${what}自相交，共 ${crossings.length} 处交叉`, u.name, at);
          return;
        }
        if (r > 0) holes++;
        const area = signedRingArea(ring);
        if (area > 0 !== (r === 0)) {
          rewound++;
          ring = [...ring].reverse();
        }
        rings.push(ring);
      });
      if (rings.length > 0) kept.push(rings);
    });
    u.polygons = kept;
  }
  if (closed) findings.info('closed', `${closed} 个未闭合的环已补上终点`);
  if (repeats) findings.info('repeats', `去掉了 ${repeats} 个连续重复的点`);
  if (rewound) findings.info('rewound', `${rewound} 个环的方向不符合 RFC 7946，已改为外环逆时针、内环顺时针`);
  if (holes) findings.info('holes', `有 ${holes} 个内环（洞），面积已扣除`);
  if (findings.errors.length > 0) return stop();

  // 5. Against the reference: an overall offset (a shifted coordinate system) and single moved units.
  progress('与参考边界比较', 0.25);
  const reference = typeof options.reference === 'function' ? options.reference() : options.reference;
  const refByName = new Map((reference?.towns ?? []).map((t) => [t.name, t]));
  const centroidsOf = () => new Map(units.map((u) => [u.name, centroid(townFeature(u.name, u.polygons))]));
  const offsetsAgainstReference = (cs: Map<string, [number, number]>, convert: Converter = (p) => p) =>
    [...cs].filter(([n]) => refByName.get(n)?.centroid).map(([n, c]) => ({ name: n, c, ...metres(refByName.get(n)!.centroid!, convert(c)) }));
  if (refByName.size > 0) {
    const maxOffset = options.maxOverallOffsetM ?? 100;
    let cs = centroidsOf();
    let offsets = offsetsAgainstReference(cs);
    const overall = (list: typeof offsets) => ({ dx: median(list.map((o) => o.dx)), dy: median(list.map((o) => o.dy)) });
    let m = overall(offsets);
    report.crs.offsetM = round(Math.hypot(m.dx, m.dy), 1);
    if (Math.hypot(m.dx, m.dy) > maxOffset) {
      const tried = OFFSET_CANDIDATES.map((c) => {
        const mm = overall(offsetsAgainstReference(cs, c.toWgs84));
        return { c, residual: Math.hypot(mm.dx, mm.dy) };
      }).sort((a, b) => a.residual - b.residual);
      const best = tried[0];
      const before = Math.hypot(m.dx, m.dy);
      if (best.residual < maxOffset / 2 && best.residual < before / 4) {
        mapCoordinates(units, best.c.toWgs84);
        report.crs = { found: best.c.name, conversion: `已从 ${best.c.code} 转换回 WGS-84`, offsetM: round(before, 1) };
        findings.info('offset-converted', `坐标整体偏移约 ${Math.round(before)} 米，与 ${best.c.name} 一致，已转换回 WGS-84（转换后与参考边界相差约 ${Math.round(best.residual)} 米）`);
        cs = centroidsOf();
        offsets = offsetsAgainstReference(cs);
        m = overall(offsets);
      } else {
        const dir = `${m.dx >= 0 ? '向东' : '向西'} ${Math.abs(Math.round(m.dx))} 米、${m.dy >= 0 ? '向北' : '向南'} ${Math.abs(Math.round(m.dy))} 米`;
        findings.error('overall-offset', `${file} 的边界相对参考边界整体偏移约 ${Math.round(before)} 米（${dir}），不是已知的 GCJ-02 或 BD-09 偏移。请确认坐标系是 WGS-84 或 CGCS2000 经纬度。`);
        return stop();
      }
    }
    const maxShift = options.maxUnitShiftM ?? 1000;
    for (const o of offsets) {
      const residual = Math.hypot(o.dx - m.dx, o.dy - m.dy);
      if (residual > maxShift) {
        findings.error('unit-moved', `${o.name}：质心相对参考边界移动了 ${(residual / 1000).toFixed(1)} 公里，其余镇街没有移动：几何可能错了`, o.name, [round(o.c[0], 5), round(o.c[1], 5)]);
      }
    }
  }

  // 6. Snap near-coincident vertices, then the topology and what is read from it.
  progress('吸附顶点、建立拓扑', 0.35);
  const snapped = snapVertices(units.map((u) => u.polygons));
  report.snapped = snapped;
  for (const u of units) {
    u.polygons = u.polygons
      .map((poly) => poly.map((ring) => dropRepeats(ring).ring).filter((ring) => ring.length >= 4))
      .filter((poly) => poly.length > 0);
  }
  findings.info('snapped', `吸附容差 1e-6°（约 0.1 米）：${snapped} 个顶点移到了相邻镇街的同一位置`);
  let features = units.map((u) => townFeature(u.name, u.polygons));
  let fullTopology = topology({ [TOWNS_OBJECT]: featureCollection(features as never) as FeatureCollection });
  // A dense file (a survey export, a densified line) is first thinned on the topology at a few metres:
  // shared borders stay shared, areas move by far less than the checks can see, and the costly steps
  // (overlaps, the dissolve) then run on a map-sized input.
  const vertexCount = countVertices(fullTopology);
  if (vertexCount > PRESIMPLIFY_ABOVE_VERTICES) {
    progress('预简化密集边界', 0.4);
    const thinned = simplifyTopology(fullTopology, PRESIMPLIFY_TOLERANCE_M);
    features = (topoFeature(thinned, thinned.objects[TOWNS_OBJECT] as GeometryCollection<{ name: string }>).features as unknown as TownFeature[]).map(
      (f) => townFeature(f.properties.name, polygonsOf(f)),
    );
    fullTopology = topology({ [TOWNS_OBJECT]: featureCollection(features as never) as FeatureCollection });
    findings.info('thinned', `输入有 ${vertexCount} 个顶点，先在拓扑上以 ${PRESIMPLIFY_TOLERANCE_M} 米容差预简化为 ${countVertices(fullTopology)} 个（相邻边界仍然重合）`);
  }
  const collectionOut = featureCollection(features as never) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const pairs = neighbourPairs(fullTopology, TOWNS_OBJECT);
  const contacts = pointContacts(features, pairs);
  report.neighbourPairs = pairs.length;
  report.pointContacts = contacts;

  progress('面积、重叠与重复', 0.45);
  const areaByName = new Map(features.map((f) => [f.properties.name, areaKm2(f)]));
  const allOverlaps = findOverlaps(features);
  const boxes = new Map(features.map((f) => [f.properties.name, bbox(f as never)]));
  const maxOverlapShare = options.maxOverlapShare ?? 0.2;
  const overlaps = allOverlaps.filter((o) => {
    const smaller = Math.min(areaByName.get(o.a)!, areaByName.get(o.b)!);
    const larger = Math.max(areaByName.get(o.a)!, areaByName.get(o.b)!);
    if (o.areaKm2 >= 0.95 * larger) {
      // The one whose area moved further from the reference is the one given the wrong geometry.
      const drift = (n: string) => (refByName.get(n) ? Math.abs(areaByName.get(n)! - refByName.get(n)!.areaKm2) / refByName.get(n)!.areaKm2 : 0);
      const [wrong, other] = drift(o.a) > drift(o.b) ? [o.a, o.b] : [o.b, o.a];
      findings.error('duplicate-geometry', `${wrong} 与 ${other} 的边界几乎相同（重叠 ${o.areaKm2} km²）：${wrong} 很可能用了 ${other} 的几何`, wrong);
      return false;
    }
    if (o.areaKm2 > maxOverlapShare * smaller) {
      const unit = areaByName.get(o.a)! < areaByName.get(o.b)! ? o.a : o.b;
      findings.error('wrong-geometry', `${o.a} 与 ${o.b} 重叠 ${o.areaKm2} km²，占较小者（${unit}）的 ${Math.round((100 * o.areaKm2) / smaller)}%：很可能是几何错误，而不是边界误差`, unit);
      return false;
    }
    return true;
  });
  report.overlaps = overlaps;
  // The summed areas subtract each pairwise overlap once; that is right only if no point lies in three units.
  const overlapping = new Set(allOverlaps.map((o) => `${o.a}|${o.b}`));
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const byName = new Map(features.map((f) => [f.properties.name, f]));
  const involved = [...new Set(allOverlaps.flatMap((o) => [o.a, o.b]))];
  for (let i = 0; i < involved.length; i++)
    for (let j = i + 1; j < involved.length; j++)
      for (let k = j + 1; k < involved.length; k++) {
        const [a, b, c] = [involved[i], involved[j], involved[k]];
        if (!overlapping.has(key(a, b)) || !overlapping.has(key(a, c)) || !overlapping.has(key(b, c))) continue;
        if (!bboxesOverlap(boxes.get(a)!, boxes.get(b)!)) continue;
        const km2 = tripleOverlapKm2(byName.get(a)!, byName.get(b)!, byName.get(c)!);
        if (km2 > 0.001) findings.error('triple-overlap', `${a}、${b}、${c} 三者重叠 ${round(km2, 3)} km²：面积汇总假定一处最多两个镇街重叠`, a);
      }

  // 7. Checks against the reference: areas and neighbours.
  const maxAreaChange = options.maxAreaChangeShare ?? 0.15;
  for (const f of features) {
    const name = f.properties.name;
    const a = areaByName.get(name)!;
    const ref = refByName.get(name);
    report.areas.push({ name, areaKm2: round(a, 2), referenceKm2: ref ? ref.areaKm2 : null });
    if (ref && Math.abs(a - ref.areaKm2) / ref.areaKm2 > maxAreaChange) {
      findings.error('area-changed', `${name}：面积 ${round(a, 1)} km²，参考边界为 ${ref.areaKm2} km²（相差 ${Math.round((100 * (a - ref.areaKm2)) / ref.areaKm2)}%，超过 ${Math.round(maxAreaChange * 100)}%）`, name);
    }
    const hasNeighbour = pairs.some((p) => p.a === name || p.b === name);
    if (!hasNeighbour) {
      const had = ref ? ref.neighbours.length > 0 : false;
      if (had) findings.error('no-neighbour', `${name}：没有任何相邻镇街（参考边界中有 ${ref!.neighbours.length} 个）`, name, labelPoint(f));
      else findings.warning('no-neighbour', `${name}：没有任何相邻镇街`, name, labelPoint(f));
    }
  }
  if (findings.errors.length > 0) return stop();

  // 8. What the app serves.
  progress('生成区域与轮廓', 0.6);
  const areaOf = (town: string) => round(areaByName.get(town)!, 2);
  const zones = buildZones(fullTopology, areaOf, overlaps);
  const city = cityOutline(features);
  if (city.droppedSlivers > 0) findings.info('slivers', `全市轮廓（所有镇街的合并）去掉了 ${city.droppedSlivers} 处小于 ${SLIVER_M2 / 1e4} 公顷的缝隙或碎片`);
  const served = topology({
    [TOWNS_OBJECT]: collectionOut,
    [ZONES_OBJECT]: zones.collection,
    [CITY_OBJECT]: { type: 'FeatureCollection', features: [city.outline] } as never,
  });
  progress('按容差简化', 0.7);
  const simplified = simplifyToTolerance(served, TOWNS_OBJECT, areaByName, options.toleranceM ?? DEFAULT_TOLERANCE_M);
  const { topology: servedTopology, ...simplification } = simplified;
  report.simplification = simplification;
  findings.info(
    'simplified',
    `按 ${simplification.toleranceM} 米容差在拓扑上简化：${simplification.verticesBefore} → ${simplification.verticesAfter} 个顶点，面积误差最大 ${(simplification.maxAreaErrorShare * 100).toFixed(2)}%（${simplification.worstUnit}）`,
  );

  progress('距离表', 0.85);
  const servedTowns = topoFeature(servedTopology, servedTopology.objects[TOWNS_OBJECT] as GeometryCollection<{ name: string }>)
    .features as { properties: { name: string }; geometry: Polygon | MultiPolygon }[];
  const order = servedTowns.map((f) => f.properties.name);
  const touchingPairs = new Set([...pairs.map((p) => key(p.a, p.b)), ...allOverlaps.map((o) => key(o.a, o.b))]);
  const km = distanceMatrix(
    servedTowns.map((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat())),
    (i, j) => touchingPairs.has(key(order[i], order[j])),
  );

  const towns: TownMeta[] = features.map((f) => {
    const name = f.properties.name;
    const fact = townFact(name)!;
    return {
      name,
      code: fact.code,
      type: fact.type,
      areaKm2: areaOf(name),
      label: labelPoint(f),
      centroid: centroid(f),
      bbox: bbox(f as never).map((v) => round(v, 5)) as TownMeta['bbox'],
      neighbours: pairs
        .filter((p) => p.a === name || p.b === name)
        .map((p) => ({ name: p.a === name ? p.b : p.a, sharedBorderKm: round(p.sharedBorderKm, 2) }))
        .sort((x, y) => y.sharedBorderKm - x.sharedBorderKm),
    };
  });
  const cityAreaKm2 = round(areaCountingOverlapsOnce(areaByName.keys(), areaOf, overlaps), 1);
  report.cityAreaKm2 = cityAreaKm2;
  const meta: GeoMeta = {
    source: options.source,
    cityAreaKm2,
    cityBbox: bbox(collectionOut).map((v) => round(v, 5)) as GeoMeta['cityBbox'],
    towns,
    overlaps,
    zones: zones.meta,
    distances: { units: order, km },
  };
  report.ok = true;
  progress('完成', 1);
  return { report, topology: servedTopology, meta, features, pairs };
}
