/**
 * The record the accepted boundaries are kept in (IndexedDB). Its whole-content check is
 * src/boundaries/checkSavedBoundaries.ts, loaded only when there is a record to read.
 */
import type { Topology } from 'topojson-specification';
import type { GeoMeta } from '../geo/types';

export const SAVED_BOUNDARIES_VERSION = 1;

export interface SavedBoundaries {
  version: typeof SAVED_BOUNDARIES_VERSION;
  savedAt: string;
  fileName: string;
  topology: Topology;
  meta: GeoMeta;
}
