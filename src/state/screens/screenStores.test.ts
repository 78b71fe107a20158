import { describe, expect, it } from 'vitest';
import { diffMapState, type MapState, emptyMapState } from '../mapState';
import { createPlannerState } from './plannerState';
import { createPlannerStore } from './plannerStore';
import { createPresenterStore } from './presenterStore';
import { createTownViewStore, townCamera } from './townViewStore';

/** A stand-in for a map: applies each state with diffMapState, as MapView.sync does, and logs the camera moves. */
function fakeMap() {
  let applied: MapState | null = null;
  const moves: { target: unknown; animate: boolean }[] = [];
  return {
    moves,
    sync(state: MapState) {
      for (const op of diffMapState(applied, state)) if (op.kind === 'fitCamera') moves.push({ target: op.camera.target, animate: op.animate });
      applied = state;
    },
  };
}
const withCamera = (camera: MapState['camera'], patch: Partial<MapState> = {}): MapState => ({ ...emptyMapState(), ...patch, camera });

describe('planner store: click rules', () => {
  it('a click selects, Shift-click adds and removes, a click outside the city clears (Shift-click outside keeps)', () => {
    const selection = createPlannerState();
    const planner = createPlannerStore(selection);
    const click = (names: string[], shiftKey = false) => planner.getState().click({ names, shiftKey });
    click(['虎门镇']);
    expect(selection.getState().selected).toEqual(['虎门镇']);
    click(['长安镇'], true);
    expect(selection.getState().selected).toEqual(['虎门镇', '长安镇']);
    click(['虎门镇'], true);
    expect(selection.getState().selected).toEqual(['长安镇']);
    click([], true);
    expect(selection.getState().selected).toEqual(['长安镇']);
    click(['谢岗镇']);
    expect(selection.getState().selected).toEqual(['谢岗镇']);
    click([]);
    expect(selection.getState().selected).toEqual([]);
  });

  it('on a wide screen a map click never moves the camera; hover is kept per store', () => {
    const planner = createPlannerStore(createPlannerState());
    const before = planner.getState().camera;
    planner.getState().click({ names: ['虎门镇'], shiftKey: false });
    planner.getState().hover('虎门镇');
    expect(planner.getState().camera).toBe(before);
    expect(planner.getState().hovered).toBe('虎门镇');
  });

  it('on a phone a tap that selects a town frames it above the sheet (a tap that adds to the selection does not move the camera)', () => {
    const selection = createPlannerState();
    const planner = createPlannerStore(selection);
    planner.getState().setCovered({ top: 0, right: 0, bottom: 380, left: 0 }, { width: 390, height: 760 });
    planner.getState().click({ names: ['凤岗镇'], shiftKey: false });
    const camera = planner.getState().camera;
    expect(camera.target).toEqual({ kind: 'units', units: ['凤岗镇'] });
    // The sheet's 380 px and a margin below the town; a margin on the other sides.
    expect(camera.padding.bottom).toBeGreaterThan(380);
    expect(camera.padding.top).toBeLessThan(100);
    selection.dispatch({ type: 'selection/setMultiSelect', on: true });
    planner.getState().click({ names: ['塘厦镇'], shiftKey: false });
    expect(selection.getState().selected).toEqual(['凤岗镇', '塘厦镇']);
    expect(planner.getState().camera).toBe(camera);
  });
});

describe('planner store: the camera is a target with a seq', () => {
  it('starts on the selection, or the city when nothing is selected', () => {
    const selection = createPlannerState();
    expect(createPlannerStore(selection).getState().camera.target).toEqual({ kind: 'city' });
    selection.dispatch({ type: 'selection/set', units: ['谢岗镇'] });
    expect(createPlannerStore(selection).getState().camera.target).toEqual({ kind: 'units', units: ['谢岗镇'] });
  });

  it('follows the zoom actions dispatched while connected, and only those', () => {
    const selection = createPlannerState();
    selection.dispatch({ type: 'selection/select', unit: '长安镇', zoom: true }); // before this screen existed
    const planner = createPlannerStore(selection);
    const stop = planner.connect();
    expect(planner.getState().camera).toMatchObject({ target: { kind: 'units', units: ['长安镇'] }, seq: 0 });
    selection.dispatch({ type: 'selection/select', unit: '虎门镇', zoom: true });
    expect(planner.getState().camera).toMatchObject({ target: { kind: 'units', units: ['虎门镇'] }, seq: 1 });
    selection.dispatch({ type: 'selection/select', unit: '虎门镇', zoom: true }); // the same units again still move the map
    expect(planner.getState().camera.seq).toBe(2);
    stop();
    selection.dispatch({ type: 'selection/select', unit: '谢岗镇', zoom: true });
    expect(planner.getState().camera.seq).toBe(2);
  });

  it('a camera target given before a map exists is applied once, and never again', () => {
    const selection = createPlannerState();
    const planner = createPlannerStore(selection);
    const stop = planner.connect();
    selection.dispatch({ type: 'selection/select', unit: '长安镇', zoom: true }); // asked before the map is created
    const map = fakeMap();
    const state = () => withCamera(planner.getState().camera, { selected: selection.getState().selected, hovered: planner.getState().hovered });
    map.sync(state());
    expect(map.moves).toEqual([{ target: { kind: 'units', units: ['长安镇'] }, animate: false }]);
    // The user clicks, hovers, selects: nothing replays the request.
    planner.getState().click({ names: ['谢岗镇'], shiftKey: false });
    map.sync(state());
    planner.getState().hover('谢岗镇');
    map.sync(state());
    map.sync(state());
    expect(map.moves).toHaveLength(1);
    // Town view and back: the planner mounts again with a new store, which starts on the selection (谢岗).
    stop();
    const again = createPlannerStore(selection);
    again.connect();
    const newMap = fakeMap();
    newMap.sync(withCamera(again.getState().camera));
    expect(newMap.moves).toEqual([{ target: { kind: 'units', units: ['谢岗镇'] }, animate: false }]);
  });

  it('fitCity asks for the city (a new target each time)', () => {
    const planner = createPlannerStore(createPlannerState());
    planner.getState().fitCity();
    planner.getState().fitCity();
    expect(planner.getState().camera).toMatchObject({ target: { kind: 'city' }, seq: 2 });
  });

  it('a legend that changes size reframes the city, unless the user has moved the map since', () => {
    const planner = createPlannerStore(createPlannerState());
    const map = fakeMap();
    map.sync(withCamera(planner.getState().camera));
    planner.getState().setCityPadding({ top: 40, right: 40, bottom: 300, left: 40 });
    map.sync(withCamera(planner.getState().camera));
    expect(map.moves).toHaveLength(2);
    // The user zooms in on a town by hand, then switches a layer on: the legend grows, their view stays.
    planner.getState().userMoved();
    planner.getState().setCityPadding({ top: 40, right: 40, bottom: 420, left: 40 });
    map.sync(withCamera(planner.getState().camera));
    expect(map.moves).toHaveLength(2);
    // 全市 frames the city again, with the legend's padding, and later legend changes follow it again.
    planner.getState().fitCity();
    map.sync(withCamera(planner.getState().camera));
    expect(planner.getState().camera.padding.bottom).toBe(420);
    planner.getState().setCityPadding({ top: 40, right: 40, bottom: 200, left: 40 });
    map.sync(withCamera(planner.getState().camera));
    expect(map.moves).toHaveLength(4);
  });
});

describe('town view store', () => {
  const init = { town: '谢岗镇', bbox: [114.1, 22.9, 114.2, 23.0] as [number, number, number, number], layers: ['belt-east'], fillMode: 'none' as const };

  it('starts from a copy of what the planner showed and never writes back', () => {
    const plannerLayers = ['belt-east'];
    const store = createTownViewStore({ ...init, layers: plannerLayers });
    store.getState().showElement('base-yinping', ['belt-east', 'base-yinping']);
    expect(store.getState().layers).toEqual(['base-yinping']);
    expect(plannerLayers).toEqual(['belt-east']);
  });

  it('shows one membership, all of them, or none; sets its own fill', () => {
    const store = createTownViewStore(init);
    const s = () => store.getState();
    s().showElement('cluster-robot', ['belt-east', 'cluster-robot']);
    expect([s().shownElement, s().layers]).toEqual(['cluster-robot', ['cluster-robot']]);
    s().showElement(null, ['belt-east', 'cluster-robot']);
    expect([s().shownElement, s().layers]).toEqual([null, ['belt-east', 'cluster-robot']]);
    s().closeLayers();
    expect(s().layers).toEqual([]);
    s().setFillMode('quota');
    expect(s().fillMode).toBe('quota');
  });

  it('frames the town with a margin of its own size', () => {
    expect(townCamera([114, 23, 115, 24]).target).toEqual({ kind: 'bounds', bounds: [113.7, 22.7, 115.3, 24.3] });
  });
});

describe('presenter store', () => {
  it('each framing is a new camera request', () => {
    const store = createPresenterStore();
    const padding = { top: 120, right: 40, bottom: 40, left: 300 };
    store.getState().frame({ kind: 'bounds', bounds: [113.5, 22.6, 114.3, 23.2] }, padding);
    store.getState().frame({ kind: 'bounds', bounds: [113.5, 22.6, 114.3, 23.2] }, padding);
    expect(store.getState().camera).toMatchObject({ padding, seq: 2 });
  });
});
