/** What the geo build (geo/build.ts) derives from the boundary file and the app loads. */
import type { TownType } from '../towns/townFacts';

export interface Neighbour {
  name: string;
  sharedBorderKm: number;
}

export interface TownMeta {
  name: string;
  code: string;
  type: TownType;
  /** Computed with turf.area on the unsimplified source geometry. */
  areaKm2: number;
  /** One label point per unit (polylabel on its largest part), [lon, lat]. */
  label: [number, number];
  bbox: [number, number, number, number];
  /** Area-weighted centroid [lon, lat]: what an imported file's offset is measured against. */
  centroid?: [number, number];
  /** Units sharing a border of positive length; single-point contacts are not neighbours. */
  neighbours: Neighbour[];
}

export interface Overlap {
  a: string;
  b: string;
  areaKm2: number;
}

export interface ZoneMeta {
  elementId: string;
  /** Area of all member towns (whole and partial) with source overlaps counted once: an upper bound when a member is partial. */
  unionAreaKm2: number;
  /** Area of the whole members only. */
  wholeAreaKm2: number;
}

export interface GeoMeta {
  /** `imported` is set for boundaries a user imported in the app (kept in the browser only). */
  source: { file: string; sha256: string; attribution: string; imported?: boolean };
  cityAreaKm2: number;
  cityBbox: [number, number, number, number];
  towns: TownMeta[];
  overlaps: Overlap[];
  zones: ZoneMeta[];
  /** Shortest boundary-to-boundary distances (km) between every pair of units, in `units` order. */
  distances?: { units: string[]; km: number[][] };
}

/** Name of the TopoJSON object that holds the towns in the served topology. */
export const TOWNS_OBJECT = 'towns';
/** Name of the TopoJSON object that holds the layout zones (one feature per zone element). */
export const ZONES_OBJECT = 'zones';
/** Name of the TopoJSON object that holds the dissolved city outline (one feature). */
export const CITY_OBJECT = 'city';
