/**
 * Reads the polygons of a KML file into a GeoJSON FeatureCollection without a DOM, so it runs in
 * the import worker (DOMParser exists only in the page: a 31 MB KML parsed there froze the page
 * for seconds). A streaming, non-validating XML parser (saxes) reads it: no entity is ever expanded
 * beyond XML's five, so an external entity (XXE) or an entity bomb (billion laughs) is an error.
 *
 * Each Placemark becomes a feature: its <name> and ExtendedData (SimpleData/Data) as properties; a
 * Polygon as Polygon; a MultiGeometry of polygons (how KML writes a town in several parts) as a
 * GeometryCollection of polygons, which the pipeline reads as a MultiPolygon. Anything other than
 * polygons is passed on by type so the pipeline can name it.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { boundaryMessages as m } from '../i18n/catalogue/boundaries';
import { t } from '../i18n/messages';

type Position = [number, number];
type Rings = Position[][];

interface PlacemarkDraft {
  properties: Record<string, string>;
  polygons: Rings[];
  others: string[];
  multi: boolean;
}

export class KmlError extends Error {}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function parseCoordinates(text: string): Position[] {
  const out: Position[] = [];
  for (const tuple of text.trim().split(/\s+/)) {
    if (!tuple) continue;
    const [x, y] = tuple.split(',');
    out.push([Number(x), Number(y)]);
  }
  return out;
}

export function readKmlText(text: string, fileName: string): { type: 'FeatureCollection'; features: unknown[] } {
  const features: unknown[] = [];
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  let placemark: PlacemarkDraft | null = null;
  let polygon: { outer: Position[] | null; inner: Position[][] } | null = null;
  let textBuffer = '';
  let dataName: string | null = null;
  let failure: Error | null = null;

  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('doctype', () => {
    // A DTD is where entity tricks live; KML never needs one.
    failure ??= new KmlError(t(m.kmlDoctype));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    stack.push(name);
    textBuffer = '';
    if (name === 'Placemark') placemark = { properties: {}, polygons: [], others: [], multi: false };
    else if (!placemark) return;
    else if (name === 'MultiGeometry') placemark.multi = true;
    else if (name === 'Polygon') polygon = { outer: null, inner: [] };
    else if (name === 'SimpleData' || name === 'Data') dataName = typeof tag.attributes.name === 'string' ? tag.attributes.name : null;
    else if ((name === 'Point' || name === 'LineString' || name === 'Track' || name === 'Model') && !polygon) placemark.others.push(name);
  });
  const onText = (t: string) => {
    textBuffer += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    stack.pop();
    const parent = stack[stack.length - 1];
    const p = placemark as PlacemarkDraft | null;
    if (!p) return;
    if (name === 'coordinates' && polygon) {
      const ring = parseCoordinates(textBuffer);
      if (stack.includes('outerBoundaryIs')) polygon.outer = ring;
      else if (stack.includes('innerBoundaryIs')) polygon.inner.push(ring);
    } else if (name === 'Polygon' && polygon) {
      if (polygon.outer) p.polygons.push([polygon.outer, ...polygon.inner]);
      polygon = null;
    } else if (name === 'name' && parent === 'Placemark') p.properties.name = textBuffer.trim();
    else if (name === 'SimpleData' && dataName) p.properties[dataName] = textBuffer.trim();
    else if (name === 'value' && parent === 'Data' && dataName) p.properties[dataName] = textBuffer.trim();
    else if (name === 'Placemark') {
      const geometry =
        p.polygons.length === 1 && !p.multi
          ? { type: 'Polygon', coordinates: p.polygons[0] }
          : p.polygons.length > 0 && p.others.length === 0
            ? { type: 'GeometryCollection', geometries: p.polygons.map((coordinates) => ({ type: 'Polygon', coordinates })) }
            : p.others.length > 0
              ? { type: p.others[0], coordinates: [] }
              : null;
      features.push({ type: 'Feature', properties: p.properties, geometry });
      placemark = null;
    }
    textBuffer = '';
  });

  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure) {
    const reason = failure instanceof KmlError ? failure.message : t(m.xmlError, { error: (failure as Error).message });
    throw new KmlError(t(m.notKml, { file: fileName, reason }));
  }
  return { type: 'FeatureCollection', features };
}
