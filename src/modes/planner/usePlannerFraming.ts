import { useLayoutEffect, type RefObject } from 'react';
import { useGeo } from '../../app/GeoContext';
import { elementById } from '../../layouts/queries';
import { pageLayout, type Box } from '../../map/page/pageLayout';
import { pageSubject, textWidth } from '../../map/page/subjectMarks';
import type { OverlaySpec } from '../../map/overlaySpec';
import { uniformPadding, type MapState } from '../../state/mapState';
import { PLANNER_PADDING, type PlannerStore } from '../../state/screens/plannerStore';

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
 * 沙田, 虎门 and 长安). Framed again when the legend or the map changes size.
 */
export function usePlannerFraming(store: PlannerStore, area: RefObject<HTMLElement | null>, overlays: OverlaySpec, state: Pick<MapState, 'overlays' | 'labels'>, enabled: boolean): void {
  const geo = useGeo();
  const key = JSON.stringify(state.overlays.map((o) => o.id));
  useLayoutEffect(() => {
    const root = area.current;
    if (!root) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!enabled || state.overlays.length === 0) return store.getState().setCityPadding(uniformPadding(PLANNER_PADDING));
        const map = root.getBoundingClientRect();
        if (map.width === 0 || map.height === 0) return;
        const covered = Object.entries(PLANNER_BOXES)
          .map(([name, selector]) => ({ name, rect: root.querySelector(selector)?.getBoundingClientRect() }))
          .filter((c): c is { name: string; rect: DOMRect } => !!c.rect && c.rect.width > 0 && c.rect.height > 0)
          .map(({ name, rect }) => ({ name, box: { x: rect.left - map.left, y: rect.top - map.top, width: rect.width, height: rect.height } as Box }));
        const elements = state.overlays.map((o) => o.id);
        const towns = [...new Set(elements.flatMap((id) => elementById(id)?.members.map((m) => m.town) ?? []))];
        const subject = pageSubject(geo, overlays, { ...state, camera: { target: { kind: 'city' }, padding: uniformPadding(0), seq: 0 } }, { towns, elements }, false);
        const layout = pageLayout(
          { output: { kind: 'screen', width: map.width, height: map.height, covered }, title: '', dateText: '', legend: [], subject },
          (text, px) => textWidth(text, px),
        );
        store.getState().setCityPadding(layout.camera?.padding ?? uniformPadding(PLANNER_PADDING));
      });
    };
    update();
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
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      mutations.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for the shown layers
  }, [store, area, overlays, geo, key, enabled, state.labels.scale]);
}
