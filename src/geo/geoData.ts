import { feature, merge } from 'topojson-client';
import { areaCountingOverlapsOnce } from './area';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CITY_OBJECT, TOWNS_OBJECT, ZONES_OBJECT, type GeoMeta, type TownMeta, type ZoneMeta } from './types';

export type TownGeometry = Feature<Polygon | MultiPolygon, { name: string }>;
export type ZonePart = 'whole' | 'partial';
/** The union of a zone element's whole members, or of its partial members. */
export type ZoneGeometry = Feature<Polygon | MultiPolygon, { id: string; part: ZonePart }>;
export const zoneKey = (elementId: string, part: ZonePart) => `${elementId}:${part}`;

/** Everything the app knows about the towns' geometry, decoded once at start-up. */
export interface GeoData {
  meta: GeoMeta;
  towns: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  townByName: ReadonlyMap<string, TownGeometry>;
  metaByName: ReadonlyMap<string, TownMeta>;
  /** Keyed by zoneKey(elementId, part). */
  zones: ReadonlyMap<string, ZoneGeometry>;
  /** The city: the dissolve of all units made by the boundary pipeline (src/geo/pipeline/outline.ts); its boundary is the city border. */
  city: Feature<Polygon | MultiPolygon>;
  /** The served topology, to merge the zones of a planner's own plan (built-in zones come merged). */
  topology: Topology;
}

export function decodeGeo(topology: Topology, meta: GeoMeta): GeoData {
  const townsObject = topology.objects[TOWNS_OBJECT] as GeometryCollection<{ name: string }>;
  const towns = feature(topology, townsObject) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const zonesObject = topology.objects[ZONES_OBJECT] as GeometryCollection<ZoneGeometry['properties']> | undefined;
  const zoneFeatures = zonesObject
    ? (feature(topology, zonesObject) as FeatureCollection<Polygon | MultiPolygon, ZoneGeometry['properties']>).features
    : [];
  const cityObject = topology.objects[CITY_OBJECT] as GeometryCollection | undefined;
  const city = cityObject && (feature(topology, cityObject) as FeatureCollection<Polygon | MultiPolygon>).features[0];
  if (!city) throw new GeoLoadError(`the served topology has no "${CITY_OBJECT}" outline; run \`npm run geo\` to rebuild it`);
  return {
    meta,
    towns,
    townByName: new Map(towns.features.map((f) => [f.properties.name, f])),
    metaByName: new Map(meta.towns.map((t) => [t.name, t])),
    zones: new Map(zoneFeatures.map((f) => [zoneKey(f.properties.id, f.properties.part), f])),
    city,
    topology,
  };
}

const merged = new WeakMap<GeoData, Map<string, ZoneGeometry | null>>();

/**
 * A zone element's whole or partial part: merged at build time for the built-in plans, merged
 * here on the served topology (so its outline runs along the town borders, as the built-in ones
 * do) for a planner's own plan, once per element, part and member list.
 */
export function zoneGeometry(geo: GeoData, elementId: string, towns: readonly string[], part: ZonePart): ZoneGeometry | undefined {
  const built = geo.zones.get(zoneKey(elementId, part));
  if (built || towns.length === 0) return built;
  let cache = merged.get(geo);
  if (!cache) merged.set(geo, (cache = new Map()));
  const key = `${zoneKey(elementId, part)}|${towns.join(',')}`;
  if (!cache.has(key)) {
    const townsObject = geo.topology.objects[TOWNS_OBJECT] as GeometryCollection<{ name: string }>;
    const wanted = new Set(towns);
    const geometries = townsObject.geometries.filter((g) => wanted.has((g.properties as { name: string }).name));
    cache.set(
      key,
      geometries.length === 0
        ? null
        : { type: 'Feature', properties: { id: elementId, part }, geometry: merge(geo.topology, geometries as never) },
    );
  }
  return cache.get(key) ?? undefined;
}

/** An element's areas: from the geo build for the built-in plans, summed from its towns for a planner's own. */
export function zoneArea(geo: GeoData, element: { id: string; members: readonly { town: string; coverage: ZonePart }[] }): ZoneMeta {
  const built = geo.meta.zones.find((z) => z.elementId === element.id);
  if (built) return built;
  const areaOf = (t: string) => geo.metaByName.get(t)?.areaKm2;
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const all = element.members.map((m) => m.town);
  const whole = element.members.filter((m) => m.coverage === 'whole').map((m) => m.town);
  return {
    elementId: element.id,
    unionAreaKm2: round2(areaCountingOverlapsOnce(all, areaOf, geo.meta.overlaps)),
    wholeAreaKm2: round2(areaCountingOverlapsOnce(whole, areaOf, geo.meta.overlaps)),
  };
}

export class GeoLoadError extends Error {}

export async function fetchGeo(topologyUrl: string, metaUrl: string): Promise<GeoData> {
  const load = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new GeoLoadError(`could not load ${url}: HTTP ${response.status}`);
    try {
      return await response.json();
    } catch {
      throw new GeoLoadError(`${url} is not valid JSON; run \`npm run geo\` to rebuild it`);
    }
  };
  const [topology, meta] = await Promise.all([load(topologyUrl), load(metaUrl)]);
  return decodeGeo(topology as Topology, meta as GeoMeta);
}
