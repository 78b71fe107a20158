import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { TownQuotaSummary } from './TownQuotaSummary';

beforeEach(() => resetQuotaStore());

describe('TownQuotaSummary', () => {
  it('shows each year’s quotas, actuals and completion rate for one unit', () => {
    const s = useQuotaStore.getState();
    s.setValue('长安镇', 2025, 'landing_quota', 10);
    s.setValue('长安镇', 2025, 'landing_actual', 8);
    s.setValue('长安镇', 2025, 'discovery_actual', 6);
    render(<TownQuotaSummary town="长安镇" />);
    const table = screen.getByRole('table', { name: '长安镇 指标与完成' });
    const row2025 = within(table).getByRole('rowheader', { name: '2025' }).closest('tr')!;
    expect([...row2025.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['5（默认）', '6', '120%', '10', '8', '80%']);
    const row2026 = within(table).getByRole('rowheader', { name: '2026' }).closest('tr')!;
    expect([...row2026.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['5（默认）', '未设', '未填实际', '未设', '未设', '未设指标']);
    expect(screen.getByText('发现指标 5（未标为创新强镇）')).toBeInTheDocument();
  });

  it('tells a town marked 创新强镇 that 示范镇 are chosen from among the 创新强镇, and says nothing of it otherwise', () => {
    const { unmount } = render(<TownQuotaSummary town="长安镇" />);
    expect(document.querySelector('[data-note="strong-town-demo"]')).toBeNull();
    unmount();
    useQuotaStore.getState().setStrongTown('长安镇', true);
    render(<TownQuotaSummary town="长安镇" />);
    expect(document.querySelector('[data-note="strong-town-demo"]')).toHaveTextContent(/从创新强镇中遴选、认定一批创新强镇示范镇.*二、工作措施（四）2．创建科技创新示范镇/);
  });

  it('tells a town leader the quotas count in the yearly assessment and name one liaison officer', () => {
    render(<TownQuotaSummary town="谢岗镇" />);
    const duties = screen.getByRole('list', { name: '考核与联络员' });
    expect(duties).toHaveTextContent('落地指标按年度通报，纳入年度镇街（园区）科技创新考核指标体系');
    expect(duties).toHaveTextContent('没有写明发现指标纳入考核');
    expect(duties).not.toHaveTextContent('发现和落地指标按年度通报');
    expect(duties).toHaveTextContent('1 名科技成果联络员');
  });

  it('says 滨海湾新区 has no boundary of its own and no default quota', () => {
    render(<TownQuotaSummary town="滨海湾新区" />);
    expect(screen.getByText(/边界数据中没有它自己的边界，范围在长安镇和虎门镇境内；发现指标 ≥5 的规定适用于每个镇街（园区），但.*不给它设默认值/)).toBeInTheDocument();
  });
});
