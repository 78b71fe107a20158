/**
 * The geo build: reads the boundary file from ../shared/geo (or $DG_TOWNS_GEOJSON), runs the
 * boundary pipeline (src/geo/pipeline, the same code the app's boundary import runs in a worker)
 * and writes what the app serves into geo/build/ (ignored by git):
 *   towns.topo.json  topology-preserving simplified geometry of the towns, layout zones and city outline
 *   towns.meta.json  per-unit code, type, area, label point, centroid, bbox, neighbours; the distance table
 *   report.json      the data-quality report
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeoMeta } from '../src/geo/types';
import { formatFinding, type Finding } from '../src/geo/pipeline/findings';
import { MAX_INPUT_BYTES, parseGeoJsonText, tooLargeMessage } from '../src/geo/pipeline/input';
import { runPipeline, type PipelineResult } from '../src/geo/pipeline/pipeline';
import { BOUNDARY_ENV, BUILD_DIR, DEFAULT_BOUNDARY_FILE, boundaryFile } from './paths';

const ATTRIBUTION = '边界数据：DataV.GeoAtlas';

class BuildError extends Error {}

function readBoundary(path: string): { text: string; value: unknown; notes: Finding[] } {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    throw new BuildError(`${path} is a directory, not a file. Set ${BOUNDARY_ENV} to the path of the GeoJSON file itself (e.g. ${path}/towns.geojson).`);
  }
  if (stat.size > MAX_INPUT_BYTES) throw new BuildError(tooLargeMessage(path, stat.size));
  const text = readFileSync(path, 'utf8');
  const parsed = parseGeoJsonText(text, path);
  if ('error' in parsed) throw new BuildError(`${parsed.error.message} (${BOUNDARY_ENV}=${path})`);
  return { text, ...parsed };
}

function run(path: string, reference: (() => GeoMeta | null) | null, log: boolean): PipelineResult & { notes: Finding[] } {
  const { text, value, notes } = readBoundary(path);
  let lastStage = '';
  const result = runPipeline(value, {
    fileName: path,
    reference,
    source: { file: path, sha256: createHash('sha256').update(text).digest('hex'), attribution: ATTRIBUTION },
    onProgress: (stage) => {
      if (log && stage !== lastStage) process.stdout.write(`geo: ${stage}…\n`);
      lastStage = stage;
    },
  });
  result.report.findings.unshift(...notes);
  if (!result.report.ok) {
    const lines = result.report.findings.filter((f) => f.severity === 'error').map(formatFinding);
    throw new BuildError(`${path} failed the boundary checks:\n  - ${lines.join('\n  - ')}`);
  }
  return { ...result, notes };
}

function main() {
  const started = performance.now();
  const path = boundaryFile();
  // Another file is compared with the shared boundaries: a shifted or wrong map is caught there.
  const hasReference = path !== DEFAULT_BOUNDARY_FILE && existsSync(DEFAULT_BOUNDARY_FILE);
  const reference = hasReference ? () => run(DEFAULT_BOUNDARY_FILE, null, false).meta! : null;
  const result = run(path, reference, true);
  const { report: r, meta, topology } = result;
  const towns = meta!.towns;
  const report = {
    source: meta!.source.file,
    sha256: meta!.source.sha256,
    reference: hasReference ? DEFAULT_BOUNDARY_FILE : null,
    crs: r.crs,
    units: towns.map((t) => ({
      name: t.name,
      code: t.code,
      area_km2: t.areaKm2,
      neighbours: t.neighbours.map((n) => ({ name: n.name, shared_border_km: n.sharedBorderKm })),
    })),
    neighbour_pairs: r.neighbourPairs,
    point_contacts: r.pointContacts,
    overlaps: r.overlaps.map((o) => ({ a: o.a, b: o.b, area_km2: o.areaKm2 })),
    city_area_km2: r.cityAreaKm2,
    snapped_vertices: r.snapped,
    findings: r.findings,
    simplification: r.simplification,
  };

  mkdirSync(BUILD_DIR, { recursive: true });
  writeFileSync(resolve(BUILD_DIR, 'towns.topo.json'), JSON.stringify(topology));
  writeFileSync(resolve(BUILD_DIR, 'towns.meta.json'), JSON.stringify(meta));
  writeFileSync(resolve(BUILD_DIR, 'report.json'), JSON.stringify(report, null, 2));

  console.log(`geo: ${towns.length} units from ${path}${hasReference ? ' (checked against the shared boundaries)' : ''}`);
  console.log(`geo: ${r.neighbourPairs} neighbour pairs (shared border > 0), ${r.pointContacts.length} point-only contacts: ${r.pointContacts.map((c) => `${c.a}/${c.b}`).join(', ') || 'none'}`);
  console.log(`geo: ${r.overlaps.length} overlaps in the source: ${r.overlaps.map((o) => `${o.a}/${o.b} ${o.areaKm2} km²`).join(', ') || 'none'}`);
  console.log(`geo: summed area ${r.cityAreaKm2} km² (overlaps counted once); ${r.snapped} vertices snapped`);
  for (const f of r.findings) if (f.severity !== 'error') console.log(`geo: ${formatFinding(f)}`);
  console.log(`geo: wrote geo/build/{towns.topo.json,towns.meta.json,report.json} in ${Math.round(performance.now() - started)} ms`);
}

try {
  main();
} catch (error) {
  const message = error instanceof BuildError ? error.message : `${(error as Error).message} (${BOUNDARY_ENV}=${process.env[BOUNDARY_ENV] ?? DEFAULT_BOUNDARY_FILE})`;
  console.error(`geo build failed: ${message}`);
  process.exit(1);
}
