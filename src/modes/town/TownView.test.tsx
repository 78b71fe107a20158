import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appGeo } from '../../../tests/fixtures/appGeo';
import { makeMockMapView } from '../../../tests/fixtures/mockMapView';
import { GeoContext } from '../../app/GeoContext';
import { Root } from '../../Root';
import { useRouteStore } from '../../state/routeStore';
import { createPlannerState, PlannerStateProvider, type PlannerStateStore } from '../../state/screens/plannerState';

const mock = makeMockMapView();
vi.mock('../../map/mapAdapter', () => ({ createMapView: () => mock.view }));

const geo = appGeo();

let planner: PlannerStateStore;

beforeEach(() => {
  mock.calls.states.length = 0;
  planner = createPlannerState();
});
afterEach(() => {
  cleanup();
  useRouteStore.setState({ route: { mode: 'map' } });
});

describe('the town view’s quota controls (map adapter mocked)', () => {
  it('在地图上显示 and the year change the town map, and nothing in the planner', async () => {
    useRouteStore.setState({ route: { mode: 'town', town: '长安镇' } });
    render(
      <GeoContext.Provider value={geo}>
        <PlannerStateProvider store={planner}>
          <Root />
        </PlannerStateProvider>
      </GeoContext.Provider>,
    );
    const panel = await screen.findByRole('region', { name: '指标地图' }, { timeout: 15_000 });
    await act(async () => {});
    expect(mock.last().fill).toBeNull();

    await userEvent.click(within(panel).getByRole('checkbox', { name: /在地图上显示/ }));
    await act(async () => {});
    expect(mock.last().fill).not.toBeNull();
    expect(mock.last().fillLegend?.title).toBe('2025 发现指标');
    await userEvent.selectOptions(within(panel).getByLabelText('年份'), '2027');
    await act(async () => {});
    expect(mock.last().fillLegend?.title).toBe('2027 发现指标');

    // The planner's fill, quota view (and so its URL) are as they were.
    expect(planner.getState().fillMode).toBe('none');
    expect(planner.getState().quotaView.year).toBe(2025);
  });
});
