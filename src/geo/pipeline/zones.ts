import { merge } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LAYOUT_ELEMENTS } from '../../plans/builtin';
import type { LayoutElement } from '../../layouts/types';
import { TOWNS_OBJECT, type Overlap, type ZoneMeta } from '../types';
import type { ZonePart } from '../geoData';
import { round } from './measure';
import { areaCountingOverlapsOnce } from '../area';

const areaKm2 = (towns: readonly string[], areaOf: (town: string) => number, overlaps: readonly Overlap[]) =>
  round(areaCountingOverlapsOnce(towns, areaOf, overlaps), 2);

/**
 * Zones are drawn as the union of their member towns, merged on the topology so the zone outline
 * runs exactly along the town borders. Whole and partial members are kept apart: partial ones
 * are hatched, so a viewer can tell a whole town from part of one.
 */
export function buildZones(
  fullTopology: Topology,
  areaOf: (town: string) => number,
  overlaps: readonly Overlap[],
  elements: readonly LayoutElement[] = LAYOUT_ELEMENTS,
): { collection: FeatureCollection<MultiPolygon, { id: string; part: ZonePart }>; meta: ZoneMeta[] } {
  const geometries = (fullTopology.objects[TOWNS_OBJECT] as GeometryCollection<{ name: string }>).geometries;
  const geometryOf = new Map(geometries.map((g) => [(g.properties as { name: string }).name, g]));
  const features: Feature<MultiPolygon, { id: string; part: ZonePart }>[] = [];
  const meta: ZoneMeta[] = [];
  for (const element of elements) {
    const all = element.members.map((m) => m.town);
    const whole = element.members.filter((m) => m.coverage === 'whole').map((m) => m.town);
    meta.push({ elementId: element.id, unionAreaKm2: areaKm2(all, areaOf, overlaps), wholeAreaKm2: areaKm2(whole, areaOf, overlaps) });
    if (element.draw !== 'zone') continue;
    for (const part of ['whole', 'partial'] as const) {
      const towns = element.members.filter((m) => m.coverage === part).map((m) => m.town);
      if (towns.length === 0) continue;
      const missing = towns.filter((t) => !geometryOf.has(t));
      if (missing.length > 0) throw new Error(`layout element ${element.id} names towns not in the boundary file: ${missing.join(', ')}`);
      features.push({
        type: 'Feature',
        properties: { id: element.id, part },
        geometry: merge(fullTopology, towns.map((t) => geometryOf.get(t)!) as never),
      });
    }
  }
  return { collection: { type: 'FeatureCollection', features }, meta };
}
