import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { useQuotaViewStore } from '../../quotas/viewStore';
import { QuotaSummary } from './QuotaSummary';

beforeEach(() => {
  resetQuotaStore();
  useQuotaViewStore.setState({ year: 2025, field: 'discovery', measure: 'quota' });
});

const line = (metric: string) => document.querySelector(`[data-metric="${metric}"]`) as HTMLElement;

describe('QuotaSummary', () => {
  it('says plainly that the default discovery quotas fall 5 short of the 2025 target', () => {
    render(<QuotaSummary />);
    expect(line('discovery')).toHaveTextContent('镇街指标合计 195，全市目标 ≥200：差 5');
  });

  it('turns into an excess when a town is marked 创新强镇, and follows the store live', () => {
    render(<QuotaSummary />);
    act(() => useQuotaStore.getState().setStrongTown('长安镇', true));
    expect(line('discovery')).toHaveTextContent('镇街指标合计 215，全市目标 ≥200：超出 15');
  });

  it('shows the landing shortfall over the units that have a value, and how many are unset', () => {
    const s = useQuotaStore.getState();
    s.setValue('长安镇', 2025, 'landing_quota', 50);
    s.setValue('虎门镇', 2025, 'landing_quota', 38);
    render(<QuotaSummary />);
    expect(line('landing')).toHaveTextContent('镇街指标合计 88，全市目标 ≥100：差 12（33 个镇街未设，未计入）');
  });

  it('says landing quotas are unset rather than inventing them', () => {
    render(<QuotaSummary />);
    expect(line('landing')).toHaveTextContent('镇街落地指标均未设');
    expect(line('landing')).not.toHaveTextContent('差');
  });

  it('uses the chosen year and its "additional" target', () => {
    render(<QuotaSummary year={2026} />);
    expect(line('discovery')).toHaveTextContent('全市目标 新增≥160：超出 35');
  });

  it('puts the towns’ discovery share beside the departments’ quotas', () => {
    render(<QuotaSummary />);
    const table = screen.getByRole('table', { name: '发现指标分担' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('各镇街（园区）合计195');
    expect(rows).toContain('市科技局≥100');
    expect(rows).toContain('科创集团≥5');
    expect(rows).toContain('镇街 + 市直部门355');
  });

  it('lists the 百千万 targets for 2023 and 2025 with their source', () => {
    render(<QuotaSummary />);
    const list = screen.getByRole('list', { name: '百千万工程目标' });
    expect(list).toHaveTextContent('2023 年：市重大科技项目库中镇街入库项目 100 项；瞪羚企业培育库镇街（园区）企业 400 家');
    expect(list).toHaveTextContent('科技创新示范镇 2—3 个');
    expect(screen.getByText(/来源：《东莞市科技支撑“百县千镇万村高质量发展工程”.*（二）目标任务/)).toBeInTheDocument();
    expect(screen.getAllByText(/三、（三）1．成果发现机制/).length).toBeGreaterThan(0);
  });
});
