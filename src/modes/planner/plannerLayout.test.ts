import { describe, expect, it } from 'vitest';
import { appGeo as loadGeo } from '../../../tests/fixtures/appGeo';
import { fitCamera, screenPoint } from '../../map/firstFrame/camera';
import { layoutOverlaysFor } from '../../map/layers/useLayoutOverlays';
import { MAP_ZOOM_RANGE } from '../../map/mapView';
import { rectsOverlap, type Rect } from '../../map/page/fitMarks';
import { pageLayout, type Box } from '../../map/page/pageLayout';
import { CARD_INSETS, placeBox } from '../../map/page/placeBox';
import { pageSubject, textWidth } from '../../map/page/subjectMarks';
import { LAYOUT_ELEMENTS } from '../../plans/builtin';
import { uniformPadding, type MapState } from '../../state/mapState';
import { PLANNER_PADDING } from '../../state/screens/plannerStore';
import { plannerFrame } from './plannerFrame';

/*
 * The planner at 1366×768 (the map about 946 × 712 px beside the side panel), each plan group on
 * alone, framed as usePlannerFraming frames it: the page layout's padding round the legend (320 ×
 * 360, bottom left, as the issue measured it), the zoom buttons, the scale bar and the attribution.
 * Every marker, circle and base name of the group and every member town's label stays clear of
 * them (fitCamera is MapLibre's fitBounds). With the info card of any element of the group open
 * (as tall as the map lets it be), the card too covers none of them: plannerFrame puts it in a
 * corner and frames the camera round it.
 */
const geo = loadGeo();
const overlays = layoutOverlaysFor(geo);
const MAP = { width: 946, height: 712 };
const COVERED: { name: string; box: Box }[] = [
  { name: 'legend', box: { x: 10, y: MAP.height - 34 - 360, width: 320, height: 360 } },
  { name: 'controls', box: { x: MAP.width - 39, y: 10, width: 29, height: 58 } },
  { name: 'scale', box: { x: 10, y: MAP.height - 28, width: 110, height: 18 } },
  { name: 'attribution', box: { x: MAP.width - 300, y: MAP.height - 20, width: 300, height: 20 } },
];

function groupState(plan: string): { state: Pick<MapState, 'overlays' | 'labels' | 'camera'>; elements: string[]; towns: string[] } {
  const elements = LAYOUT_ELEMENTS.filter((e) => e.plan === plan).map((e) => e.id);
  const towns = [...new Set(LAYOUT_ELEMENTS.filter((e) => e.plan === plan).flatMap((e) => e.members.map((m) => m.town)))];
  return { state: { overlays: elements.map((id) => ({ id, opacity: 0.8 })), labels: { scale: 1, emphasis: null }, camera: { target: { kind: 'city' }, padding: uniformPadding(0), seq: 0 } }, elements, towns };
}

/** The marks of the group (and of the card's element) under a box, with the camera at this padding. */
function underBoxes(plan: string, pad: MapState['camera']['padding'], boxes: readonly { name: string; box: Box }[], cardElement?: string): string[] {
  const { state, elements, towns } = groupState(plan);
  const cardTowns = LAYOUT_ELEMENTS.find((e) => e.id === cardElement)?.members.map((m) => m.town) ?? [];
  const subject = pageSubject(geo, overlays, state, { towns: [...new Set([...towns, ...cardTowns])], elements }, false);
  const camera = fitCamera(geo.meta.cityBbox, MAP, pad, MAP_ZOOM_RANGE);
  const found: string[] = [];
  for (const mark of subject.marks) {
    if (mark.what?.endsWith('boundary')) continue; // a town's outline may run under a box; its label and symbols may not
    const [x, y] = screenPoint(camera, mark.lonLat);
    const rect: Rect = { x: x - mark.left, y: y - mark.up, width: mark.left + mark.right, height: mark.up + mark.down };
    for (const { name, box } of boxes) if (rectsOverlap(rect, box)) found.push(`${mark.what} under ${name}`);
  }
  return found;
}

function covered(plan: string, padding: 'layout' | 'old'): string[] {
  const { state, elements, towns } = groupState(plan);
  const subject = pageSubject(geo, overlays, state, { towns, elements }, false);
  const layout = pageLayout({ output: { kind: 'screen', ...MAP, covered: COVERED }, title: '', dateText: '', legend: [], subject }, (t, px) => textWidth(t, px));
  const pad = padding === 'layout' ? layout.camera!.padding : uniformPadding(PLANNER_PADDING);
  return underBoxes(plan, pad, COVERED);
}

/** The card as tall as the map lets it be (max-height: 100% - 60px), 360 px wide. */
const CARD = { width: 360, height: MAP.height - 60 };

/** With the card of `elementId` open: what the card or the other boxes cover, placed and framed by plannerFrame. */
function coveredWithCard(plan: string, elementId: string): string[] {
  const { state } = groupState(plan);
  const frame = plannerFrame({ geo, overlays, state, map: MAP, covered: COVERED, card: { elementId, ...CARD } });
  if (!frame.card || !frame.padding) return [`no place for the card of ${elementId}`];
  return underBoxes(plan, frame.padding, [...COVERED, { name: `card of ${elementId}`, box: frame.card.box }], elementId);
}

const PLANS = [...new Set(LAYOUT_ELEMENTS.map((e) => e.plan))];

describe('the planner at 1366×768 keeps each plan group clear of the legend and buttons', () => {
  it.each(PLANS)('%s on alone', (plan) => {
    expect(covered(plan, 'layout')).toEqual([]);
  });

  it.each(PLANS.flatMap((plan) => LAYOUT_ELEMENTS.filter((e) => e.plan === plan).map((e) => [plan, e.id] as const)))(
    '%s on alone, the info card of %s open: the card covers none of it',
    (plan, elementId) => {
      expect(coveredWithCard(plan, elementId)).toEqual([]);
    },
  );

  it("did not when the card only kept clear of its own towns (一城一廊三区多节点 with 银瓶's card: the west of the city under it)", () => {
    const { state, elements, towns } = groupState('fyp14');
    const subject = pageSubject(geo, overlays, state, { towns, elements }, false);
    const layout = pageLayout({ output: { kind: 'screen', ...MAP, covered: COVERED }, title: '', dateText: '', legend: [], subject }, (t, px) => textWidth(t, px));
    const camera = fitCamera(geo.meta.cityBbox, MAP, layout.camera!.padding, MAP_ZOOM_RANGE);
    const bbox = geo.metaByName.get('谢岗镇')!.bbox;
    const [x0, y0] = screenPoint(camera, [bbox[0], bbox[3]]);
    const [x1, y1] = screenPoint(camera, [bbox[2], bbox[1]]);
    const old = placeBox(MAP, CARD, [{ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, { ...COVERED[0].box, weight: 0.1 }], [], undefined, CARD_INSETS);
    const under = underBoxes('fyp14', layout.camera!.padding, [{ name: 'card', box: old.box }]);
    expect(under.length).toBeGreaterThan(0);
  });

  it('did not with the old uniform 40 px city padding (一核三带十区: 虎门, 长安 under the legend)', () => {
    const old = covered('plan2018', 'old');
    expect(old.some((p) => p.includes('under legend'))).toBe(true);
  });

  it("puts 银瓶's info card in a corner clear of 谢岗 (covering the legend least)", () => {
    const camera = fitCamera(geo.meta.cityBbox, MAP, uniformPadding(PLANNER_PADDING), MAP_ZOOM_RANGE);
    const bbox = geo.metaByName.get('谢岗镇')!.bbox;
    const [x0, y0] = screenPoint(camera, [bbox[0], bbox[3]]);
    const [x1, y1] = screenPoint(camera, [bbox[2], bbox[1]]);
    const xiegang = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    const legend = COVERED[0].box;
    const card = placeBox(MAP, { width: 360, height: 420 }, [xiegang, { ...legend, weight: 0.1 }], [], undefined, { top: 10, right: 56, bottom: 34, left: 10 });
    expect(rectsOverlap(card.box, xiegang)).toBe(false);
    expect(card.corner).toBe('top-left');
    // The old place (top right, 56 px from the edge) was over 谢岗.
    expect(rectsOverlap({ x: MAP.width - 56 - 360, y: 10, width: 360, height: 420 }, xiegang)).toBe(true);
  });
});
