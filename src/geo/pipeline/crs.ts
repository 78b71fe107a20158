import proj4 from 'proj4';
import { crsMessages } from '../../i18n/catalogue/geo';
import type { Language } from '../../i18n/language';
import { t } from '../../i18n/messages';

/**
 * Coordinate systems a Dongguan boundary file arrives in. CGCS2000 and WGS-84 differ by a few
 * centimetres, so a CGCS2000 geographic file is taken as WGS-84. Projected files are recognised by
 * their metre-sized coordinates and unprojected with proj4; GCJ-02 and BD-09 (the offsets of
 * Chinese web maps) are recognised by comparing with the reference boundaries and converted back.
 */
export interface ProjectedCrs {
  code: string;
  name: string;
  proj: string;
}

const GK = (lon0: number, falseEasting: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

export const PROJECTED_CANDIDATES: readonly ProjectedCrs[] = [
  { code: 'EPSG:3857', name: crsMessages['EPSG:3857'].zh, proj: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs' },
  { code: 'EPSG:4547', name: crsMessages['EPSG:4547'].zh, proj: GK(114, 500000) },
  { code: 'EPSG:4526', name: crsMessages['EPSG:4526'].zh, proj: GK(114, 38500000) },
  { code: 'EPSG:4546', name: crsMessages['EPSG:4546'].zh, proj: GK(111, 500000) },
  { code: 'EPSG:4525', name: crsMessages['EPSG:4525'].zh, proj: GK(111, 37500000) },
  { code: 'EPSG:4508', name: crsMessages['EPSG:4508'].zh, proj: GK(111, 500000) },
  { code: 'EPSG:4499', name: crsMessages['EPSG:4499'].zh, proj: GK(111, 19500000) },
  { code: 'EPSG:4509', name: crsMessages['EPSG:4509'].zh, proj: GK(117, 500000) },
  { code: 'EPSG:4500', name: crsMessages['EPSG:4500'].zh, proj: GK(117, 20500000) },
];

export type Converter = (p: number[]) => number[];

/** A coordinate system's name in a language (the `name` fields are the Chinese); an unknown code keeps `fallback`. */
export function crsNameIn(code: string, fallback: string, language?: Language): string {
  const message = (crsMessages as Record<string, (typeof crsMessages)[keyof typeof crsMessages]>)[code];
  return message ? t(message, undefined, language) : fallback;
}

/** A converter from a projected CRS to longitude/latitude; null if proj4 cannot read the definition. */
export function unprojector(definition: string): Converter | null {
  try {
    const conv = proj4(definition, 'EPSG:4326');
    return (p) => conv.forward([p[0], p[1]]);
  } catch {
    return null;
  }
}

/** The name a .prj (WKT) gives its coordinate system, for the report. */
export function wktName(wkt: string): string {
  const m = /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\s*\[\s*"([^"]+)"/i.exec(wkt);
  return m ? m[1] : wkt.slice(0, 60);
}

export function isGeographicWkt(wkt: string): boolean {
  return /^\s*(GEOGCS|GEOGCRS)\b/i.test(wkt);
}

// GCJ-02 ("火星坐标") and BD-09: the published forward formulas; inverses by fixed-point iteration,
// which converges to well under a centimetre in a few steps.
const A = 6378245.0;
const EE = 0.00669342162296594323;
const X_PI = (Math.PI * 3000.0) / 180.0;

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function transformLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

export function wgs84ToGcj02(p: number[]): number[] {
  const [lon, lat] = p;
  let dLat = transformLat(lon - 105.0, lat - 35.0);
  let dLon = transformLon(lon - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

export function gcj02ToBd09(p: number[]): number[] {
  const [x, y] = p;
  const z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

function invert(forward: Converter): Converter {
  return (target) => {
    let guess = [target[0], target[1]];
    for (let i = 0; i < 12; i++) {
      const f = forward(guess);
      const dx = f[0] - target[0];
      const dy = f[1] - target[1];
      guess = [guess[0] - dx, guess[1] - dy];
      if (Math.abs(dx) < 1e-10 && Math.abs(dy) < 1e-10) break;
    }
    return guess;
  };
}

export const gcj02ToWgs84 = invert(wgs84ToGcj02);
export const wgs84ToBd09: Converter = (p) => gcj02ToBd09(wgs84ToGcj02(p));
export const bd09ToWgs84 = invert(wgs84ToBd09);

export interface OffsetCandidate {
  code: 'GCJ-02' | 'BD-09';
  name: string;
  toWgs84: Converter;
}

export const OFFSET_CANDIDATES: readonly OffsetCandidate[] = [
  { code: 'GCJ-02', name: crsMessages['GCJ-02'].zh, toWgs84: gcj02ToWgs84 },
  { code: 'BD-09', name: crsMessages['BD-09'].zh, toWgs84: bd09ToWgs84 },
];
