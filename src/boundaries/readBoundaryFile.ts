/**
 * Reads a boundary file a user chose: GeoJSON (.geojson/.json), a zipped Shapefile (.zip with
 * .shp, .dbf and, ideally, .prj and .cpg) or KML. Returns a GeoJSON FeatureCollection with the
 * coordinates as the file has them (the pipeline finds and converts the coordinate system) and the
 * .prj text, or a message naming the file and the fix.
 */
import JSZip from 'jszip';
import { read as readShapefile } from 'shapefile';
import type { Finding } from '../geo/pipeline/findings';
import { MAX_INPUT_BYTES, parseGeoJsonText, tooLargeMessage } from '../geo/pipeline/input';

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
  if (!kindOf(fileName)) return `${fileName} 不是可导入的边界文件。请选择 GeoJSON（.geojson/.json）、压缩的 Shapefile（.zip，含 .shp、.dbf、.prj）或 KML（.kml）。`;
  if (size > MAX_INPUT_BYTES) return tooLargeMessage(fileName, size);
  if (size === 0) return `${fileName} 是空文件。`;
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
  throw new BoundaryFileError(checkBeforeReading(fileName, bytes.byteLength) ?? `${fileName}：无法识别的文件类型`);
}

async function readShapefileZip(fileName: string, bytes: ArrayBuffer): Promise<ReadBoundary> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new BoundaryFileError(`${fileName} 不是有效的 zip 压缩包。请把 Shapefile 的 .shp、.dbf、.prj 文件一起压缩成 .zip。`);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && !f.name.startsWith('__MACOSX/'));
  const shp = entries.filter((f) => f.name.toLowerCase().endsWith('.shp'));
  if (shp.length === 0) throw new BoundaryFileError(`${fileName} 中没有 .shp 文件。请把 Shapefile 的 .shp、.dbf、.prj 文件一起压缩成 .zip。`);
  if (shp.length > 1) throw new BoundaryFileError(`${fileName} 中有 ${shp.length} 个 .shp 文件（${shp.map((f) => f.name).join('、')}）。请只放镇街边界这一个图层。`);
  const base = shp[0].name.slice(0, -4).toLowerCase();
  const sibling = (ext: string) => entries.find((f) => f.name.toLowerCase() === base + ext);
  const dbf = sibling('.dbf');
  if (!dbf) throw new BoundaryFileError(`${fileName} 中缺少 ${shp[0].name.slice(0, -4)}.dbf（属性表，镇街名称在其中）。`);
  const prjFile = sibling('.prj');
  const cpg = sibling('.cpg');
  const encoding = cpg ? (await cpg.async('string')).trim() || 'utf-8' : 'utf-8';
  const notes: Finding[] = [];
  if (!prjFile) notes.push({ severity: 'warning', code: 'no-prj', message: `${fileName} 中没有 .prj，坐标系将按坐标数值判断` });
  let collection: unknown;
  try {
    collection = await readShapefile(await shp[0].async('arraybuffer'), await dbf.async('arraybuffer'), { encoding: normaliseEncoding(encoding) });
  } catch (error) {
    throw new BoundaryFileError(`${fileName} 中的 Shapefile 无法读取：${(error as Error).message}`);
  }
  return { collection, prj: prjFile ? await prjFile.async('string') : undefined, notes };
}

function normaliseEncoding(cpg: string): string {
  const e = cpg.toLowerCase();
  if (e === '936' || e === 'gbk' || e === 'gb2312' || e === 'cp936') return 'gbk';
  return e;
}

async function readKml(fileName: string, text: string): Promise<ReadBoundary> {
  if (typeof DOMParser === 'undefined') throw new BoundaryFileError(`${fileName}：KML 只能在页面中读取`);
  const { kml } = await import('@tmcw/togeojson');
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new BoundaryFileError(`${fileName} 不是有效的 KML（XML 格式错误）。`);
  return { collection: kml(doc), notes: [] };
}
