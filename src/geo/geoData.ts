import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CITY_OBJECT, TOWNS_OBJECT, ZONES_OBJECT, type GeoMeta, type TownMeta } from './types';

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
