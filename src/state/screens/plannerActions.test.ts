import { describe, expect, it } from 'vitest';
import { changesLink, initialPlannerState, plannerUpdate, replayPlanner, type PlannerAction, type PlannerState } from './plannerActions';
import { createPlannerState } from './plannerState';

const apply = (actions: PlannerAction[], from: PlannerState = initialPlannerState()) => replayPlanner(from, actions);

describe('planner updater (pure)', () => {
  it('select replaces, toggle adds and removes, clear empties', () => {
    let s = apply([{ type: 'selection/select', unit: '长安镇' }, { type: 'selection/toggle', unit: '虎门镇' }]);
    expect(s.selected).toEqual(['长安镇', '虎门镇']);
    s = plannerUpdate(s, { type: 'selection/toggle', unit: '长安镇' });
    expect(s.selected).toEqual(['虎门镇']);
    s = plannerUpdate(s, { type: 'selection/select', unit: '谢岗镇' });
    expect(s.selected).toEqual(['谢岗镇']);
    expect(plannerUpdate(s, { type: 'selection/clear' }).selected).toEqual([]);
  });

  it('asks the map to zoom only when told to, and each ask is a new request', () => {
    const s = apply([{ type: 'selection/select', unit: '长安镇' }]);
    expect(s.zoomRequest).toBeNull();
    const z = apply([{ type: 'selection/select', unit: '虎门镇', zoom: true }, { type: 'selection/zoomTo', units: ['虎门镇'] }], s);
    expect(z.zoomRequest).toEqual({ names: ['虎门镇'], seq: 2 });
  });

  it('does not change the state it is given, and an action that changes nothing returns it as it was', () => {
    const s = initialPlannerState();
    const frozen = JSON.stringify(s);
    const t = apply([{ type: 'layers/toggle', id: 'belt-west' }, { type: 'selection/set', units: ['长安镇', '长安镇'] }], s);
    expect(JSON.stringify(s)).toBe(frozen);
    expect(t.selected).toEqual(['长安镇']);
    expect(plannerUpdate(t, { type: 'selection/set', units: ['长安镇'] })).toBe(t);
    expect(plannerUpdate(t, { type: 'layers/setMany', ids: ['belt-west'], on: true })).toBe(t);
    expect(plannerUpdate(t, { type: 'fill/setMode', mode: 'none' })).toBe(t);
    expect(plannerUpdate(t, { type: 'quotaView/set', view: { year: 2025 } })).toBe(t);
  });

  it('layers: toggle, group on and off, show only, all off; opacity kept between 0 and 1', () => {
    let s = apply([{ type: 'layers/setMany', ids: ['a', 'b', 'c'], on: true }, { type: 'layers/toggle', id: 'b' }]);
    expect(s.visible).toEqual(['a', 'c']);
    s = plannerUpdate(s, { type: 'layers/setMany', ids: ['a'], on: false });
    expect(s.visible).toEqual(['c']);
    expect(plannerUpdate(s, { type: 'layers/showOnly', id: 'x' }).visible).toEqual(['x']);
    expect(plannerUpdate(s, { type: 'layers/allOff' }).visible).toEqual([]);
    expect(plannerUpdate(s, { type: 'layers/setOpacity', plan: 'pianqu', value: 3 }).opacity.pianqu).toBe(1);
    expect(plannerUpdate(s, { type: 'layers/setOpacity', plan: 'pianqu', value: -1 }).opacity.pianqu).toBe(0);
  });

  it('the query radius is kept between 0 and 100 km', () => {
    const s = initialPlannerState();
    expect(plannerUpdate(s, { type: 'query/setRadius', km: 250 }).query.radiusKm).toBe(100);
    expect(plannerUpdate(s, { type: 'query/setRadius', km: Number.NaN }).query.radiusKm).toBe(0);
    expect(plannerUpdate(s, { type: 'query/setRadius', km: 5 })).toBe(s);
  });

  it('a link replaces selection, layers and fill; the quota view and comparison only when it names valid ones', () => {
    const before = apply([{ type: 'quotaView/set', view: { field: 'landing' } }, { type: 'compare/setSide', side: 'a', value: 'belt-west' }]);
    const s = plannerUpdate(before, { type: 'location/apply', location: { selected: ['长安镇'], visible: ['belt-west'], fillMode: 'quota' } });
    expect(s).toMatchObject({ selected: ['长安镇'], visible: ['belt-west'], fillMode: 'quota' });
    expect(s.quotaView.field).toBe('landing');
    expect(s.compare.a).toBe('belt-west');
    const t = plannerUpdate(s, { type: 'location/apply', location: { selected: [], visible: [], fillMode: 'compare', compare: { a: 'plan:fyp14', b: 'plan:plan2018' } } });
    expect(t).toMatchObject({ selected: [], visible: [], fillMode: 'compare', compare: { a: 'plan:fyp14', b: 'plan:plan2018' } });
  });

  it('an unknown action type is refused, and changes nothing', () => {
    const store = createPlannerState();
    const before = store.getState();
    expect(() => store.dispatch({ type: 'selection/explode' } as unknown as PlannerAction)).toThrow(/unknown action/);
    expect(store.getState()).toBe(before);
  });

  it('only the actions that change what a link shares write the URL', () => {
    expect(changesLink({ type: 'selection/select', unit: '长安镇' })).toBe(true);
    expect(changesLink({ type: 'fill/setMode', mode: 'quota' })).toBe(true);
    expect(changesLink({ type: 'layers/setOpacity', plan: 'pianqu', value: 0.5 })).toBe(false);
    expect(changesLink({ type: 'selection/setMultiSelect', on: true })).toBe(false);
    expect(changesLink({ type: 'selection/zoomTo', units: ['长安镇'] })).toBe(false);
  });
});

describe('planner action log', () => {
  it('a session’s actions, replayed into a fresh store, give the same state', () => {
    const session = createPlannerState();
    const log: PlannerAction[] = [];
    session.listen('log', ({ action }) => log.push(action));
    const user: PlannerAction[] = [
      { type: 'location/apply', location: { selected: ['虎门镇'], visible: ['belt-west'], fillMode: 'none' } },
      { type: 'selection/select', unit: '长安镇', zoom: true },
      { type: 'selection/toggle', unit: '虎门镇' },
      { type: 'selection/setMultiSelect', on: true },
      { type: 'layers/setMany', ids: ['belt-east', 'base-yinping'], on: true },
      { type: 'layers/toggle', id: 'belt-west' },
      { type: 'layers/setOpacity', plan: 'plan2018', value: 0.35 },
      { type: 'fill/setMode', mode: 'quota' },
      { type: 'quotaView/set', view: { field: 'landing', measure: 'rate', year: 2026 } },
      { type: 'compare/setSide', side: 'b', value: 'belt-east' },
      { type: 'fill/setMode', mode: 'quota' }, // changes nothing: not in the log
      { type: 'selection/zoomTo', units: ['谢岗镇', '塘厦镇'] },
      { type: 'layers/showOnly', id: 'base-yinping' },
      { type: 'card/open', id: 'base-yinping' },
      { type: 'card/close' },
      { type: 'card/open', id: 'belt-east' },
      { type: 'query/setRadius', km: 12 },
      { type: 'query/click', lonLat: [113.7, 22.8], units: ['虎门镇'] },
    ];
    for (const action of user) session.dispatch(action);
    expect(log).toHaveLength(user.length - 1);

    const fresh = createPlannerState();
    for (const action of log) fresh.dispatch(action);
    expect(fresh.getState()).toEqual(session.getState());
    expect(replayPlanner(initialPlannerState(), log)).toEqual(session.getState());
    expect(session.getState()).toMatchObject({ selected: ['长安镇', '虎门镇'], visible: ['base-yinping'], fillMode: 'quota', multiSelect: true, card: 'belt-east' });
  });
});
