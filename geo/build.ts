/**
 * The geo build: reads the boundary file from ../shared/geo (or $DG_TOWNS_GEOJSON), validates
 * it and derives what the app serves into geo/build/ (ignored by git):
 *   towns.topo.json  topology-preserving simplified geometry of the towns and layout zones
 *   towns.meta.json  per-unit code, type, area, label point and neighbours (from full geometry)
 *   report.json      the data-quality report
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bbox, featureCollection } from '@turf/turf';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { townFact } from '../src/towns/townFacts';
import { areaCountingOverlapsOnce } from '../src/geo/area';
import { CITY_OBJECT, TOWNS_OBJECT, ZONES_OBJECT, type GeoMeta, type TownMeta } from '../src/geo/types';
import { neighbourPairs, pointContacts } from './adjacency';
import { areaKm2, findOverlaps, labelPoint, round } from './measure';
import { cityOutline } from './outline';
import { BUILD_DIR, boundaryFile } from './paths';
import { validateTowns, type TownFeature } from './validate';
import { buildZones } from './zones';

/** Roughly the share of vertices kept by simplification (topojson-simplify's quantile of spherical triangle weights). */
const SIMPLIFY_KEEP_SHARE = 0.3;
const QUANTIZATION = 1e5;
const ATTRIBUTION = '边界数据：DataV.GeoAtlas';

function countVertices(topo: Topology): number {
  return topo.arcs.reduce((n, arc) => n + arc.length, 0);
}

function main() {
  const started = performance.now();
  const path = boundaryFile();
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const validation = validateTowns(parsed);
  if (validation.errors.length > 0) {
    throw new Error(`${path} failed validation:\n  - ${validation.errors.join('\n  - ')}`);
  }
  const features: TownFeature[] = validation.features;
  const collection = featureCollection(features as never) as FeatureCollection;

  const adjacencyStart = performance.now();
  const fullTopology = topology({ [TOWNS_OBJECT]: collection });
  const pairs = neighbourPairs(fullTopology, TOWNS_OBJECT);
  const contacts = pointContacts(features, pairs);
  const adjacencyMs = performance.now() - adjacencyStart;

  const overlaps = findOverlaps(features);
  const towns: TownMeta[] = features.map((feature) => {
    const name = feature.properties.name;
    const fact = townFact(name)!;
    const neighbours = pairs
      .filter((p) => p.a === name || p.b === name)
      .map((p) => ({ name: p.a === name ? p.b : p.a, sharedBorderKm: round(p.sharedBorderKm, 2) }))
      .sort((x, y) => y.sharedBorderKm - x.sharedBorderKm);
    return {
      name,
      code: fact.code,
      type: fact.type,
      areaKm2: round(areaKm2(feature), 2),
      label: labelPoint(feature),
      bbox: bbox(feature as never).map((v) => round(v, 5)) as TownMeta['bbox'],
      neighbours,
    };
  });

  const areaByName = new Map(towns.map((t) => [t.name, t.areaKm2]));
  const areaOf = (town: string) => areaByName.get(town)!;
  const zones = buildZones(fullTopology, areaOf, overlaps);
  const city = cityOutline(features);
  const served = topology({ [TOWNS_OBJECT]: collection, [ZONES_OBJECT]: zones.collection, [CITY_OBJECT]: featureCollection([city.outline]) as FeatureCollection });
  const weighted = presimplify(served as unknown as Topology<Objects<{}>>, sphericalTriangleArea);
  const simplified = quantize(simplify(weighted, quantile(weighted, SIMPLIFY_KEEP_SHARE)), QUANTIZATION);

  const cityAreaKm2 = round(areaCountingOverlapsOnce(areaByName.keys(), areaOf, overlaps), 1);
  const meta: GeoMeta = {
    source: { file: path, sha256: createHash('sha256').update(text).digest('hex'), attribution: ATTRIBUTION },
    cityAreaKm2,
    cityBbox: bbox(collection).map((v) => round(v, 5)) as GeoMeta['cityBbox'],
    towns,
    overlaps,
    zones: zones.meta,
  };
  const report = {
    source: meta.source.file,
    sha256: meta.source.sha256,
    units: towns.map((t) => ({
      name: t.name,
      code: t.code,
      area_km2: t.areaKm2,
      neighbours: t.neighbours.map((n) => ({ name: n.name, shared_border_km: n.sharedBorderKm })),
    })),
    neighbour_pairs: pairs.length,
    point_contacts: contacts,
    overlaps: overlaps.map((o) => ({ a: o.a, b: o.b, area_km2: o.areaKm2 })),
    city_area_km2: cityAreaKm2,
    warnings: validation.warnings,
    simplification: { vertices_before: countVertices(served), vertices_after: countVertices(simplified) },
    adjacency_ms: round(adjacencyMs, 1),
  };

  mkdirSync(BUILD_DIR, { recursive: true });
  writeFileSync(resolve(BUILD_DIR, 'towns.topo.json'), JSON.stringify(simplified));
  writeFileSync(resolve(BUILD_DIR, 'towns.meta.json'), JSON.stringify(meta));
  writeFileSync(resolve(BUILD_DIR, 'report.json'), JSON.stringify(report, null, 2));

  console.log(`geo: ${towns.length} units from ${path}`);
  console.log(`geo: ${pairs.length} neighbour pairs (shared border > 0), ${contacts.length} point-only contacts: ${contacts.map((c) => `${c.a}/${c.b}`).join(', ') || 'none'}`);
  console.log(`geo: ${overlaps.length} overlaps in the source: ${overlaps.map((o) => `${o.a}/${o.b} ${o.areaKm2} km²`).join(', ') || 'none'}`);
  console.log(`geo: summed area ${cityAreaKm2} km² (overlaps counted once); ${validation.warnings.join('; ') || 'no warnings'}`);
  console.log(`geo: ${zones.collection.features.length} zone shapes (unions of member towns) for ${zones.meta.length} layout elements; simplified ${report.simplification.vertices_before} → ${report.simplification.vertices_after} vertices`);
  console.log(`geo: city outline from the dissolve of all units (${city.droppedSlivers} slivers dropped)`);
  console.log(`geo: wrote geo/build/{towns.topo.json,towns.meta.json,report.json} in ${Math.round(performance.now() - started)} ms`);
}

try {
  main();
} catch (error) {
  console.error(`geo build failed: ${(error as Error).message}`);
  process.exit(1);
}
