import { describe, expect, it } from 'vitest';
import { PRJ_4547, sharedTownsShapefileZip4547 } from '../../tests/support/shapefileZip';
import { checkBeforeReading, declaredUnpackedSize, readBoundaryBytes, unpackedSizeProblem } from './readBoundaryFile';
import { runPipeline } from '../geo/pipeline/pipeline';
import { zipByHand } from '../../tests/support/zipByHand';
import { toKml } from '../../tests/support/kml';
import { sharedBoundaries } from '../../tests/fixtures/boundaryFixtures';
// The text-encoding polyfill (a dependency of shapefile) can still write GBK, as GIS software does.
// @ts-expect-error: the polyfill ships no types
import { TextEncoder as LegacyTextEncoder } from 'text-encoding';

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('reading a boundary file a user chose', () => {
  it('refuses by name or size before reading anything', () => {
    expect(checkBeforeReading('towns.docx', 10)).toMatch(/towns\.docx 不是可导入的边界文件/);
    expect(checkBeforeReading('big.geojson', 214 * 1024 * 1024)).toMatch(/big\.geojson 有 214 MB，超过 100 MB 的上限，未做任何处理/);
  });

  it('reads a zipped Shapefile in EPSG:4547 with its .prj, and the pipeline names the reprojection', async () => {
    const zip = await sharedTownsShapefileZip4547('towns');
    const read = await readBoundaryBytes('towns.zip', toArrayBuffer(zip));
    expect(read.prj).toBe(PRJ_4547);
    const result = runPipeline(read.collection, { fileName: 'towns.zip', prj: read.prj, source: { file: 'towns.zip', sha256: '', attribution: '' } });
    expect(result.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.report.crs.found).toMatch(/CGCS2000_3_Degree_GK_CM_114E/);
    expect(result.report.neighbourPairs).toBe(82);
  }, 120_000);

  it('reads KML placemarks', async () => {
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>长安镇</name>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>113.7,22.8 113.75,22.8 113.75,22.85 113.7,22.8</coordinates></LinearRing></outerBoundaryIs></Polygon>
      </Placemark></Document></kml>`;
    const read = await readBoundaryBytes('towns.kml', toArrayBuffer(Buffer.from(kml)));
    const features = (read.collection as { features: { properties: { name: string }; geometry: { type: string } }[] }).features;
    expect(features[0].properties.name).toBe('长安镇');
    expect(features[0].geometry.type).toBe('Polygon');
  });

  it('names the file and the fix for a zip without a .shp, and for broken JSON', async () => {
    await expect(readBoundaryBytes('empty.zip', toArrayBuffer(Buffer.from('not a zip')))).rejects.toThrow(/empty\.zip 不是有效的 zip 压缩包/);
    await expect(readBoundaryBytes('bad.geojson', toArrayBuffer(Buffer.from('{')))).rejects.toThrow(/bad\.geojson 不是有效的 JSON/);
  });

  it('a zip that unpacks to 200 MB is refused from its central directory, naming the unpacked size, before inflating', async () => {
    const bomb = zipByHand([
      { name: 'towns.shp', data: Buffer.alloc(200 * 1024 * 1024) },
      { name: 'towns.dbf', data: Buffer.alloc(100) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(declaredUnpackedSize(toArrayBuffer(bomb))).toBe(200 * 1024 * 1024 + 100);
    expect(unpackedSizeProblem('bomb.zip', toArrayBuffer(bomb))).toMatch(/^bomb\.zip 解压后有 200 MB/);
    expect(unpackedSizeProblem('towns.zip', toArrayBuffer(await sharedTownsShapefileZip4547('towns')))).toBeNull();
    await expect(readBoundaryBytes('bomb.zip', toArrayBuffer(bomb))).rejects.toThrow(/^bomb\.zip 解压后有 200 MB，超过解压后 100 MB 的上限，未继续处理/);
  }, 60_000);

  it('a zip whose central directory understates its sizes is stopped while inflating', async () => {
    const liar = zipByHand([
      { name: 'towns.shp', data: Buffer.alloc(150 * 1024 * 1024), declaredSize: 1000 },
      { name: 'towns.dbf', data: Buffer.alloc(100) },
    ]);
    await expect(readBoundaryBytes('liar.zip', toArrayBuffer(liar))).rejects.toThrow(/^liar\.zip 解压后超过 100 MB，超过解压后 100 MB 的上限，未继续处理/);
  }, 60_000);

  it('a GBK .dbf without .cpg is detected by its garbled names and read as GBK, saying so', async () => {
    const gbk = new LegacyTextEncoder('gbk', { NONSTANDARD_allowLegacyEncoding: true }) as { encode: (s: string) => Uint8Array };
    const zip = await sharedTownsShapefileZip4547('towns', { cpg: null, encodeName: (name) => gbk.encode(name) });
    const read = await readBoundaryBytes('towns.zip', toArrayBuffer(zip));
    const names = (read.collection as { features: { properties: { name: string } }[] }).features.map((f) => f.properties.name);
    expect(names).toContain('长安镇');
    expect(names.every((n) => !n.includes('\uFFFD'))).toBe(true);
    expect(read.notes).toContainEqual(expect.objectContaining({ code: 'dbf-encoding', message: expect.stringMatching(/没有 \.cpg.*按 UTF-8 读取有 35 个名称是乱码；已改按 GBK 读取/) }));
  }, 120_000);

  it('reads the shared boundaries written as KML (multi-part towns as MultiGeometry) without a DOM, and the pipeline accepts them', async () => {
    const kml = toKml(sharedBoundaries());
    expect(kml).toContain('<MultiGeometry>');
    const read = await readBoundaryBytes('towns.kml', toArrayBuffer(Buffer.from(kml)));
    const result = runPipeline(read.collection, { fileName: 'towns.kml', source: { file: 'towns.kml', sha256: '', attribution: '' } });
    expect(result.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.report.findings.some((f) => f.code === 'geometry-collection')).toBe(true);
    expect(result.report.neighbourPairs).toBe(82);
  }, 120_000);

  it('refuses KML with an external entity or an entity bomb, naming the file', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><kml><Document><Placemark><name>&xxe;</name></Placemark></Document></kml>`;
    await expect(readBoundaryBytes('xxe.kml', toArrayBuffer(Buffer.from(xxe)))).rejects.toThrow(/^xxe\.kml 不是有效的 KML/);
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><kml><Placemark><name>&lol2;</name></Placemark></kml>`;
    await expect(readBoundaryBytes('lol.kml', toArrayBuffer(Buffer.from(lol)))).rejects.toThrow(/^lol\.kml 不是有效的 KML/);
    await expect(readBoundaryBytes('broken.kml', toArrayBuffer(Buffer.from('<kml><Placemark>')))).rejects.toThrow(/^broken\.kml 不是有效的 KML（XML 格式错误/);
  });
});
