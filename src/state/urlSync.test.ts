import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNoticeStore } from './noticeStore';
import { useRouteStore } from './routeStore';
import type { PlannerAction } from './screens/plannerActions';
import { createPlannerState, type PlannerStateStore } from './screens/plannerState';
import { startUrlSync as startUrlSyncOn } from './urlSync';

const options = { isKnownLayer: (id: string) => id === 'belt-west' };
let stop: () => void = () => {};
let planner: PlannerStateStore;
let errors: string[];
const startUrlSync = (opts: typeof options) => startUrlSyncOn(opts, window, planner);
const hash = () => decodeURIComponent(window.location.hash);

beforeEach(() => {
  errors = [];
  planner = createPlannerState(undefined, (_error, listener) => errors.push(listener));
});

afterEach(() => {
  stop();
  useNoticeStore.setState({ notices: [] });
  useRouteStore.setState({ route: { mode: 'map' } });
});

describe('URL ⇄ state', () => {
  it('opens the selection and layers a link names', () => {
    window.location.hash = '#/map?town=长安镇,虎门镇&layers=belt-west';
    stop = startUrlSync(options);
    expect(planner.getState().selected).toEqual(['长安镇', '虎门镇']);
    expect(planner.getState().visible).toEqual(['belt-west']);
  });

  it('drops unknown towns and layers with a notice that names them', () => {
    window.location.hash = '#/map?town=长安镇,<b>坏</b>&layers=nope';
    stop = startUrlSync(options);
    expect(planner.getState().selected).toEqual(['长安镇']);
    expect(planner.getState().visible).toEqual([]);
    const texts = useNoticeStore.getState().notices.map((n) => n.text).join('\n');
    expect(texts).toContain('<b>坏</b>');
    expect(texts).toContain('nope');
  });

  it('writes selection changes back into the hash', () => {
    window.location.hash = '#/map';
    stop = startUrlSync(options);
    planner.dispatch({ type: 'selection/select', unit: '谢岗镇' });
    expect(hash()).toBe('#/map?town=谢岗镇');
    planner.dispatch({ type: 'selection/clear' });
    expect(window.location.hash).toBe('#/map');
  });

  it('writes the fill, quota view and comparison, and reads them back from a link', () => {
    window.location.hash = '#/map';
    stop = startUrlSync(options);
    planner.dispatch({ type: 'quotaView/set', view: { field: 'landing', measure: 'rate', year: 2026 } });
    expect(window.location.hash).toBe('#/map'); // no fill: the quota view is not part of the link
    planner.dispatch({ type: 'fill/setMode', mode: 'quota' });
    expect(hash()).toBe('#/map?fill=quota&quota=landing.rate.2026');
    stop();
    const other = createPlannerState();
    stop = startUrlSyncOn(options, window, other);
    expect(other.getState()).toMatchObject({ fillMode: 'quota', quotaView: { field: 'landing', measure: 'rate', year: 2026 } });
  });

  it('a link, back or forward arrives as one location/apply action of origin url', () => {
    window.location.hash = '#/map';
    stop = startUrlSync(options);
    const heard: { type: string; origin: string }[] = [];
    planner.listen('test', ({ action, origin }) => heard.push({ type: action.type, origin }));
    window.location.hash = '#/map?town=虎门镇&layers=belt-west';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(heard).toEqual([{ type: 'location/apply', origin: 'url' }]);
    expect(planner.getState()).toMatchObject({ selected: ['虎门镇'], visible: ['belt-west'] });
  });

  it('a listener that throws leaves later edits flowing to the URL and to the other listeners', () => {
    window.location.hash = '#/map';
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Registered before the URL, so it runs first on every action.
    planner.listen('broken', () => {
      throw new Error('boom');
    });
    stop = startUrlSync(options);
    const kept: PlannerAction[] = [];
    planner.listen('a later listener (saving)', ({ action }) => kept.push(action));
    planner.dispatch({ type: 'selection/select', unit: '谢岗镇' });
    planner.dispatch({ type: 'selection/select', unit: '长安镇' });
    expect(hash()).toBe('#/map?town=长安镇');
    planner.dispatch({ type: 'layers/set', ids: ['belt-west'] });
    expect(hash()).toBe('#/map?town=长安镇&layers=belt-west');
    expect(kept.map((a) => a.type)).toEqual(['selection/select', 'selection/select', 'layers/set']);
    expect(errors.filter((e) => e === 'broken')).toHaveLength(3);
    error.mockRestore();
  });

  it('a URL write that throws is reported, and the next edit writes again', () => {
    window.location.hash = '#/map';
    stop = startUrlSync(options);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const replace = vi.spyOn(window.history, 'replaceState').mockImplementationOnce(() => {
      throw new Error('SecurityError');
    });
    planner.dispatch({ type: 'selection/select', unit: '谢岗镇' });
    expect(window.location.hash).toBe('#/map');
    planner.dispatch({ type: 'selection/select', unit: '长安镇' });
    expect(hash()).toBe('#/map?town=长安镇');
    replace.mockRestore();
    error.mockRestore();
  });

  it('sends an unknown town view back to the map', () => {
    window.location.hash = '#/town/火星镇';
    stop = startUrlSync(options);
    expect(useRouteStore.getState().route).toEqual({ mode: 'map' });
  });
});

describe('links with short names and hostile text', () => {
  it('opens the town view from a short name and writes the full name back', () => {
    window.location.hash = `#/town/${encodeURIComponent('长安')}`;
    stop = startUrlSync(options);
    expect(useRouteStore.getState().route).toEqual({ mode: 'town', town: '长安镇' });
    expect(decodeURIComponent(window.location.hash)).toBe('#/town/长安镇');
    expect(useNoticeStore.getState().notices).toEqual([]);
  });

  it('accepts short names in the selection', () => {
    window.location.hash = '#/map?town=松山湖,虎门';
    stop = startUrlSync(options);
    expect(planner.getState().selected).toEqual(['松山湖管委会', '虎门镇']);
  });

  it('quotes a long unknown name shortened, so the notice stays short', () => {
    const long = '很'.repeat(500);
    window.location.hash = `#/town/${encodeURIComponent(long)}`;
    stop = startUrlSync(options);
    const [notice] = useNoticeStore.getState().notices;
    expect(notice.text).toContain('很…');
    expect(notice.text.length).toBeLessThan(60);
    expect(useRouteStore.getState().route).toEqual({ mode: 'map' });
  });

  it('clears the old screen\'s notices when the user moves to another screen', () => {
    window.location.hash = '#/map?town=火星镇';
    stop = startUrlSync(options);
    expect(useNoticeStore.getState().notices).toHaveLength(1);
    useRouteStore.getState().navigate({ mode: 'town', town: '长安镇' });
    expect(useNoticeStore.getState().notices).toEqual([]);
  });
});
