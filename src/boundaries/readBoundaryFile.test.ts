import { describe, expect, it } from 'vitest';
import { PRJ_4547, sharedTownsShapefileZip4547 } from '../../tests/support/shapefileZip';
import { checkBeforeReading, readBoundaryBytes } from './readBoundaryFile';
import { runPipeline } from '../geo/pipeline/pipeline';

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
});
