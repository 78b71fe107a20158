/**
 * The one renderer for every layout element: it turns the declarative model into MapLibre sources,
 * layers and marker images. Adding an element to a plan file (src/plans/builtin, or a planner's import) is all it takes to draw it.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { zoneGeometry, type GeoData } from '../../geo/geoData';
import { elementName } from '../../layouts/displayNames';
import { baseMarkerTowns } from '../../layouts/queries';
import type { LayoutElement } from '../../layouts/types';
import { baseLayerAbove, wholeCityGeoJson } from '../baseStyle';
import { DRAW_ORDER, SYMBOL_PAINT as P, SYMBOL_SIZE as SIZE, baseLabelColor, markerScale, nodeScale, textScale } from '../symbolTable';
import { MAP_THEME } from '../theme';
import type { OverlayImage, OverlayLayer, OverlaySpec, ScaledProperties } from '../overlaySpec';
import { NODE_SIZE, KEEP_OUT_SIZE, hatchSvg, imageId, keepOutSvg, roleSymbolSvg } from './symbols';

export const OVERLAY_SOURCE = { zones: 'layout-zones', towns: 'towns', nodes: 'layout-nodes', axes: 'layout-axes', bases: 'layout-bases' } as const;

/** Keep-out boxes: along a corridor axis this wide (px, the casing and a margin), every few px. */
const AXIS_KEEP_OUT = { width: 10, spacing: 4 };

/**
 * Where a town's cluster markers sit round its point: the town's k-th membership (in model order,
 * among every nodes element that names it) in a grid of SYMBOL_SIZE.nodeGrid.columns, the grid
 * centred on the point. Offsets are in marker units (MapLibre's icon-offset is multiplied by
 * icon-size), so the grid grows with the markers and no two markers of a town ever overlap.
 * The deck shows the clusters in model order, so the markers of one slide fill the grid from its
 * first row and every cluster keeps its place from slide to slide.
 */
export function nodeOffset(slot: number, slots: number): [number, number] {
  const { columns: maxColumns, pitch } = SIZE.nodeGrid;
  const columns = Math.min(slots, maxColumns);
  const rows = Math.ceil(slots / maxColumns);
  const inRow = Math.floor(slot / maxColumns) === rows - 1 ? slots - (rows - 1) * maxColumns : columns;
  const col = slot % maxColumns;
  const row = Math.floor(slot / maxColumns);
  // A shorter last row is centred under the others.
  return [(col - (inRow - 1) / 2) * pitch, (row - (rows - 1) / 2) * pitch];
}

/** Marker radius in px of a base, by planned area; a base with no area figure gets the smallest. */
export function baseRadiusPx(km2: number | undefined): number {
  const { min, perSqrtKm2, max } = SIZE.baseRadius;
  return km2 ? Math.min(max, min + perSqrtKm2 * Math.sqrt(km2)) : min;
}

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
  const addImage = (id: string, svg: string, size = NODE_SIZE) => images.set(id, { id, svg, width: size, height: size });

  const basePoints = baseMarkerPoints(geo, elements);
  const nodeElements = elements.filter((e) => e.draw === 'nodes');
  /** Each town's node memberships in model order (its markers' slots). */
  const nodeSlots = new Map<string, string[]>();
  for (const e of nodeElements) for (const m of e.members) nodeSlots.set(m.town, [...(nodeSlots.get(m.town) ?? []), e.id]);
  /** A layer; `scaled` gives its size properties at a label scale, and the spec gets them at scale 1. */
  const layer = (element: LayoutElement, spec: LayerSpecification, order: number, opacity: OverlayLayer['opacity'], scaled?: (labelScale: number) => ScaledProperties) => {
    const atOne = scaled?.(1);
    const full = (atOne ? { ...spec, layout: { ...(spec as { layout?: object }).layout, ...atOne.layout }, paint: { ...(spec as { paint?: object }).paint, ...atOne.paint } } : spec) as LayerSpecification;
    layers.push({ elementId: element.id, plan: element.plan, spec: full, order, beforeLayer: baseLayerAbove(order), opacity, scaled });
  };
  /** Invisible: a box other labels keep clear of (placed before them), never itself hidden. */
  const keepOutLayout = { 'icon-image': imageId.keepOut, 'icon-allow-overlap': true, 'icon-ignore-placement': false } as const;
  addImage(imageId.keepOut, keepOutSvg(), KEEP_OUT_SIZE);

  for (const element of elements) {
    const { id, color } = element;
    const partialTowns = element.members.filter((m) => m.coverage === 'partial').map((m) => m.town);
    const memberTowns = element.members.map((m) => m.town);
    switch (element.draw) {
      case 'zone': {
        for (const part of ['whole', 'partial'] as const) {
          const zone = zoneGeometry(geo, id, element.members.filter((m) => m.coverage === part).map((m) => m.town), part);
          if (zone) zoneFeatures.push(zone);
        }
        layer(element, { id: `${id}-fill`, type: 'fill', source: OVERLAY_SOURCE.zones, filter: ['all', ['==', ['get', 'id'], id], ['==', ['get', 'part'], 'whole']], paint: { 'fill-color': color, 'fill-opacity': P.zone.fillOpacity } }, DRAW_ORDER.zoneFill, [{ property: 'fill-opacity', value: P.zone.fillOpacity }]);
        if (partialTowns.length > 0) {
          addImage(imageId.hatch(color), hatchSvg(color), 10);
          layer(element, { id: `${id}-hatch`, type: 'fill', source: OVERLAY_SOURCE.zones, filter: ['all', ['==', ['get', 'id'], id], ['==', ['get', 'part'], 'partial']], paint: { 'fill-pattern': imageId.hatch(color), 'fill-opacity': P.hatch.opacity } }, DRAW_ORDER.partialHatch, [{ property: 'fill-opacity', value: P.hatch.opacity }]);
          layer(element, { id: `${id}-partial-line`, type: 'line', source: OVERLAY_SOURCE.zones, filter: ['all', ['==', ['get', 'id'], id], ['==', ['get', 'part'], 'partial']], paint: { 'line-color': color, 'line-width': P.hatch.lineWidth, 'line-dasharray': [...P.hatch.dash] } }, DRAW_ORDER.zoneOutline, [{ property: 'line-opacity', value: 1 }]);
        }
        layer(element, { id: `${id}-line`, type: 'line', source: OVERLAY_SOURCE.zones, filter: ['all', ['==', ['get', 'id'], id], ['==', ['get', 'part'], 'whole']], paint: { 'line-color': color, 'line-width': P.zone.lineWidth } }, DRAW_ORDER.zoneOutline, [{ property: 'line-opacity', value: 1 }]);
        break;
      }
      case 'nodes': {
        for (const member of element.members) {
          const partial = member.coverage === 'partial';
          const slots = nodeSlots.get(member.town)!;
          addImage(imageId.role(member.roleKind, color, partial), roleSymbolSvg(member.roleKind, color, NODE_SIZE, partial));
          nodeFeatures.push({
            type: 'Feature',
            properties: { id, town: member.town, role: member.role, icon: imageId.role(member.roleKind, color, partial), offset: nodeOffset(slots.indexOf(id), slots.length) },
            geometry: { type: 'Point', coordinates: labelOf(geo, member.town) },
          });
        }
        layer(element, { id: `${id}-towns`, type: 'line', source: OVERLAY_SOURCE.towns, filter: ['in', ['get', 'name'], ['literal', memberTowns]], layout: { 'line-join': 'round' }, paint: { 'line-color': color } }, DRAW_ORDER.clusterTowns, [{ property: 'line-opacity', value: P.clusterTowns.opacity }],
          (s) => ({ paint: { 'line-width': P.clusterTowns.lineWidth * nodeScale(s) } }));
        layer(element, { id: `${id}-nodes`, type: 'symbol', source: OVERLAY_SOURCE.nodes, filter: ['==', ['get', 'id'], id], // Markers never overlap (each town's grid, nodeOffset); town labels make way for them (placed first: higher draw order).
          layout: { 'icon-image': ['get', 'icon'], 'icon-offset': ['get', 'offset'], 'icon-allow-overlap': true, 'icon-ignore-placement': false }, paint: {} }, DRAW_ORDER.clusterMarker, [{ property: 'icon-opacity', value: 1 }],
          // The icon offset is in icon-size units: the grid round the point grows with the markers.
          (s) => ({ layout: { 'icon-size': (nodeScale(s) * SIZE.marker) / NODE_SIZE } }));
        break;
      }
      case 'axis': {
        for (const path of element.axisPaths ?? [memberTowns]) {
          axisFeatures.push({ type: 'Feature', properties: { id }, geometry: { type: 'LineString', coordinates: path.map((t) => labelOf(geo, t)) } });
        }
        layer(element, { id: `${id}-axis-casing`, type: 'line', source: OVERLAY_SOURCE.axes, filter: ['==', ['get', 'id'], id], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': P.axis.casingColor, 'line-width': P.axis.casingWidth } }, DRAW_ORDER.corridorAxis, [{ property: 'line-opacity', value: 0.9 }]);
        layer(element, { id: `${id}-axis`, type: 'line', source: OVERLAY_SOURCE.axes, filter: ['==', ['get', 'id'], id], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': color, 'line-width': P.axis.width, 'line-dasharray': [...P.axis.dash] } }, DRAW_ORDER.corridorAxis, [{ property: 'line-opacity', value: 1 }]);
        // Labels avoid the axis (it is drawn beneath them and links towns whose labels sit on it).
        layer(element, { id: `${id}-axis-keep-out`, type: 'symbol', source: OVERLAY_SOURCE.axes, filter: ['==', ['get', 'id'], id],
          layout: { ...keepOutLayout, 'symbol-placement': 'line', 'symbol-spacing': AXIS_KEEP_OUT.spacing, 'icon-size': AXIS_KEEP_OUT.width / KEEP_OUT_SIZE, 'icon-padding': 0 } }, DRAW_ORDER.keepOut, []);
        break;
      }
      case 'base': {
        // `name` stays the Chinese (renderers and tests key on it); `label` is what is written, in the page's language.
        baseFeatures.push({ type: 'Feature', properties: { id, name: element.nameZh, label: elementName(element) }, geometry: { type: 'Point', coordinates: basePoints.get(id)! } });
        const radius = baseRadiusPx(element.figures?.plannedArea?.km2);
        const radiusAt = (s: number) => radius * markerScale(s);
        const textAt = (s: number) => SIZE.subjectLabel * textScale(s);
        const filter = ['==', ['get', 'id'], id] as FilterSpecification;
        layer(element, { id: `${id}-base`, type: 'circle', source: OVERLAY_SOURCE.bases, filter, paint: { 'circle-color': color, 'circle-opacity': P.base.fillOpacity, 'circle-stroke-color': color, 'circle-stroke-width': P.base.strokeWidth } }, DRAW_ORDER.baseCircle, [{ property: 'circle-opacity', value: P.base.fillOpacity }, { property: 'circle-stroke-opacity', value: 1 }],
          (s) => ({ paint: { 'circle-radius': radiusAt(s) } }));
        // The circle's box: town labels move aside (their variable anchors) or give way.
        layer(element, { id: `${id}-base-keep-out`, type: 'symbol', source: OVERLAY_SOURCE.bases, filter, layout: { ...keepOutLayout, 'icon-padding': 0 } }, DRAW_ORDER.keepOut, [],
          (s) => ({ layout: { 'icon-size': (2 * radiusAt(s) + P.base.strokeWidth) / KEEP_OUT_SIZE } }));
        layer(element, { id: `${id}-base-label`, type: 'symbol', source: OVERLAY_SOURCE.bases, filter, // Placed before the town labels (higher draw order), on one line (no break inside a name), centred below or above the circle: a long name beside a circle near the edge of the free area would run under the legend or off screen.
          layout: {
            'text-field': ['get', 'label'],
            'text-font': [MAP_THEME.font],
            'text-max-width': 40,
            'text-variable-anchor': ['top', 'bottom'],
          },
          paint: { 'text-color': baseLabelColor(color), 'text-halo-color': P.baseLabel.haloColor } }, DRAW_ORDER.baseLabel, [{ property: 'text-opacity', value: 1 }],
          (s) => ({ layout: { 'text-size': textAt(s), 'text-radial-offset': radiusAt(s) / textAt(s) + 0.3 }, paint: { 'text-halo-width': P.baseLabel.haloWidth * textScale(s) } }));
        break;
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
