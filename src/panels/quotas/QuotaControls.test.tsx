import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { QuotaControls } from './QuotaControls';
import { QuotaLegend } from '../QuotaLegend';
import { createPlannerState, PlannerStateProvider, type PlannerStateStore } from '../../state/screens/plannerState';

let planner: PlannerStateStore;

beforeEach(() => {
  resetQuotaStore();
  planner = createPlannerState();
});

describe('QuotaControls', () => {
  it('changes what the map shows and updates the legend', async () => {
    useQuotaStore.getState().setValue('长安镇', 2026, 'landing_quota', 4);
    const user = userEvent.setup();
    render(
      <PlannerStateProvider store={planner}>
        <QuotaControls />
        <QuotaLegend />
      </PlannerStateProvider>,
    );
    const legend = screen.getByRole('list', { name: '指标图例' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['5（默认）', '25（默认）', '未设']);

    await user.selectOptions(screen.getByLabelText('类别'), '落地');
    await user.selectOptions(screen.getByLabelText('年份'), '2026');
    expect(planner.getState().quotaView).toMatchObject({ field: 'landing', year: 2026, measure: 'quota' });
    expect(screen.getAllByRole('heading', { name: '2026 落地指标' })).toHaveLength(2);
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['全部为 4', '未设']);

    await user.selectOptions(screen.getByLabelText('显示'), '完成率');
    expect(planner.getState().quotaView.measure).toBe('rate');
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['无法计算（指标或实际未设）']);
  });

  it('turns the choropleth on and off on the map', async () => {
    render(
      <PlannerStateProvider store={planner}>
        <QuotaControls />
      </PlannerStateProvider>,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /在地图上显示/ }));
    expect(planner.getState().fillMode).toBe('quota');
    await userEvent.click(screen.getByRole('checkbox', { name: /在地图上显示/ }));
    expect(planner.getState().fillMode).toBe('none');
  });
});
