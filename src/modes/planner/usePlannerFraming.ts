import { useLayoutEffect, type RefObject } from 'react';
import { useGeo } from '../../app/GeoContext';
import type { Box } from '../../map/page/pageLayout';
import type { OverlaySpec } from '../../map/overlaySpec';
import { uniformPadding, type MapState } from '../../state/mapState';
import type { PlannerStateStore } from '../../state/screens/plannerState';
import { PLANNER_PADDING, type PlannerStore } from '../../state/screens/plannerStore';

type Framer = typeof import('./plannerFrame');
let framer: Framer | null = null;
/** The framing (the page layout) loads after the first view: a city camera with no layer and no card needs none of it. */
const loadFramer = (): Promise<Framer> => import('./plannerFrame').then((m) => (framer = m));

/** What the planner shows over its map, by name: the city camera keeps the shown layers clear of each. */
const PLANNER_BOXES: Record<string, string> = {
  legend: '.map-overlay-bottom-left',
  controls: '.maplibregl-ctrl-top-right, .map-canvas-zoom',
  attribution: '.maplibregl-ctrl-bottom-right, .map-canvas-attribution',
  scale: '.maplibregl-ctrl-bottom-left, .map-canvas-scale',
  multiSelect: '.map-multi-toggle',
  cityButton: '.map-city-button',
};

/**
 * The planner's city camera, framed by the page layout (src/map/page/pageLayout.ts) round the
 * boxes over the map: with layers on, their symbols and their member towns' labels go in the part
 * of the map the legend and the buttons leave free (at 1366×768 the legend no longer hides 厚街,
 * 沙田, 虎门 and 长安). An open info card is one more such box: plannerFrame puts it in the corner
 * that leaves the subject the most room and frames the camera round it too. Framed again when the
 * legend, the card or the map changes size.
 */
export function usePlannerFraming(store: PlannerStore, plannerState: PlannerStateStore, area: RefObject<HTMLElement | null>, overlays: OverlaySpec, state: Pick<MapState, 'overlays' | 'labels'>, enabled: boolean): void {
  const geo = useGeo();
  const key = JSON.stringify(state.overlays.map((o) => o.id));
  useLayoutEffect(() => {
    const root = area.current;
    if (!root) return;
    let frame = 0;
    let disposed = false;
    const compute = () => {
      const cardEl = root.querySelector<HTMLElement>('.info-card');
      const cardId = plannerState.getState().card;
      const planner = store.getState();
      // The card's place is chosen with the camera only while the city camera is framed (not once
      // the user moved the map or asked for towns); otherwise it keeps clear of its own towns.
      const framing = enabled && planner.camera.target.kind === 'city' && !planner.movedByUser;
      if (!enabled || (state.overlays.length === 0 && !cardId)) {
        planner.setCardPlacement(null);
        return planner.setCityPadding(uniformPadding(PLANNER_PADDING));
      }
      if (!framer) {
        // Framed once the page layout has loaded (the first frame is drawn by then, with the
        // padding the map starts with); the map's renderer loads after it anyway.
        void loadFramer().then(update);
        return;
      }
      const map = root.getBoundingClientRect();
      if (map.width === 0 || map.height === 0) return;
      const covered = Object.entries(PLANNER_BOXES)
        .map(([name, selector]) => ({ name, rect: root.querySelector(selector)?.getBoundingClientRect() }))
        .filter((c): c is { name: string; rect: DOMRect } => !!c.rect && c.rect.width > 0 && c.rect.height > 0)
        .map(({ name, rect }) => ({ name, box: { x: rect.left - map.left, y: rect.top - map.top, width: rect.width, height: rect.height } as Box }));
      const size = cardEl?.getBoundingClientRect();
      const card = cardId && size && size.width > 0 && framing ? { elementId: cardId, width: size.width, height: size.height } : null;
      const result = framer.plannerFrame({ geo, overlays, state, map: { width: map.width, height: map.height }, covered, card });
      planner.setCardPlacement(card && result.card ? { elementId: card.elementId, left: result.card.box.x, top: result.card.box.y } : null);
      planner.setCityPadding(result.padding ?? uniformPadding(PLANNER_PADDING));
    };
    // What the page changes by itself (a resize, the legend's folding, a card being drawn) is framed
    // at the next frame, once, however many observers fire.
    const update = () => {
      if (disposed) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(compute);
    };
    // The shown layers changed (this effect runs in the commit that drew them and the legend): framed
    // at once, so the camera's jump reaches the map in the same task as the layers and the toggle
    // costs one map frame, not one for the layers and one for the camera.
    compute();
    // The page layout is loaded now (after the first frame), so the first layer shown frames at once.
    if (!framer) void loadFramer();
    const observer = new ResizeObserver(update);
    observer.observe(root);
    const legend = root.querySelector('.map-overlay-bottom-left');
    if (legend) observer.observe(legend);
    // The legend comes and goes with the layers: watch for it.
    const mutations = new MutationObserver(() => {
      const now = root.querySelector('.map-overlay-bottom-left');
      if (now) observer.observe(now);
      update();
    });
    mutations.observe(root, { childList: true, subtree: true });
    // The card opens, closes or shows another element; the camera goes back to the city framing.
    const cards = plannerState.listen('planner framing', ({ action }) => {
      if (action.type === 'card/open' || action.type === 'card/close') update();
    });
    const camera = store.subscribe((s, prev) => {
      if (s.movedByUser !== prev.movedByUser || s.camera.target.kind !== prev.camera.target.kind) update();
    });
    return () => {
      disposed = true;
      cancelAnimationFrame(frame);
      observer.disconnect();
      mutations.disconnect();
      cards();
      camera();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for the shown layers
  }, [store, plannerState, area, overlays, geo, key, enabled, state.labels.scale]);
}
