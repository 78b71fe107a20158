import type { FeatureCollection } from 'geojson';
import type { TownFeature } from './validate';
import type { ZoneMeta } from '../src/geo/types';

/** Placeholder until the layout model lands: no zones. */
export function buildZones(_features: TownFeature[]): { collection: FeatureCollection; meta: ZoneMeta[] } {
  return { collection: { type: 'FeatureCollection', features: [] }, meta: [] };
}
