import type { RawCollection } from '../fixtures/boundaryFixtures';

const ring = (r: number[][]) => `<LinearRing><coordinates>${r.map((p) => `${p[0]},${p[1]}`).join(' ')}</coordinates></LinearRing>`;
const polygon = (rings: number[][][]) =>
  `<Polygon><outerBoundaryIs>${ring(rings[0])}</outerBoundaryIs>${rings.slice(1).map((r) => `<innerBoundaryIs>${ring(r)}</innerBoundaryIs>`).join('')}</Polygon>`;

/**
 * A boundary collection written as KML the way GIS tools write it: one Placemark per unit with its
 * name and ExtendedData, a multi-part unit as a MultiGeometry of Polygons.
 */
export function toKml(c: RawCollection): string {
  const placemarks = c.features.map((f) => {
    const g = f.geometry;
    const shape = g.type === 'Polygon' ? polygon(g.coordinates as number[][][]) : `<MultiGeometry>${(g.coordinates as number[][][][]).map(polygon).join('')}</MultiGeometry>`;
    const data = Object.entries(f.properties)
      .map(([k, v]) => `<SimpleData name="${k}">${String(v)}</SimpleData>`)
      .join('');
    return `<Placemark><name>${f.properties.name}</name><ExtendedData><SchemaData schemaUrl="#towns">${data}</SchemaData></ExtendedData>${shape}</Placemark>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>towns</name>${placemarks.join('\n')}</Document></kml>\n`;
}
