/**
 * Reads a boundary file a user chose: GeoJSON (.geojson/.json), a zipped Shapefile (.zip with
 * .shp, .dbf and, ideally, .prj and .cpg) or KML. Returns a GeoJSON FeatureCollection with the
 * coordinates as the file has them (the pipeline finds and converts the coordinate system) and the
 * .prj text, or a message naming the file and the fix.
 */
import JSZip from 'jszip';
import { read as readShapefile } from 'shapefile';
import type { Finding } from '../geo/pipeline/findings';
import { KmlError, readKmlText } from './readKml';
import { MAX_INPUT_BYTES, parseGeoJsonText, tooLargeMessage } from '../geo/pipeline/input';
import { boundaryMessages as m } from '../i18n/catalogue/boundaries';
import { joinList, t } from '../i18n/messages';

/** A zipped Shapefile may hold no more than this once unpacked (the same limit as a file on disk). */
export const MAX_UNPACKED_BYTES = MAX_INPUT_BYTES;

export type BoundaryFileKind = 'geojson' | 'shapefile-zip' | 'kml';

export interface ReadBoundary {
  collection: unknown;
  prj?: string;
  notes: Finding[];
}

export function kindOf(fileName: string): BoundaryFileKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.zip')) return 'shapefile-zip';
  if (lower.endsWith('.kml')) return 'kml';
  return null;
}

export class BoundaryFileError extends Error {}

/** Checked before anything is read: the kind by name, and the size. */
export function checkBeforeReading(fileName: string, size: number): string | null {
  if (!kindOf(fileName)) return t(m.notImportable, { file: fileName });
  if (size > MAX_INPUT_BYTES) return tooLargeMessage(fileName, size);
  if (size === 0) return t(m.emptyFile, { file: fileName });
  return null;
}

function decodeText(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export async function readBoundaryBytes(fileName: string, bytes: ArrayBuffer): Promise<ReadBoundary> {
  const kind = kindOf(fileName);
  if (kind === 'geojson') {
    const parsed = parseGeoJsonText(decodeText(bytes), fileName);
    if ('error' in parsed) throw new BoundaryFileError(parsed.error.message);
    return { collection: parsed.value, notes: parsed.notes };
  }
  if (kind === 'shapefile-zip') return readShapefileZip(fileName, bytes);
  if (kind === 'kml') return readKml(fileName, decodeText(bytes));
  throw new BoundaryFileError(checkBeforeReading(fileName, bytes.byteLength) ?? t(m.unknownKind, { file: fileName }));
}

async function readShapefileZip(fileName: string, bytes: ArrayBuffer): Promise<ReadBoundary> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new BoundaryFileError(t(m.notZip, { file: fileName }));
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && !f.name.startsWith('__MACOSX/'));
  // What the zip becomes, from its central directory, before anything is inflated.
  const declared = Object.values(zip.files).reduce((sum, f) => sum + (declaredSize(f) ?? 0), 0);
  if (declared > MAX_UNPACKED_BYTES) throw new BoundaryFileError(unpackedTooLarge(fileName, declared));
  const shp = entries.filter((f) => f.name.toLowerCase().endsWith('.shp'));
  if (shp.length === 0) throw new BoundaryFileError(t(m.noShp, { file: fileName }));
  if (shp.length > 1) throw new BoundaryFileError(t(m.severalShp, { file: fileName, count: shp.length, names: joinList(shp.map((f) => f.name)) }));
  const base = shp[0].name.slice(0, -4).toLowerCase();
  const sibling = (ext: string) => entries.find((f) => f.name.toLowerCase() === base + ext);
  const dbf = sibling('.dbf');
  if (!dbf) throw new BoundaryFileError(t(m.noDbf, { file: fileName, base: shp[0].name.slice(0, -4) }));
  const prjFile = sibling('.prj');
  const cpg = sibling('.cpg');
  // Counted again while inflating: a central directory can lie about the sizes.
  const budget = { left: MAX_UNPACKED_BYTES, fileName };
  const text = async (f: JSZip.JSZipObject) => new TextDecoder('utf-8').decode(await inflateCounted(f, budget));
  const encoding = cpg ? (await text(cpg)).trim() || 'utf-8' : 'utf-8';
  const notes: Finding[] = [];
  if (!prjFile) notes.push({ severity: 'warning', code: 'no-prj', message: t(m.noPrj, { file: fileName }) });
  const shpBytes = toArrayBuffer(await inflateCounted(shp[0], budget));
  const dbfBytes = toArrayBuffer(await inflateCounted(dbf, budget));
  const read = async (label: string) => {
    try {
      return (await readShapefile(shpBytes, dbfBytes, { encoding: label })) as { features?: { properties?: Record<string, unknown> }[] };
    } catch (error) {
      throw new BoundaryFileError(t(m.shapefileUnreadable, { file: fileName, error: (error as Error).message }));
    }
  };
  let collection = await read(normaliseEncoding(encoding));
  if (!cpg && garbledTexts(collection) > 0) {
    // No .cpg and the attributes are not UTF-8: Chinese GIS software writes GBK by default.
    const gbk = await read('gbk');
    const garbled = garbledTexts(collection);
    if (garbledTexts(gbk) === 0) {
      collection = gbk;
      notes.push({
        severity: 'warning',
        code: 'dbf-encoding',
        message: t(m.readAsGbk, { file: fileName, count: garbled }),
      });
    } else {
      notes.push({
        severity: 'warning',
        code: 'dbf-encoding',
        message: t(m.neitherEncoding, { file: fileName, count: garbled }),
      });
    }
  }
  return { collection, prj: prjFile ? await text(prjFile) : undefined, notes };
}

/**
 * The unpacked size a zip's central directory declares for all its entries, read from the end of
 * the file without inflating anything (cheap enough for the page, before a worker is started);
 * null when the bytes are not a zip this can read (JSZip then says why).
 */
export function declaredUnpackedSize(bytes: ArrayBuffer): number | null {
  const view = new DataView(bytes);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535.
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const entries = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null;
      total += view.getUint32(offset + 24, true);
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}

/** Refusal of a zip by the unpacked size its central directory declares, or null. */
export function unpackedSizeProblem(fileName: string, bytes: ArrayBuffer): string | null {
  if (kindOf(fileName) !== 'shapefile-zip') return null;
  const size = declaredUnpackedSize(bytes);
  return size !== null && size > MAX_UNPACKED_BYTES ? unpackedTooLarge(fileName, size) : null;
}

/** The unpacked size a zip's central directory declares for an entry (JSZip keeps it privately). */
function declaredSize(f: JSZip.JSZipObject): number | undefined {
  const size = (f as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) ? size : undefined;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function unpackedTooLarge(fileName: string, bytes: number, atLeast = false): string {
  return t(atLeast ? m.unpackedOver : m.unpackedIs, { file: fileName, size: mb(bytes), limit: mb(MAX_UNPACKED_BYTES) });
}

/** Inflates one entry, counting the bytes as they come and stopping once the budget is spent. */
function inflateCounted(f: JSZip.JSZipObject, budget: { left: number; fileName: string }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stopped = false;
    const stream = (f as unknown as { internalStream: (type: 'uint8array') => JSZipStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        if (stopped) return;
        size += chunk.length;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stopped = true;
          stream.pause();
          reject(new BoundaryFileError(unpackedTooLarge(budget.fileName, MAX_UNPACKED_BYTES - budget.left, true)));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: unknown) => !stopped && reject(new BoundaryFileError(t(m.cannotUnpack, { file: budget.fileName, entry: f.name, error: (e as Error).message }))))
      .on('end', () => {
        if (stopped) return;
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

interface JSZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', listener: (e: unknown) => void): JSZipStream;
  on(event: 'end', listener: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

const toArrayBuffer = (u: Uint8Array) => (u.byteOffset === 0 && u.byteLength === u.buffer.byteLength ? u.buffer : u.slice().buffer) as ArrayBuffer;

/** How many text attributes hold U+FFFD (bytes that were not valid in the encoding used). */
function garbledTexts(collection: { features?: { properties?: Record<string, unknown> }[] }): number {
  let n = 0;
  for (const f of collection.features ?? []) for (const v of Object.values(f.properties ?? {})) if (typeof v === 'string' && v.includes('\uFFFD')) n++;
  return n;
}

function normaliseEncoding(cpg: string): string {
  const e = cpg.toLowerCase();
  if (e === '936' || e === 'gbk' || e === 'gb2312' || e === 'cp936') return 'gbk';
  return e;
}

async function readKml(fileName: string, text: string): Promise<ReadBoundary> {
  try {
    return { collection: readKmlText(text, fileName), notes: [] };
  } catch (error) {
    throw new BoundaryFileError(error instanceof KmlError ? error.message : t(m.cannotRead, { file: fileName, error: (error as Error).message }));
  }
}
