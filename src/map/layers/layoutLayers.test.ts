import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { LAYOUT_ELEMENTS } from '../../plans/builtin';
import type { LayoutElement } from '../../layouts/types';
import { appGeo } from '../../../tests/fixtures/appGeo';
import { DRAW_ORDER } from '../symbols';
import { OVERLAY_SOURCE, baseRadiusPx, buildLayoutOverlays } from './layoutLayers';
import { NODE_SIZE } from '../symbols/cluster';

const geo = appGeo();
const spec = buildLayoutOverlays(LAYOUT_ELEMENTS, geo);
const layersOf = (id: string) => spec.layers.filter((l) => l.elementId === id).map((l) => l.spec);
const paint = (layer: unknown) => (layer as { paint: Record<string, unknown> }).paint;
const features = (source: string) => (spec.sources[source] as { data: FeatureCollection }).data.features;

describe('the layout renderer', () => {
  it('declares layers for every element of the model, all starting hidden-able by element id', () => {
    for (const element of LAYOUT_ELEMENTS) expect(layersOf(element.id).length).toBeGreaterThan(0);
    const ids = spec.layers.map((l) => l.spec.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws a zone as the union of its whole members, and hatches partial members apart', () => {
    const west = layersOf('belt-west');
    expect(west.map((l) => l.type)).toEqual(expect.arrayContaining(['fill', 'line']));
    const zone = features(OVERLAY_SOURCE.zones).filter((f) => f.properties!.id === 'belt-west');
    expect(zone.map((f) => f.properties!.part)).toEqual(['whole']);
    const science = layersOf('science-city-songshanhu');
    const hatch = science.find((l) => l.id.endsWith('-hatch'))!;
    expect(paint(hatch)['fill-pattern']).toMatch(/^hatch-/);
    const scienceZone = features(OVERLAY_SOURCE.zones).filter((f) => f.properties!.id === 'science-city-songshanhu');
    expect(scienceZone.map((f) => f.properties!.part)).toEqual(['partial']);
    expect(spec.images.some((i) => i.id === paint(hatch)['fill-pattern'])).toBe(true);
  });

  it('puts one role marker per cluster member at its town, hollow when partial', () => {
    const robot = LAYOUT_ELEMENTS.find((e) => e.id === 'cluster-robot')!;
    const nodes = features(OVERLAY_SOURCE.nodes).filter((f) => f.properties!.id === 'cluster-robot');
    expect(nodes.map((f) => f.properties!.town).sort()).toEqual(robot.members.map((m) => m.town).sort());
    const qiaotou = nodes.find((f) => f.properties!.town === '桥头镇')!;
    expect(qiaotou.properties!.icon).toMatch(/-partial$/);
    expect((qiaotou.geometry as { coordinates: number[] }).coordinates).toEqual(geo.metaByName.get('桥头镇')!.label);
    const icons = new Set(nodes.map((f) => f.properties!.icon));
    for (const icon of icons) expect(spec.images.some((i) => i.id === icon)).toBe(true);
  });

  it('draws a base as one marker sized by planned area, never a polygon', () => {
    const yinping = layersOf('base-yinping');
    // The circle, its label and its keep-out box (town labels give way to it).
    expect(yinping.map((l) => l.id).sort()).toEqual(['base-yinping-base', 'base-yinping-base-keep-out', 'base-yinping-base-label']);
    const circle = yinping.find((l) => l.type === 'circle')!;
    const km2 = LAYOUT_ELEMENTS.find((e) => e.id === 'base-yinping')!.figures!.plannedArea!.km2;
    expect(paint(circle)['circle-radius']).toBe(baseRadiusPx(km2));
    expect(baseRadiusPx(22)).toBeGreaterThan(baseRadiusPx(1.66));
    expect(features(OVERLAY_SOURCE.zones).some((f) => f.properties!.id === 'base-yinping')).toBe(false);
  });

  it('draws the corridor as schematic lines through its towns', () => {
    const corridor = LAYOUT_ELEMENTS.find((e) => e.id === 'corridor-gsgm')!;
    const lines = features(OVERLAY_SOURCE.axes).filter((f) => f.properties!.id === corridor.id);
    expect(lines).toHaveLength(corridor.axisPaths!.length);
    expect(layersOf(corridor.id).some((l) => l.type === 'line' && paint(l)['line-dasharray'])).toBe(true);
  });

  it('adding an element to the model is all it takes to draw it', () => {
    const extra: LayoutElement = {
      ...LAYOUT_ELEMENTS.find((e) => e.id === 'base-yinping')!,
      id: 'base-test',
      nameZh: '测试基地',
      members: [{ town: '长安镇', coverage: 'partial', roleKind: 'site', role: '基地所在', roleWording: 'paraphrase', factKind: 'sourced' }],
    };
    const withExtra = buildLayoutOverlays([...LAYOUT_ELEMENTS, extra], geo);
    expect(withExtra.layers.filter((l) => l.elementId === 'base-test')).toHaveLength(3);
  });

  it('sets the markers of a town in a grid round its point, none over another, at least 28 px on a slide', () => {
    const nodes = features(OVERLAY_SOURCE.nodes);
    const iconSize = (s: number) => spec.layers.find((l) => l.spec.id === 'cluster-robot-nodes')!.scaled!(s).layout!['icon-size'] as number;
    // On a slide (label scale 2) a marker is at least 28 px: seen from the back of a room at 1920×1080.
    expect(iconSize(2) * NODE_SIZE).toBeGreaterThanOrEqual(28);
    for (const town of new Set(nodes.map((f) => f.properties!.town as string))) {
      const here = nodes.filter((f) => f.properties!.town === town);
      for (const s of [1, 2]) {
        // Offsets are in icon-size units (MapLibre's icon-offset): boxes of NODE_SIZE × icon-size.
        const boxes = here.map((f) => (f.properties!.offset as [number, number]).map((v) => v * iconSize(s)));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const apart = Math.max(Math.abs(boxes[i][0] - boxes[j][0]), Math.abs(boxes[i][1] - boxes[j][1]));
            expect(apart, `${town}: markers ${here[i].properties!.id} and ${here[j].properties!.id}`).toBeGreaterThanOrEqual(NODE_SIZE * iconSize(s));
          }
        }
      }
    }
    // 松山湖 (in nine clusters) gets three rows of three; a town in one cluster has its marker on its point.
    const songshanhu = nodes.filter((f) => f.properties!.town === '松山湖管委会').map((f) => f.properties!.offset as [number, number]);
    expect(songshanhu).toHaveLength(9);
    expect(new Set(songshanhu.map(([, y]) => y)).size).toBe(3);
    expect(nodes.find((f) => f.properties!.town === '塘厦镇')!.properties!.offset).toEqual([0, 0]);
  });

  it('outlines the towns of a cluster with a solid line that grows on a slide', () => {
    const outline = spec.layers.find((l) => l.spec.id === 'cluster-robot-towns')!;
    expect(paint(outline.spec)['line-dasharray']).toBeUndefined();
    expect(outline.scaled!(1).paint!['line-width']).toBeGreaterThanOrEqual(2.5);
    expect(outline.scaled!(2).paint!['line-width']).toBeGreaterThanOrEqual(3.5);
  });

  it('grows text with the label scale and markers by a quarter of it (presenter mode: scale 2)', () => {
    const of = (id: string) => spec.layers.find((l) => l.spec.id === id)!;
    const km2 = LAYOUT_ELEMENTS.find((e) => e.id === 'base-yinping')!.figures!.plannedArea!.km2;
    const label = of('base-yinping-base-label');
    expect(label.scaled!(2).layout!['text-size']).toBe(2 * (label.spec.layout as Record<string, number>)['text-size']);
    expect(of('base-yinping-base').scaled!(2).paint!['circle-radius']).toBeCloseTo(1.25 * baseRadiusPx(km2));
    // Cluster markers by 0.4 of it (SCALE_GROWTH.node).
    expect(of('cluster-robot-nodes').scaled!(2).layout!['icon-size']).toBeCloseTo(1.4);
    // The keep-out box covers the circle at every scale.
    for (const s of [1, 2]) {
      const box = (of('base-yinping-base-keep-out').scaled!(s).layout!['icon-size'] as number) * 8;
      expect(box).toBeGreaterThanOrEqual(2 * (of('base-yinping-base').scaled!(s).paint!['circle-radius'] as number));
    }
  });

  it('keeps town labels off the corridor and the base circles: keep-out layers placed before the town labels', () => {
    const keepOut = spec.layers.find((l) => l.spec.id === 'corridor-gsgm-axis-keep-out')!;
    expect((keepOut.spec.layout as Record<string, unknown>)['symbol-placement']).toBe('line');
    for (const layer of spec.layers.filter((l) => l.spec.id.endsWith('keep-out'))) {
      // Placed before (above) the town labels and drawn above the base circles.
      expect(layer.order).toBeGreaterThan(DRAW_ORDER.baseCircle);
      expect(layer.beforeLayer).toBeUndefined();
    }
  });
});
