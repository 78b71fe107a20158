import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BOUNDARY_ENV = 'DG_TOWNS_GEOJSON';
export const DEFAULT_BOUNDARY_FILE = resolve(PROJECT_ROOT, '../shared/geo/dongguan-towns.geojson');
/** Ignored folder: everything derived from the boundary file goes here and nowhere else. */
export const BUILD_DIR = resolve(PROJECT_ROOT, 'geo/build');

export function boundaryFile(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[BOUNDARY_ENV];
  const path = fromEnv ? resolve(fromEnv) : DEFAULT_BOUNDARY_FILE;
  if (!existsSync(path)) {
    const how = fromEnv
      ? `${BOUNDARY_ENV} points at ${path}, which does not exist.`
      : `The default boundary file ${path} does not exist (is ../shared beside the project?).`;
    throw new Error(`${how} Set ${BOUNDARY_ENV} to the path of a GeoJSON FeatureCollection of Dongguan's 35 town-level units.`);
  }
  return path;
}
