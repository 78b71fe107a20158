/**
 * The one renderer for every layout element: it turns the declarative model into MapLibre sources,
 * layers and marker images. Adding an element to src/layouts/model.ts is all it takes to draw it.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { zoneKey, type GeoData } from '../../geo/geoData';
import { baseMarkerTowns } from '../../layouts/queries';
import type { LayoutElement } from '../../layouts/types';
import { baseLayerAbove, wholeCityGeoJson } from '../baseStyle';
import { DRAW_ORDER, SYMBOL_PAINT as P } from '../symbolTable';
import { MAP_THEME } from '../theme';
import type { OverlayImage, OverlayLayer, OverlaySpec } from '../overlaySpec';
import { NODE_SIZE, hatchSvg, imageId, roleSymbolSvg } from './symbols';

export const OVERLAY_SOURCE = { zones: 'layout-zones', towns: 'towns', nodes: 'layout-nodes', axes: 'layout-axes', bases: 'layout-bases' } as const;

const BASE_LABEL_SIZE = 12;

/** Where a town's cluster markers sit around its label, so that markers of different clusters do not cover each other. */
const NODE_RING_PX = 26;

export function nodeOffset(slot: number, slots: number): [number, number] {
  const angle = (Math.PI * 2 * slot) / Math.max(slots, 1) - Math.PI / 2;
  return [Math.round(NODE_RING_PX * Math.cos(angle)), Math.round(NODE_RING_PX * Math.sin(angle)) + 4];
}

/** Marker radius in px of a base, by planned area; a base with no area figure gets the smallest. */
export function baseRadiusPx(km2: number | undefined): number {
  return km2 ? Math.min(30, 8 + 4 * Math.sqrt(km2)) : 8;
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

export function buildLayoutOverlays(elements: readonly LayoutElement[], geo: GeoData): OverlaySpec {
  const zoneFeatures: Feature[] = [];
  const nodeFeatures: Feature<Point>[] = [];
  const axisFeatures: Feature<LineString>[] = [];
  const baseFeatures: Feature<Point>[] = [];
  const layers: OverlayLayer[] = [];
  const images = new Map<string, OverlayImage>();
  const addImage = (id: string, svg: string, size = NODE_SIZE) => images.set(id, { id, svg, width: size, height: size });

  const nodeElements = elements.filter((e) => e.draw === 'nodes');
  const layer = (element: LayoutElement, spec: LayerSpecification, order: number, opacity: OverlayLayer['opacity']) =>
    layers.push({ elementId: element.id, plan: element.plan, spec, order, beforeLayer: baseLayerAbove(order), opacity });

  for (const element of elements) {
    const { id, color } = element;
    const partialTowns = element.members.filter((m) => m.coverage === 'partial').map((m) => m.town);
    const memberTowns = element.members.map((m) => m.town);
    switch (element.draw) {
      case 'zone': {
        for (const part of ['whole', 'partial'] as const) {
          const zone = geo.zones.get(zoneKey(id, part));
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
        const slot = nodeElements.indexOf(element);
        for (const member of element.members) {
          const partial = member.coverage === 'partial';
          addImage(imageId.role(member.roleKind, color, partial), roleSymbolSvg(member.roleKind, color, NODE_SIZE, partial));
          nodeFeatures.push({
            type: 'Feature',
            properties: { id, town: member.town, role: member.role, icon: imageId.role(member.roleKind, color, partial) },
            geometry: { type: 'Point', coordinates: labelOf(geo, member.town) },
          });
        }
        layer(element, { id: `${id}-towns`, type: 'line', source: OVERLAY_SOURCE.towns, filter: ['in', ['get', 'name'], ['literal', memberTowns]], paint: { 'line-color': color, 'line-width': P.clusterTowns.lineWidth, 'line-dasharray': [...P.clusterTowns.dash] } }, DRAW_ORDER.clusterTowns, [{ property: 'line-opacity', value: P.clusterTowns.opacity }]);
        layer(element, { id: `${id}-nodes`, type: 'symbol', source: OVERLAY_SOURCE.nodes, filter: ['==', ['get', 'id'], id], // Markers may overlap each other but town labels make way for them (placed first: higher draw order).
          layout: { 'icon-image': ['get', 'icon'], 'icon-offset': nodeOffset(slot, nodeElements.length), 'icon-allow-overlap': true, 'icon-ignore-placement': false }, paint: {} }, DRAW_ORDER.clusterMarker, [{ property: 'icon-opacity', value: 1 }]);
        break;
      }
      case 'axis': {
        for (const path of element.axisPaths ?? [memberTowns]) {
          axisFeatures.push({ type: 'Feature', properties: { id }, geometry: { type: 'LineString', coordinates: path.map((t) => labelOf(geo, t)) } });
        }
        layer(element, { id: `${id}-axis-casing`, type: 'line', source: OVERLAY_SOURCE.axes, filter: ['==', ['get', 'id'], id], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': P.axis.casingColor, 'line-width': P.axis.casingWidth } }, DRAW_ORDER.corridorAxis, [{ property: 'line-opacity', value: 0.9 }]);
        layer(element, { id: `${id}-axis`, type: 'line', source: OVERLAY_SOURCE.axes, filter: ['==', ['get', 'id'], id], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': color, 'line-width': P.axis.width, 'line-dasharray': [...P.axis.dash] } }, DRAW_ORDER.corridorAxis, [{ property: 'line-opacity', value: 1 }]);
        break;
      }
      case 'base': {
        baseFeatures.push({ type: 'Feature', properties: { id, name: element.nameZh }, geometry: { type: 'Point', coordinates: baseMarkerPoint(geo, element) } });
        const radius = baseRadiusPx(element.figures?.plannedArea?.km2);
        layer(element, { id: `${id}-base`, type: 'circle', source: OVERLAY_SOURCE.bases, filter: ['==', ['get', 'id'], id], paint: { 'circle-radius': radius, 'circle-color': color, 'circle-opacity': P.base.fillOpacity, 'circle-stroke-color': color, 'circle-stroke-width': P.base.strokeWidth } }, DRAW_ORDER.baseCircle, [{ property: 'circle-opacity', value: P.base.fillOpacity }, { property: 'circle-stroke-opacity', value: 1 }]);
        layer(element, { id: `${id}-base-label`, type: 'symbol', source: OVERLAY_SOURCE.bases, filter: ['==', ['get', 'id'], id], // Placed before the town labels (higher draw order), on one line (no break inside a name), below, above or beside the circle.
          layout: {
            'text-field': ['get', 'name'],
            'text-font': [MAP_THEME.font],
            'text-size': BASE_LABEL_SIZE,
            'text-max-width': 40,
            'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
            'text-radial-offset': radius / BASE_LABEL_SIZE + 0.3,
          },
          paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 2 } }, DRAW_ORDER.baseLabel, [{ property: 'text-opacity', value: 1 }]);
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
