import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { plannerPanelsLoaded } from '../support/plannerPanels';
import { GeoContext } from '../../src/app/GeoContext';
import type { MapHandlers } from '../../src/map/mapView';
import { createPlannerState, PlannerStateProvider, type PlannerStateStore } from '../../src/state/screens/plannerState';
import { appGeo } from '../fixtures/appGeo';
import { makeMockMapView } from '../fixtures/mockMapView';

const mock = makeMockMapView();
vi.mock('../../src/map/mapAdapter', () => ({
  createMapView: (_container: HTMLElement, _geo: unknown, _overlays: unknown, handlers: MapHandlers) => {
    mock.calls.handlers = handlers;
    return mock.view;
  },
}));

const geo = appGeo();
let planner: PlannerStateStore = createPlannerState();

beforeEach(() => {
  planner = createPlannerState();
  vi.clearAllMocks();
  mock.calls.states.length = 0;
  mock.calls.handlers = null;
});

async function renderApp() {
  const rendered = render(
    <GeoContext.Provider value={geo}>
      <PlannerStateProvider store={planner}>
        <App />
      </PlannerStateProvider>
    </GeoContext.Provider>,
  );
  await plannerPanelsLoaded();
  return rendered;
}

const detail = () => screen.getByRole('region', { name: '镇街详情' });

describe('the town map app (map adapter mocked)', () => {
  it('typing part of a name and pressing Enter selects the unit and zooms to it', async () => {
    await renderApp();
    await userEvent.type(screen.getByRole('combobox', { name: '搜索镇街' }), '长安{Enter}');
    expect(within(detail()).getByRole('heading', { level: 2 })).toHaveTextContent(/^长安镇$/);
    expect(mock.last().camera.target).toEqual({ kind: 'units', units: ['长安镇'] });
    expect(mock.last().selected).toEqual(['长安镇']);
  });

  it('search finds 滨海湾新区, says it has no boundary of its own, and selects 长安 and 虎门 instead of drawing it', async () => {
    await renderApp();
    await userEvent.type(screen.getByRole('combobox', { name: '搜索镇街' }), '滨海湾');
    // The unit first; the plan element of the same name (战略平台) after it.
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('滨海湾新区 无边界 · 边界数据中没有它自己的边界，范围在长安镇和虎门镇境内');
    expect(options.length).toBeGreaterThan(1);
    for (const o of options.slice(1)) expect(o.textContent).toMatch(/^滨海湾.* · 布局元素$/);
    await userEvent.keyboard('{Enter}');
    expect(mock.last().selected).toEqual(['长安镇', '虎门镇']);
    expect(mock.last().camera.target).toEqual({ kind: 'units', units: ['长安镇', '虎门镇'] });
    expect(screen.getByText(/滨海湾新区：边界数据中没有它自己的边界/)).toBeInTheDocument();
  });

  it('the search list is keyboard-navigable', async () => {
    await renderApp();
    const box = screen.getByRole('combobox', { name: '搜索镇街' });
    await userEvent.type(box, '街道');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(4);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getAllByRole('option')[2]).toHaveAttribute('aria-selected', 'true');
    const third = screen.getAllByRole('option')[2].textContent!.split(/\s/)[0];
    await userEvent.keyboard('{Enter}');
    expect(within(detail()).getByRole('heading', { level: 2 })).toHaveTextContent(third);
  });

  it('a map click selects, shift-click adds, a click on empty space clears', async () => {
    await renderApp();
    // The map view is created after the first frame: clicks go to this mount's handlers.
    await vi.waitFor(() => expect(mock.calls.handlers).not.toBeNull());
    const click = (names: string[], shiftKey = false) =>
      act(() => mock.calls.handlers!.onClick!({ names, lonLat: [113.7, 22.8], shiftKey }));
    click(['虎门镇']);
    expect(within(detail()).getByRole('heading', { level: 2 })).toHaveTextContent('虎门镇');
    click(['长安镇'], true);
    expect(planner.getState().selected).toEqual(['虎门镇', '长安镇']);
    expect(screen.getByLabelText('所选面积')).toHaveTextContent('已选 2 个镇街');
    click([]);
    expect(within(detail()).queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('shows code, type, Turf area and neighbours; a neighbour is clickable', async () => {
    await renderApp();
    act(() => planner.dispatch({ type: 'selection/select', unit: '横沥镇' }));
    const panel = detail();
    expect(panel).toHaveTextContent('441900106');
    expect(panel).toHaveTextContent('镇');
    const items = within(screen.getByRole('list', { name: '相邻镇街' })).getAllByRole('listitem');
    const expected = geo.metaByName.get('横沥镇')!.neighbours.map((n) => n.name);
    expect(items.map((li) => li.textContent!.split(/\s/)[0])).toEqual(expected);
    expect(items.map((li) => li.textContent)).not.toContain(expect.stringMatching(/^茶山镇/));
    await userEvent.click(within(items[0]).getByRole('button'));
    expect(within(detail()).getByRole('heading', { level: 2 })).toHaveTextContent(expected[0]);
  });

  it('answers “within N km” and the units under a clicked point', async () => {
    await renderApp();
    act(() => planner.dispatch({ type: 'selection/select', unit: '长安镇' }));
    const within5 = screen.getByRole('list', { name: '距离范围内的镇街' });
    expect(within5).toHaveTextContent('虎门镇');
    const radius = screen.getByRole('spinbutton', { name: '距离（公里）' });
    await userEvent.clear(radius);
    await userEvent.type(radius, '0');
    const neighboursOnly = within(screen.getByRole('list', { name: '距离范围内的镇街' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent!.split(/\s/)[0]);
    expect(neighboursOnly.sort()).toEqual(geo.metaByName.get('长安镇')!.neighbours.map((n) => n.name).sort());
    const humen = geo.metaByName.get('虎门镇')!.label;
    act(() => mock.calls.handlers!.onClick!({ names: ['虎门镇'], lonLat: humen, shiftKey: false }));
    expect(screen.getByLabelText('点击位置')).toHaveTextContent('虎门镇');
  });

  it('a map click moves nothing; the camera moves only for a new request, never for an old one on a new map', async () => {
    const first = await renderApp();
    await userEvent.type(screen.getByRole('combobox', { name: '搜索镇街' }), '长安{Enter}');
    const asked = mock.last().camera;
    act(() => mock.calls.handlers!.onClick!({ names: ['谢岗镇'], lonLat: [114.1, 22.8], shiftKey: false }));
    expect(mock.last().selected).toEqual(['谢岗镇']);
    expect(mock.last().camera).toBe(asked);
    first.unmount();
    // Back from another screen: a new planner map starts on the selection, not on the old request.
    mock.calls.states.length = 0;
    await renderApp();
    // The map module loads after the first frame: wait for the new map's first state.
    await vi.waitFor(() => expect(mock.calls.states.length).toBeGreaterThan(0));
    expect(mock.last().camera).toMatchObject({ target: { kind: 'units', units: ['谢岗镇'] }, seq: 0 });
  });

  it('renders the legend from the state the map shows, with the selection named', async () => {
    await renderApp();
    act(() => planner.dispatch({ type: 'selection/select', unit: '长安镇' }));
    expect(within(screen.getByRole('region', { name: '图例' })).getByText('选中的镇街（轮廓）')).toBeInTheDocument();
  });

  it('the side panel folds away so the map fills the window, and comes back', async () => {
    await renderApp();
    const toggle = screen.getByRole('button', { name: '›' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(screen.queryByRole('tablist', { name: '面板' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '‹' }));
    expect(screen.getByRole('tablist', { name: '面板' })).toBeVisible();
  });
});
