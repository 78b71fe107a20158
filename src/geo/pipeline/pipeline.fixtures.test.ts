import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { fixtures, mapPositions, maxVertexDistanceM, sharedBoundaries, type RawCollection } from '../../../tests/fixtures/boundaryFixtures';
import { decodeGeo } from '../geoData';
import { unitsWithinKm } from '../queries';
import type { GeoMeta } from '../types';
import { parseGeoJsonText } from './input';
import { runPipeline, type PipelineResult } from './pipeline';

const source = { file: 'fixture', sha256: '', attribution: '' };
let reference: PipelineResult;
const run = (input: unknown, fileName = 'fixture.geojson') => runPipeline(input, { fileName, source, reference: reference.meta! });
const errors = (r: PipelineResult) => r.report.findings.filter((f) => f.severity === 'error');

beforeAll(() => {
  reference = runPipeline(sharedBoundaries(), { fileName: 'shared', source });
}, 120_000);

describe('the boundary pipeline on the shared file', () => {
  it('gives 82 neighbour pairs and the three point contacts, with no error', () => {
    expect(reference.report.ok).toBe(true);
    expect(reference.report.neighbourPairs).toBe(82);
    expect(reference.report.pointContacts).toHaveLength(3);
    expect(reference.meta!.distances!.km).toHaveLength(35);
  });
});

describe('shifted or projected copies are converted back to within 5 m, and the conversion is named', () => {
  const cases: [string, () => RawCollection, RegExp][] = [
    ['GCJ-02', fixtures.gcj02, /GCJ-02/],
    ['BD-09', fixtures.bd09, /BD-09/],
    ['EPSG:3857', fixtures.webMercator, /EPSG:3857/],
    ['CGCS2000 Gauss-Krüger (EPSG:4547)', fixtures.gaussKruger4547, /EPSG:4547/],
  ];
  for (const [label, make, named] of cases) {
    it(label, () => {
      const result = run(make());
      expect(errors(result)).toEqual([]);
      expect(result.report.crs.found + result.report.crs.conversion).toMatch(named);
      expect(result.report.findings.some((f) => f.severity === 'info' && named.test(f.message))).toBe(true);
      expect(maxVertexDistanceM(result.features!, reference.features!)).toBeLessThan(5);
      expect(result.report.neighbourPairs).toBe(82);
    }, 60_000);
  }
});

describe('broken copies are refused with the unit and the problem named', () => {
  const refused = (input: unknown, code: string, unit: string) => {
    const result = run(input);
    expect(result.report.ok).toBe(false);
    expect(result.topology).toBeUndefined();
    const hit = errors(result).find((f) => f.code === code);
    expect(hit, JSON.stringify(errors(result))).toBeDefined();
    expect(hit!.unit).toBe(unit);
    expect(hit!.message).toContain(unit);
    return hit!;
  };

  it('a self-intersecting ring, with the place', () => {
    const hit = refused(fixtures.selfIntersection(), 'self-intersection', '长安镇');
    expect(hit.message).toMatch(/自相交，共 \d+ 处交叉/);
    expect(hit.at).toHaveLength(2);
  });

  it('a bow-tie, named as such, with the place', () => {
    const hit = refused(fixtures.bowTie(), 'bow-tie', '大朗镇');
    expect(hit.message).toMatch(/蝴蝶结/);
    expect(hit.at).toHaveLength(2);
  });

  it('a geometry given to two units', () => {
    refused(fixtures.duplicated(), 'duplicate-geometry', '东坑镇');
  }, 60_000);

  it('a unit moved 2 km', () => {
    const hit = refused(fixtures.movedTwoKm(), 'unit-moved', '莞城街道');
    expect(hit.message).toMatch(/2\.0 公里/);
  }, 60_000);

  it('positions written as strings, naming the file and the fix', () => {
    const hit = refused(fixtures.stringCoordinates(), 'string-coordinates', '石排镇');
    expect(hit.message).toMatch(/fixture\.geojson/);
    expect(hit.message).toMatch(/存为数字/);
  });

  it('an unknown overall offset is not mistaken for a known one', () => {
    const shifted = fixtures.movedTwoKm();
    for (const f of shifted.features) {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings) for (let i = 0; i < ring.length; i++) ring[i] = [ring[i][0] + 0.003, ring[i][1]];
    }
    const result = run(shifted);
    expect(errors(result).map((f) => f.code)).toContain('overall-offset');
  });
});

describe('files that are fine but unusual build, and say what was done', () => {
  it('a BOM is removed and named', () => {
    const parsed = parseGeoJsonText(fixtures.bom(), 'bom.geojson');
    expect('value' in parsed).toBe(true);
    if (!('value' in parsed)) return;
    expect(parsed.notes[0].message).toMatch(/bom\.geojson 开头有 UTF-8 BOM/);
    expect(run(parsed.value).report.ok).toBe(true);
  }, 60_000);

  it('a hole builds, its area is subtracted, and 周边 N 公里 works from and to the unit with the hole', () => {
    const label = reference.meta!.towns.find((t) => t.name === '长安镇')!.label;
    const result = run(fixtures.withHole(label));
    expect(errors(result)).toEqual([]);
    const area = (r: PipelineResult) => r.meta!.towns.find((t) => t.name === '长安镇')!.areaKm2;
    expect(area(reference) - area(result)).toBeCloseTo(1.0, 1);
    const geo = decodeGeo(result.topology as Topology, result.meta as GeoMeta);
    const near = unitsWithinKm(geo, '长安镇', 5).map((n) => n.name);
    expect(near).toContain('虎门镇');
    expect(unitsWithinKm(geo, '虎门镇', 5).map((n) => n.name)).toContain('长安镇');
  }, 60_000);

  it('a 1e-9° mismatch between neighbours is snapped: same 82 pairs, vertices moved counted, query works', () => {
    const result = run(fixtures.mismatch());
    expect(errors(result)).toEqual([]);
    expect(result.report.snapped).toBeGreaterThan(0);
    expect(result.report.neighbourPairs).toBe(82);
    const geo = decodeGeo(result.topology as Topology, result.meta as GeoMeta);
    expect(unitsWithinKm(geo, '虎门镇', 0).map((n) => n.name).sort()).toEqual(
      reference.meta!.towns.find((t) => t.name === '虎门镇')!.neighbours.map((n) => n.name).sort(),
    );
  }, 60_000);
});

describe('matching units by name or code', () => {
  it('matches by division code, and suggests the closest name for a misspelling', () => {
    const c = sharedBoundaries();
    const codes = new Map(reference.meta!.towns.map((t) => [t.name, t.code]));
    for (const f of c.features) f.properties = { XZQDM: `${codes.get(String(f.properties.name))}000` };
    c.features[0].properties = { name: '长按镇' };
    const result = run(c);
    const unknown = errors(result).find((f) => f.code === 'unknown-unit')!;
    expect(unknown.message).toMatch(/“长按镇”不是 35 个镇街之一；是否是“长安镇”？/);
    expect(result.report.units.filter((u) => u.by === 'code')).toHaveLength(34);
  });
});

describe('malformed geometry is reported, never thrown', () => {
  it('rings that are not lists of positions', () => {
    const c = sharedBoundaries();
    (c.features[0].geometry as { coordinates: unknown }).coordinates = [5, [null]];
    const name = String(c.features[0].properties.name);
    const hit = errors(run(c)).find((f) => f.code === 'bad-coordinates');
    expect(hit?.unit).toBe(name);
  });
});

describe('limits by what the file holds, and causes named right', () => {
  it('more features than the limit are refused naming the count', () => {
    const c = sharedBoundaries();
    const result = runPipeline({ ...c, features: [...c.features, ...c.features] }, { fileName: 'many.geojson', source, maxFeatures: 50 });
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'too-many-features', message: expect.stringMatching(/many\.geojson 有 70 个要素，超过上限 50 个/) })]);
  });

  it('more vertices than the limit are refused naming the count', () => {
    const result = runPipeline(sharedBoundaries(), { fileName: 'dense.geojson', source, maxVertices: 1000 });
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'too-many-vertices', message: expect.stringMatching(/dense\.geojson 的镇街边界共有 [\d,]+ 个顶点，超过上限 1,000 个/) })]);
  });

  it('swapped longitude and latitude are named as such, not as projected coordinates', () => {
    const swapped = mapPositions(sharedBoundaries(), (p) => [p[1], p[0]]);
    const found = errors(run(swapped));
    expect(found).toEqual([expect.objectContaining({ code: 'swapped-axes', message: expect.stringMatching(/经度和纬度颠倒了，不是投影坐标/) })]);
  });

  it('a multi-part unit written as a GeometryCollection of polygons (KML MultiGeometry) is accepted', () => {
    const c = sharedBoundaries();
    let converted = 0;
    for (const f of c.features) {
      if (f.geometry.type !== 'MultiPolygon') continue;
      const g = f.geometry as unknown as { type: string; coordinates?: unknown; geometries?: unknown };
      g.geometries = (g.coordinates as unknown[]).map((coordinates) => ({ type: 'Polygon', coordinates }));
      g.type = 'GeometryCollection';
      delete g.coordinates;
      converted++;
    }
    expect(converted).toBeGreaterThan(0);
    const result = run(c);
    expect(errors(result)).toEqual([]);
    expect(result.report.findings.some((f) => f.code === 'geometry-collection' && f.message.startsWith(`${converted} 个镇街`))).toBe(true);
    expect(result.report.neighbourPairs).toBe(82);
  }, 60_000);
});
