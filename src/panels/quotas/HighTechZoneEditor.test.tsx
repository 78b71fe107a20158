import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { effectiveValue } from '../../quotas/defaults';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { HighTechZoneEditor } from './HighTechZoneEditor';

beforeEach(() => resetQuotaStore());

describe('HighTechZoneEditor', () => {
  it('shows 松山湖 as the only 高新区 by default, with the reason, and lets the user add or remove one', async () => {
    render(<HighTechZoneEditor />);
    const list = screen.getByRole('list', { name: '高新区' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['松山湖管委会 移除']);
    expect(screen.getByText(/默认只有松山湖.*滨海湾新区已认定为省级高新区/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('加入：'), '滨海湾新区');
    expect(useQuotaStore.getState().data.highTechZones).toEqual(['松山湖管委会', '滨海湾新区']);
    await userEvent.click(screen.getByRole('button', { name: '移除 松山湖管委会（不再计为高新区）' }));
    expect(effectiveValue(useQuotaStore.getState().data, '松山湖管委会', 2025, 'discovery_quota')).toBe(5);
  });
});
