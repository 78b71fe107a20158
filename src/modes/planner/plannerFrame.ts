import type { GeoData } from '../../geo/geoData';
import { elementById } from '../../layouts/queries';
import { fitCamera } from '../../map/firstFrame/camera';
import { MAP_ZOOM_RANGE } from '../../map/mapView';
import type { OverlaySpec } from '../../map/overlaySpec';
import { pageLayout, type Box } from '../../map/page/pageLayout';
import { CARD_INSETS, type Corner } from '../../map/page/placeBox';
import { pageSubject, textWidth } from '../../map/page/subjectMarks';
import { uniformPadding, type MapState, type Padding } from '../../state/mapState';

/** The corners the card may take, the first preferred when they leave the subject the same room. */
const CARD_CORNERS: readonly Corner[] = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];

export interface PlannerFrameInput {
  geo: GeoData;
  overlays: OverlaySpec;
  state: Pick<MapState, 'overlays' | 'labels'>;
  /** The map's size in CSS px. */
  map: { width: number; height: number };
  /** The boxes the screen shows over the map (legend, buttons, scale bar, attribution), in map CSS px. */
  covered: readonly { name: string; box: Box }[];
  /** The open info card: which element it describes and its size in CSS px. */
  card?: { elementId: string; width: number; height: number } | null;
}

export interface PlannerFrame {
  /** The city camera's padding; null when nothing is shown (the planner's plain margin then). */
  padding: Padding | null;
  /** Where the card goes (map CSS px, top left), or null when no corner leaves its subject in view. */
  card: { corner: Corner; box: Box } | null;
}

/**
 * The planner's city camera with the info card in mind (#22): the card is one more box over the
 * map, put in the corner that leaves the shown symbols and the member towns (of the shown layers
 * and of the element the card describes) the most room, and the camera is fitted round it like
 * round the legend. At 1366×768 the card of 银瓶高端装备产业基地 no longer lies over the west of
 * the city with 一城一廊三区多节点 on. Pure: the page layout's arithmetic, no DOM.
 */
export function plannerFrame(input: PlannerFrameInput): PlannerFrame {
  const { geo, overlays, state, map, covered, card } = input;
  const cardElement = card ? elementById(card.elementId) : undefined;
  const elements = state.overlays.map((o) => o.id);
  if (elements.length === 0 && !cardElement) return { padding: null, card: null };
  const towns = [...new Set([...elements, ...(cardElement ? [cardElement.id] : [])].flatMap((id) => elementById(id)?.members.map((m) => m.town) ?? []))];
  const subject = pageSubject(geo, overlays, { ...state, camera: { target: { kind: 'city' }, padding: uniformPadding(0), seq: 0 } }, { towns, elements }, false);
  const frame = (boxes: readonly { name: string; box: Box }[]) =>
    pageLayout({ output: { kind: 'screen', width: map.width, height: map.height, covered: boxes }, title: '', dateText: '', legend: [], subject }, (text, px) => textWidth(text, px)).camera;
  if (!card || !cardElement) return { padding: frame(covered)?.padding ?? null, card: null };
  let best: { corner: Corner; box: Box; padding: Padding; zoom: number } | null = null;
  for (const corner of CARD_CORNERS) {
    const box: Box = {
      x: corner.endsWith('left') ? CARD_INSETS.left : map.width - CARD_INSETS.right - card.width,
      y: corner.startsWith('top') ? CARD_INSETS.top : map.height - CARD_INSETS.bottom - card.height,
      width: card.width,
      height: card.height,
    };
    const camera = frame([...covered, { name: 'infoCard', box }]);
    if (!camera) continue;
    const zoom = fitCamera(camera.bounds, map, camera.padding, MAP_ZOOM_RANGE).zoom;
    if (!best || zoom > best.zoom + 0.01) best = { corner, box, padding: camera.padding, zoom };
  }
  if (!best) return { padding: frame(covered)?.padding ?? null, card: null };
  return { padding: best.padding, card: { corner: best.corner, box: best.box } };
}
