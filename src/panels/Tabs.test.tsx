import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Tabs } from './Tabs';

const onQuotas = vi.fn();
const tabs = [
  { id: 'a', label: '镇街', render: () => <p>镇街内容</p> },
  { id: 'b', label: '图层', render: () => <p>图层内容</p> },
  { id: 'c', label: '指标', render: () => <p>指标内容</p>, onActivate: onQuotas },
];

describe('tabs (WAI-ARIA tabs pattern)', () => {
  it('keeps one tab stop and moves with the arrow keys, Home and End', async () => {
    render(<Tabs tabs={tabs} label="面板" />);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('tab', { name: '镇街' })).toHaveFocus();
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '图层' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('图层内容');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: '指标', selected: true })).toHaveFocus();
    expect(onQuotas).toHaveBeenCalled();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '镇街', selected: true })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: '指标', selected: true })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('镇街内容');
  });
});
