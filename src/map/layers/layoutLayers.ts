/**
 * The one renderer for every layout element: it turns the declarative model into MapLibre sources
 * (where each element sits), and asks the symbol kinds that draw it (src/map/symbols/) for its layers
 * and marker images. Adding an element to a plan file (src/plans/builtin, or a planner's import) is
 * all it takes to draw it.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { wrapLabel } from '../symbols/wrapLabel';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { zoneGeometry, type GeoData } from '../../geo/geoData';
import { elementName } from '../../layouts/displayNames';
import { baseMarkerTowns } from '../../layouts/queries';
import type { LayoutElement } from '../../layouts/types';
import type { OverlayImage, OverlayLayer, OverlaySpec } from '../overlaySpec';
import { OVERLAY_SYMBOLS, baseLayerAbove } from '../symbols';
import { nodeOffset, roleImageId } from '../symbols/cluster';
import { keepOutImage } from '../symbols/keepOut';
import { OVERLAY_SOURCE, wholeCityGeoJson } from '../symbols/sources';

export { baseRadiusPx } from '../symbols/base';
export { nodeOffset } from '../symbols/cluster';
export { OVERLAY_SOURCE } from '../symbols/sources';

function labelOf(geo: GeoData, town: string): [number, number] {
  const meta = geo.metaByName.get(town);
  if (!meta) throw new Error(`layout renderer: unknown town ${town}`);
  return meta.label;
}

export function baseMarkerPoint(geo: GeoData, element: LayoutElement): [number, number] {
  const points = baseMarkerTowns(element).map((town) => labelOf(geo, town));
  return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
}

/**
 * Degrees of longitude between the markers of bases that would sit on one point (the plans give
 * 东部智能制造 and 东莞新材料 one area in 松山湖, 未分列): about 1.8 km, so at the city's zoom each
 * circle shows beside the other instead of one hiding the other.
 */
const SHARED_POINT_SPREAD = 0.018;

/** Each base's marker point; bases whose towns give the same point are set side by side, west to east in model order. */
export function baseMarkerPoints(geo: GeoData, elements: readonly LayoutElement[]): Map<string, [number, number]> {
  const byPoint = new Map<string, { id: string; point: [number, number] }[]>();
  for (const e of elements.filter((el) => el.draw === 'base')) {
    const point = baseMarkerPoint(geo, e);
    const key = point.map((v) => v.toFixed(5)).join(',');
    byPoint.set(key, [...(byPoint.get(key) ?? []), { id: e.id, point }]);
  }
  const points = new Map<string, [number, number]>();
  for (const group of byPoint.values()) {
    group.forEach(({ id, point }, i) => points.set(id, [point[0] + (i - (group.length - 1) / 2) * SHARED_POINT_SPREAD, point[1]]));
  }
  return points;
}

export function buildLayoutOverlays(elements: readonly LayoutElement[], geo: GeoData): OverlaySpec {
  const zoneFeatures: Feature[] = [];
  const nodeFeatures: Feature<Point>[] = [];
  const axisFeatures: Feature<LineString>[] = [];
  const baseFeatures: Feature<Point>[] = [];
  const layers: OverlayLayer[] = [];
  const images = new Map<string, OverlayImage>();
  const keepOut = keepOutImage();
  images.set(keepOut.id, keepOut);

  const basePoints = baseMarkerPoints(geo, elements);
  const nodeElements = elements.filter((e) => e.draw === 'nodes');
  /** Each town's node memberships in model order (its markers' slots). */
  const nodeSlots = new Map<string, string[]>();
  for (const e of nodeElements) for (const m of e.members) nodeSlots.set(m.town, [...(nodeSlots.get(m.town) ?? []), e.id]);

  for (const element of elements) {
    const { id } = element;
    const memberTowns = element.members.map((m) => m.town);
    // Where the element sits on the map: its features in the overlay sources.
    switch (element.draw) {
      case 'zone':
        for (const part of ['whole', 'partial'] as const) {
          const zone = zoneGeometry(geo, id, element.members.filter((m) => m.coverage === part).map((m) => m.town), part);
          if (zone) zoneFeatures.push(zone);
        }
        break;
      case 'nodes':
        for (const member of element.members) {
          const slots = nodeSlots.get(member.town)!;
          nodeFeatures.push({
            type: 'Feature',
            properties: { id, town: member.town, role: member.role, icon: roleImageId(member.roleKind, element.color, member.coverage === 'partial'), offset: nodeOffset(slots.indexOf(id), slots.length) },
            geometry: { type: 'Point', coordinates: labelOf(geo, member.town) },
          });
        }
        break;
      case 'axis':
        for (const path of element.axisPaths ?? [memberTowns]) {
          axisFeatures.push({ type: 'Feature', properties: { id }, geometry: { type: 'LineString', coordinates: path.map((t) => labelOf(geo, t)) } });
        }
        break;
      case 'base':
        // `name` stays the Chinese (renderers and tests key on it); `label` is what is written, in the page's language, a long English name in a few lines.
        baseFeatures.push({ type: 'Feature', properties: { id, name: element.nameZh, label: wrapLabel(elementName(element)) }, geometry: { type: 'Point', coordinates: basePoints.get(id)! } });
        break;
    }
    // How it is drawn: its kinds' images and layers (src/map/symbols/).
    for (const kind of OVERLAY_SYMBOLS) {
      if (kind.draws !== element.draw) continue;
      for (const image of kind.images(element)) images.set(image.id, image);
      for (const { spec, order, opacity, scaled } of kind.mapLayers(element)) {
        // `spec` gets the sizes at label scale 1; `scaled` gives them at other scales.
        const atOne = scaled?.(1);
        const full = (atOne ? { ...spec, layout: { ...(spec as { layout?: object }).layout, ...atOne.layout }, paint: { ...(spec as { paint?: object }).paint, ...atOne.paint } } : spec) as LayerSpecification;
        layers.push({ elementId: id, plan: element.plan, spec: full, order, beforeLayer: baseLayerAbove(order), opacity, scaled });
      }
    }
  }

  const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  // Added in draw order (a stable sort keeps model order within one kind).
  layers.sort((a, b) => a.order - b.order);
  return {
    sources: {
      [OVERLAY_SOURCE.zones]: wholeCityGeoJson(collection(zoneFeatures)),
      [OVERLAY_SOURCE.nodes]: wholeCityGeoJson(collection(nodeFeatures)),
      [OVERLAY_SOURCE.axes]: wholeCityGeoJson(collection(axisFeatures)),
      [OVERLAY_SOURCE.bases]: wholeCityGeoJson(collection(baseFeatures)),
    },
    layers,
    images: [...images.values()],
  };
}
