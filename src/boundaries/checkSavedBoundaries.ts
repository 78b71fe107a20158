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
import { boundaryMessages as m } from '../i18n/catalogue/boundaries';
import { currentLanguage } from '../i18n/language';
import { joinList, t } from '../i18n/messages';
import { displayTownName } from '../towns/townNames';

import { SAVED_BOUNDARIES_VERSION, type SavedBoundaries } from './savedBoundariesRecord';

export { SAVED_BOUNDARIES_VERSION, type SavedBoundaries };

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
  if (!isObject(g)) return t(m.notGeometry, { where });
  const ringsOf = (rings: unknown, at: string): string | null => {
    if (!Array.isArray(rings) || rings.length === 0) return t(m.noRings, { where: at });
    for (const [r, ring] of rings.entries()) {
      if (!Array.isArray(ring) || ring.length === 0) return t(m.emptyRing, { where: at, n: r + 1 });
      for (const i of ring) {
        if (!Number.isInteger(i)) return t(m.arcNotInteger, { where: at, value: JSON.stringify(i) });
        const index = i < 0 ? ~i : i;
        if (index >= arcCount) return t(m.arcOutOfRange, { where: at, index, count: arcCount });
      }
    }
    return null;
  };
  switch (g.type) {
    case null:
    case undefined:
      return g.arcs === undefined ? null : t(m.noType, { where });
    case 'Polygon':
      return ringsOf(g.arcs, where);
    case 'MultiPolygon': {
      if (!Array.isArray(g.arcs) || g.arcs.length === 0) return t(m.noPolygons, { where });
      for (const [p, polygon] of g.arcs.entries()) {
        const problem = ringsOf(polygon, t(m.part, { where, n: p + 1 }));
        if (problem) return problem;
      }
      return null;
    }
    case 'GeometryCollection': {
      if (!Array.isArray(g.geometries)) return t(m.geometriesNotArray, { where });
      for (const [k, inner] of g.geometries.entries()) {
        const problem = checkGeometry(inner, arcCount, t(m.nthGeometry, { where, n: k + 1 }));
        if (problem) return problem;
      }
      return null;
    }
    default:
      return t(m.notArea, { where, type: JSON.stringify(g.type) });
  }
}

function checkTopology(topo: unknown): string | null {
  if (!isObject(topo) || topo.type !== 'Topology') return t(m.noTopology);
  if (!Array.isArray(topo.arcs)) return t(m.noArcs);
  if (topo.arcs.length === 0) return t(m.emptyTopology);
  for (const [a, arc] of topo.arcs.entries()) {
    if (!Array.isArray(arc) || arc.length < 2) return t(m.shortArc, { n: a });
    for (const p of arc) if (!isFinite2(p)) return t(m.arcNotFinite, { n: a, point: JSON.stringify(p)?.slice(0, 40) ?? '' });
  }
  if (topo.transform !== undefined) {
    const tr = topo.transform as { scale?: unknown; translate?: unknown };
    if (!isObject(tr) || !isFinite2(tr.scale) || !isFinite2(tr.translate)) return t(m.badTransform);
  }
  if (!isObject(topo.objects)) return t(m.noObjects);
  for (const name of [TOWNS_OBJECT, CITY_OBJECT]) if (!isObject(topo.objects[name])) return t(m.missingObject, { name });
  for (const [name, object] of Object.entries(topo.objects)) {
    if (!isObject(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) return t(m.objectNotCollection, { name });
    if (name !== ZONES_OBJECT && object.geometries.length === 0) return t(m.objectEmpty, { name });
    const problem = checkGeometry(object, topo.arcs.length, t(m.object, { name }));
    if (problem) return problem;
  }
  return null;
}

/** Every ring of every decoded feature: at least four finite points, first equal to last. */
function checkRings(geo: GeoData): string | null {
  const all = [...geo.towns.features, ...geo.zones.values(), geo.city];
  for (const f of all) {
    const name = (f.properties as { name?: string } | null)?.name ?? t(m.area);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : null;
    if (!polygons) return t(m.featureNotArea, { name });
    for (const polygon of polygons) {
      for (const ring of polygon) {
        if (ring.length < 4) return t(m.ringTooShort, { name });
        for (const p of ring) if (!isFinite2(p)) return t(m.featureNotFinite, { name });
        const [a, b] = [ring[0], ring[ring.length - 1]];
        if (a[0] !== b[0] || a[1] !== b[1]) return t(m.ringNotClosed, { name });
      }
    }
  }
  return null;
}

/** The first three towns of a list, and "and others" when there are more. */
const someTowns = (names: string[]) => ({ names: joinList(names.slice(0, 3).map((n) => displayTownName(n))), more: names.length > 3 ? t(m.andOthers) : '' });

function describeZod(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.map(String).join(' › ');
  const more = error.issues.length > 1 ? t(m.moreProblems, { count: error.issues.length - 1 }) : '';
  return `${path ? t(m.zodPath, { path }) : ''}${issue.message}${more}`;
}

export type CheckedBoundaries = { saved: SavedBoundaries; geo: GeoData };

/** The whole-content check; on success the decoded boundaries come with it (decoded once). */
export function checkSavedBoundaries(value: unknown): Verdict<CheckedBoundaries> {
  if (!isObject(value)) return { ok: false, reason: t(m.notObject) };
  if (value.version !== SAVED_BOUNDARIES_VERSION) return { ok: false, reason: t(m.wrongVersion, { version: String(value.version), expected: SAVED_BOUNDARIES_VERSION }) };
  if (typeof value.fileName !== 'string') return { ok: false, reason: t(m.noFileName) };
  const topologyProblem = checkTopology(value.topology);
  if (topologyProblem) return { ok: false, reason: topologyProblem };
  const meta = metaSchema.safeParse(value.meta, { error: (currentLanguage() === 'en' ? z.locales.en() : z.locales.zhCN()).localeError });
  if (!meta.success) return { ok: false, reason: t(m.metaIncomplete, { problem: describeZod(meta.error) }) };
  const topology = value.topology as Topology;
  const townsObject = topology.objects[TOWNS_OBJECT] as { geometries: { properties?: { name?: unknown } }[] };
  const inTopology = new Set(townsObject.geometries.map((g) => g.properties?.name));
  const inMeta = new Set(meta.data.towns.map((t) => t.name));
  const missing = TOWN_NAMES.filter((n) => !inTopology.has(n));
  if (missing.length > 0) return { ok: false, reason: t(m.townsMissingTopology, { count: missing.length, ...someTowns(missing) }) };
  const missingMeta = TOWN_NAMES.filter((n) => !inMeta.has(n));
  if (missingMeta.length > 0) return { ok: false, reason: t(m.townsMissingMeta, { count: missingMeta.length, ...someTowns(missingMeta) }) };
  const geo = decodeGeo(topology, value.meta as GeoMeta);
  const ringProblem = checkRings(geo);
  if (ringProblem) return { ok: false, reason: ringProblem };
  return { ok: true, value: { saved: value as unknown as SavedBoundaries, geo } };
}
