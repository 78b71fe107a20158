/**
 * Writes a zipped Shapefile (polygons, one text attribute `name`, UTF-8) for the import tests:
 * .shp, .shx, .dbf, .cpg and the given .prj. Only what the tests need of the format (ESRI
 * Shapefile Technical Description, 1998): exterior rings clockwise, holes counter-clockwise.
 */
import JSZip from 'jszip';

type Ring = number[][];
export interface ShapeRecord {
  name: string;
  /** Polygons, each exterior ring first, in the target coordinate system. */
  polygons: Ring[][];
}

const signedArea = (ring: Ring) => {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
};

function header(view: DataView, fileBytes: number, box: number[]) {
  view.setInt32(0, 9994, false);
  view.setInt32(24, fileBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, 5, true);
  box.forEach((v, i) => view.setFloat64(36 + 8 * i, v, true));
}

export interface ShapefileZipOptions {
  /** The .cpg text; null for none (then readers must guess the .dbf's encoding). UTF-8 by default. */
  cpg?: string | null;
  /** How a name is written into the .dbf (UTF-8 by default). */
  encodeName?: (name: string) => Uint8Array;
}

export async function shapefileZip(baseName: string, records: ShapeRecord[], prj: string, options: ShapefileZipOptions = {}): Promise<Buffer> {
  const contents = records.map((r) => {
    const rings = r.polygons.flatMap((poly) =>
      poly.map((ring, i) => ((signedArea(ring) < 0) === (i === 0) ? ring : [...ring].reverse())),
    );
    const points = rings.flat();
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { rings, points, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
  const box = [0, 1, 2, 3].map((i) => (i < 2 ? Math.min : Math.max)(...contents.map((c) => c.box[i])));
  const contentBytes = contents.map((c) => 44 + 4 * c.rings.length + 16 * c.points.length);
  const shpBytes = 100 + contentBytes.reduce((s, n) => s + 8 + n, 0);
  const shp = new DataView(new ArrayBuffer(shpBytes));
  const shx = new DataView(new ArrayBuffer(100 + 8 * records.length));
  header(shp, shpBytes, box);
  header(shx, 100 + 8 * records.length, box);
  let offset = 100;
  contents.forEach((c, i) => {
    shx.setInt32(100 + 8 * i, offset / 2, false);
    shx.setInt32(104 + 8 * i, contentBytes[i] / 2, false);
    shp.setInt32(offset, i + 1, false);
    shp.setInt32(offset + 4, contentBytes[i] / 2, false);
    let o = offset + 8;
    shp.setInt32(o, 5, true);
    c.box.forEach((v, k) => shp.setFloat64(o + 4 + 8 * k, v, true));
    shp.setInt32(o + 36, c.rings.length, true);
    shp.setInt32(o + 40, c.points.length, true);
    o += 44;
    let start = 0;
    for (const ring of c.rings) {
      shp.setInt32(o, start, true);
      o += 4;
      start += ring.length;
    }
    for (const p of c.points) {
      shp.setFloat64(o, p[0], true);
      shp.setFloat64(o + 8, p[1], true);
      o += 16;
    }
    offset += 8 + contentBytes[i];
  });

  const FIELD = 40;
  const headerLength = 32 + 32 + 1;
  const recordLength = 1 + FIELD;
  const dbf = Buffer.alloc(headerLength + recordLength * records.length + 1, 0);
  dbf[0] = 0x03;
  dbf.writeUInt8(124, 1);
  dbf.writeUInt8(11, 2);
  dbf.writeUInt8(24, 3);
  dbf.writeUInt32LE(records.length, 4);
  dbf.writeUInt16LE(headerLength, 8);
  dbf.writeUInt16LE(recordLength, 10);
  dbf.write('name', 32, 'latin1');
  dbf.write('C', 43, 'latin1');
  dbf.writeUInt8(FIELD, 48);
  dbf[64] = 0x0d;
  records.forEach((r, i) => {
    const at = headerLength + recordLength * i;
    dbf.fill(0x20, at, at + recordLength);
    Buffer.from(options.encodeName ? options.encodeName(r.name) : Buffer.from(r.name, 'utf8')).copy(dbf, at + 1);
  });
  dbf[dbf.length - 1] = 0x1a;

  const zip = new JSZip();
  zip.file(`${baseName}.shp`, new Uint8Array(shp.buffer));
  zip.file(`${baseName}.shx`, new Uint8Array(shx.buffer));
  zip.file(`${baseName}.dbf`, dbf);
  zip.file(`${baseName}.prj`, prj);
  const cpg = options.cpg === undefined ? 'UTF-8' : options.cpg;
  if (cpg !== null) zip.file(`${baseName}.cpg`, cpg);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The ESRI WKT of EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E), as GIS software writes it. */
export const PRJ_4547 =
  'PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** The shared towns in EPSG:4547 as a zipped Shapefile with its .prj (made at test time). */
export async function sharedTownsShapefileZip4547(baseName = 'dongguan-towns-4547', options: ShapefileZipOptions = {}): Promise<Buffer> {
  const { projected } = await import('../fixtures/boundaryFixtures');
  const c = projected('EPSG:4547');
  return shapefileZip(
    baseName,
    c.features.map((f) => ({
      name: String(f.properties.name),
      polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    })),
    PRJ_4547,
    options,
  );
}
