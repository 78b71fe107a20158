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
import { pipelineMessages as msg } from '../../i18n/catalogue/geo';
import { currentLanguage, type Language } from '../../i18n/language';
import { joinList, t, type Message, type MessageParams } from '../../i18n/messages';
import { nameIn } from '../../i18n/names';
import { crsNameIn } from './crs';

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
  /** The language of the findings and stages (default: the page's; a Web Worker must be told the page's). */
  language?: Language;
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
  const onProgress = options.onProgress ?? (() => {});
  const language = options.language ?? currentLanguage();
  const say = (message: Message, params?: MessageParams) => t(message, params, language);
  const progress = (stage: Message, share: number) => onProgress(say(stage), share);
  /** A unit's name in the findings: its own in Chinese, its pinyin in English. */
  const named = (name: string) => nameIn(name, townFact(name)?.pinyin, language);
  const crsName = (code: string, fallback: string) => crsNameIn(code, fallback, language);
  const report: BoundaryReport = {
    file,
    ok: false,
    units: [],
    crs: { found: say(msg.geographic), conversion: null, offsetM: null },
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
  progress(msg.stageMatch, 0.02);
  const collection = input as { type?: unknown; features?: unknown };
  if (!collection || typeof collection !== 'object' || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    findings.error('not-collection', say(msg.notCollection, { file }));
    return stop();
  }
  const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
  const maxVertices = options.maxVertices ?? MAX_VERTICES;
  if (collection.features.length > maxFeatures) {
    findings.error('too-many-features', say(msg.tooManyFeatures, { file, count: collection.features.length.toLocaleString('en-US'), max: maxFeatures.toLocaleString('en-US') }));
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
      findings.error(
        'unknown-unit',
        match.suggestion
          ? say(msg.unknownUnitSuggest, { index: index + 1, given: match.given, suggestion: named(match.suggestion) })
          : say(msg.unknownUnit, { index: index + 1, given: match.given }),
      );
      return;
    }
    report.units.push({ index, given: match.given, unit: match.unit, by: match.by });
    const name = match.unit;
    if (seen.has(name)) {
      findings.error('duplicate-name', say(msg.duplicateName, { name: named(name), first: seen.get(name)! + 1, second: index + 1 }), name);
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
      findings.error('geometry-type', say(msg.geometryType, { name: named(name), type: String(type) }), name);
      return;
    }
    const coords = f!.geometry!.coordinates;
    const polygons = (type === 'Polygon' ? [coords] : coords) as unknown[][][];
    if (!Array.isArray(polygons) || polygons.length === 0 || !polygons.every(Array.isArray)) {
      findings.error('empty-geometry', say(msg.emptyGeometry, { name: named(name) }), name);
      return;
    }
    raw.push({ name, polygons });
  });
  if (collections > 0) findings.info('geometry-collection', say(msg.geometryCollection, { count: collections }));
  const missing = TOWN_NAMES.filter((n) => !seen.has(n));
  if (missing.length > 0) findings.error('missing-units', say(msg.missingUnits, { file, count: missing.length, names: joinList(missing.map(named), language) }));

  // 2. Positions must be pairs of numbers.
  const units: { name: string; polygons: PolygonCoords[] }[] = [];
  let vertices = 0;
  for (const u of raw) for (const poly of u.polygons) if (Array.isArray(poly)) for (const ring of poly) if (Array.isArray(ring)) vertices += ring.length;
  if (vertices > maxVertices) {
    findings.error('too-many-vertices', say(msg.tooManyVertices, { file, count: vertices.toLocaleString('en-US'), max: maxVertices.toLocaleString('en-US') }));
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
          ? say(msg.stringCoordinates, { name: named(u.name), file, sample: JSON.stringify(bad) })
          : say(msg.badCoordinates, { name: named(u.name), sample: JSON.stringify(bad) }),
        u.name,
      );
      continue;
    }
    units.push({ name: u.name, polygons: (u.polygons as number[][][][]).map((poly) => poly.map((ring) => ring.map((p) => [p[0], p[1]]))) });
  }
  if (findings.errors.length > 0) return stop();

  // 3. Coordinate system: projected metres?
  progress(msg.stageCrs, 0.08);
  const samples = units.map((u) => u.polygons[0]?.[0]?.[0]).filter(Boolean) as number[][];
  const looksProjected = samples.some((p) => Math.abs(p[0]) > 360 || Math.abs(p[1]) > 90);
  const inRange = (p: number[]) => p[0] >= DONGGUAN_RANGE.minLon && p[0] <= DONGGUAN_RANGE.maxLon && p[1] >= DONGGUAN_RANGE.minLat && p[1] <= DONGGUAN_RANGE.maxLat;
  if (options.prj && !isGeographicWkt(options.prj)) {
    const convert = unprojector(options.prj);
    if (!convert) {
      findings.error('prj-unreadable', say(msg.prjUnreadable, { file, crs: wktName(options.prj) }));
      return stop();
    }
    mapCoordinates(units, convert);
    report.crs = { found: say(msg.fromPrj, { crs: wktName(options.prj) }), conversion: say(msg.prjConversion), offsetM: null };
    findings.info('reprojected', say(msg.prjReprojected, { crs: wktName(options.prj) }));
  } else if (looksProjected && samples.every((p) => inRange([p[1], p[0]]))) {
    findings.error(
      'swapped-axes',
      say(msg.swappedAxes, { file, sample: JSON.stringify(samples[0].map((v) => round(v, 5))) }),
    );
    return stop();
  } else if (looksProjected) {
    const fits = PROJECTED_CANDIDATES.filter((c) => {
      const convert = unprojector(c.proj)!;
      return samples.every((p) => inRange(convert(p)));
    });
    if (fits.length === 0) {
      findings.error('unknown-projection', say(msg.unknownProjection, { file, sample: JSON.stringify(samples[0]) }));
      return stop();
    }
    const chosen = fits[0];
    mapCoordinates(units, unprojector(chosen.proj)!);
    report.crs = { found: crsName(chosen.code, chosen.name), conversion: say(msg.guessedConversion, { code: chosen.code }), offsetM: null };
    findings.info('reprojected', say(msg.guessedReprojected, { crs: crsName(chosen.code, chosen.name) }));
  }

  // 4. Ranges, closure, repeats, winding, self-intersections.
  progress(msg.stageRings, 0.15);
  let rewound = 0;
  let closed = 0;
  let repeats = 0;
  let holes = 0;
  for (const u of units) {
    const kept: PolygonCoords[] = [];
    u.polygons.forEach((poly, p) => {
      const rings: Ring[] = [];
      poly.forEach((ringIn, r) => {
        const what = r === 0 ? say(msg.outerRing, { part: p + 1 }) : say(msg.innerRing, { part: p + 1, ring: r });
        const outside = ringIn.find((pt) => !inRange(pt));
        if (outside) {
          findings.error('out-of-range', say(msg.outOfRange, { name: named(u.name), what, sample: JSON.stringify(outside.map((v) => round(v, 6))) }), u.name);
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
          findings.error('short-ring', say(msg.shortRing, { name: named(u.name), what }), u.name, ring[0] as [number, number]);
          return;
        }
        const crossings = selfIntersections(ring);
        if (crossings.length > 0) {
          const at = [round(crossings[0][0], 6), round(crossings[0][1], 6)] as [number, number];
          if (crossings.length === 1) findings.error('bow-tie', say(msg.bowTie, { name: named(u.name), what }), u.name, at);
          else findings.error('self-intersection', say(msg.selfIntersection, { name: named(u.name), what, count: crossings.length }), u.name, at);
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
  if (closed) findings.info('closed', say(msg.closed, { count: closed }));
  if (repeats) findings.info('repeats', say(msg.repeats, { count: repeats }));
  if (rewound) findings.info('rewound', say(msg.rewound, { count: rewound }));
  if (holes) findings.info('holes', say(msg.holes, { count: holes }));
  if (findings.errors.length > 0) return stop();

  // 5. Against the reference: an overall offset (a shifted coordinate system) and single moved units.
  progress(msg.stageReference, 0.25);
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
        report.crs = { found: crsName(best.c.code, best.c.name), conversion: say(msg.offsetConversion, { code: best.c.code }), offsetM: round(before, 1) };
        findings.info('offset-converted', say(msg.offsetConverted, { offset: Math.round(before), crs: crsName(best.c.code, best.c.name), residual: Math.round(best.residual) }));
        cs = centroidsOf();
        offsets = offsetsAgainstReference(cs);
        m = overall(offsets);
      } else {
        const direction = say(msg.direction, {
          ew: say(m.dx >= 0 ? msg.east : msg.west),
          dx: Math.abs(Math.round(m.dx)),
          ns: say(m.dy >= 0 ? msg.north : msg.south),
          dy: Math.abs(Math.round(m.dy)),
        });
        findings.error('overall-offset', say(msg.overallOffset, { file, offset: Math.round(before), direction }));
        return stop();
      }
    }
    const maxShift = options.maxUnitShiftM ?? 1000;
    for (const o of offsets) {
      const residual = Math.hypot(o.dx - m.dx, o.dy - m.dy);
      if (residual > maxShift) {
        findings.error('unit-moved', say(msg.unitMoved, { name: named(o.name), km: (residual / 1000).toFixed(1) }), o.name, [round(o.c[0], 5), round(o.c[1], 5)]);
      }
    }
  }

  // 6. Snap near-coincident vertices, then the topology and what is read from it.
  progress(msg.stageSnap, 0.35);
  const snapped = snapVertices(units.map((u) => u.polygons));
  report.snapped = snapped;
  for (const u of units) {
    u.polygons = u.polygons
      .map((poly) => poly.map((ring) => dropRepeats(ring).ring).filter((ring) => ring.length >= 4))
      .filter((poly) => poly.length > 0);
  }
  findings.info('snapped', say(msg.snapped, { count: snapped }));
  let features = units.map((u) => townFeature(u.name, u.polygons));
  let fullTopology = topology({ [TOWNS_OBJECT]: featureCollection(features as never) as FeatureCollection });
  // A dense file (a survey export, a densified line) is first thinned on the topology at a few metres:
  // shared borders stay shared, areas move by far less than the checks can see, and the costly steps
  // (overlaps, the dissolve) then run on a map-sized input.
  const vertexCount = countVertices(fullTopology);
  if (vertexCount > PRESIMPLIFY_ABOVE_VERTICES) {
    progress(msg.stageThin, 0.4);
    const thinned = simplifyTopology(fullTopology, PRESIMPLIFY_TOLERANCE_M);
    features = (topoFeature(thinned, thinned.objects[TOWNS_OBJECT] as GeometryCollection<{ name: string }>).features as unknown as TownFeature[]).map(
      (f) => townFeature(f.properties.name, polygonsOf(f)),
    );
    fullTopology = topology({ [TOWNS_OBJECT]: featureCollection(features as never) as FeatureCollection });
    findings.info('thinned', say(msg.thinned, { before: vertexCount, tolerance: PRESIMPLIFY_TOLERANCE_M, after: countVertices(fullTopology) }));
  }
  const collectionOut = featureCollection(features as never) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const pairs = neighbourPairs(fullTopology, TOWNS_OBJECT);
  const contacts = pointContacts(features, pairs);
  report.neighbourPairs = pairs.length;
  report.pointContacts = contacts;

  progress(msg.stageAreas, 0.45);
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
      findings.error('duplicate-geometry', say(msg.duplicateGeometry, { wrong: named(wrong), other: named(other), area: o.areaKm2 }), wrong);
      return false;
    }
    if (o.areaKm2 > maxOverlapShare * smaller) {
      const unit = areaByName.get(o.a)! < areaByName.get(o.b)! ? o.a : o.b;
      findings.error(
        'wrong-geometry',
        say(msg.wrongGeometry, { a: named(o.a), b: named(o.b), area: o.areaKm2, unit: named(unit), share: Math.round((100 * o.areaKm2) / smaller) }),
        unit,
      );
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
        if (km2 > 0.001) findings.error('triple-overlap', say(msg.tripleOverlap, { a: named(a), b: named(b), c: named(c), area: round(km2, 3) }), a);
      }

  // 7. Checks against the reference: areas and neighbours.
  const maxAreaChange = options.maxAreaChangeShare ?? 0.15;
  for (const f of features) {
    const name = f.properties.name;
    const a = areaByName.get(name)!;
    const ref = refByName.get(name);
    report.areas.push({ name, areaKm2: round(a, 2), referenceKm2: ref ? ref.areaKm2 : null });
    if (ref && Math.abs(a - ref.areaKm2) / ref.areaKm2 > maxAreaChange) {
      findings.error(
        'area-changed',
        say(msg.areaChanged, {
          name: named(name),
          area: round(a, 1),
          reference: ref.areaKm2,
          diff: Math.round((100 * (a - ref.areaKm2)) / ref.areaKm2),
          max: Math.round(maxAreaChange * 100),
        }),
        name,
      );
    }
    const hasNeighbour = pairs.some((p) => p.a === name || p.b === name);
    if (!hasNeighbour) {
      const had = ref ? ref.neighbours.length > 0 : false;
      if (had) findings.error('no-neighbour', say(msg.noNeighbourHad, { name: named(name), count: ref!.neighbours.length }), name, labelPoint(f));
      else findings.warning('no-neighbour', say(msg.noNeighbour, { name: named(name) }), name, labelPoint(f));
    }
  }
  if (findings.errors.length > 0) return stop();

  // 8. What the app serves.
  progress(msg.stageZones, 0.6);
  const areaOf = (town: string) => round(areaByName.get(town)!, 2);
  const zones = buildZones(fullTopology, areaOf, overlaps);
  const city = cityOutline(features);
  if (city.droppedSlivers > 0) findings.info('slivers', say(msg.slivers, { count: city.droppedSlivers, hectares: SLIVER_M2 / 1e4 }));
  const served = topology({
    [TOWNS_OBJECT]: collectionOut,
    [ZONES_OBJECT]: zones.collection,
    [CITY_OBJECT]: { type: 'FeatureCollection', features: [city.outline] } as never,
  });
  progress(msg.stageSimplify, 0.7);
  const simplified = simplifyToTolerance(served, TOWNS_OBJECT, areaByName, options.toleranceM ?? DEFAULT_TOLERANCE_M);
  const { topology: servedTopology, ...simplification } = simplified;
  report.simplification = simplification;
  findings.info(
    'simplified',
    say(msg.simplified, {
      tolerance: simplification.toleranceM,
      before: simplification.verticesBefore,
      after: simplification.verticesAfter,
      error: (simplification.maxAreaErrorShare * 100).toFixed(2),
      unit: simplification.worstUnit ? named(simplification.worstUnit) : String(simplification.worstUnit),
    }),
  );

  progress(msg.stageDistances, 0.85);
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
  progress(msg.stageDone, 1);
  return { report, topology: servedTopology, meta, features, pairs };
}
