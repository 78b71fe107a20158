import type { Topology } from 'topojson-specification';
import type { BoundaryReport } from '../geo/pipeline/pipeline';
import type { GeoMeta } from '../geo/types';
import type { Language } from '../i18n/language';

export interface ImportRequest {
  fileName: string;
  /** The file's bytes (GeoJSON, zipped Shapefile), or… */
  bytes?: ArrayBuffer;
  /** …a collection already read in the page (KML). */
  collection?: unknown;
  reference: Pick<GeoMeta, 'towns'>;
  /** The page's language, for the messages the worker writes. */
  language: Language;
}

export type ImportMessage =
  | { kind: 'progress'; stage: string; share: number }
  | { kind: 'done'; report: BoundaryReport; topology?: Topology; meta?: GeoMeta }
  | { kind: 'failed'; message: string };
