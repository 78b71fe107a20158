import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { QuotaSummary } from './QuotaSummary';

beforeEach(() => {
  resetQuotaStore();
});

const line = (metric: string) => document.querySelector(`[data-metric="${metric}"]`) as HTMLElement;
const holder = (table: string, who: string) =>
  within(screen.getByRole('table', { name: table })).getAllByRole('row').find((r) => r.getAttribute('data-holder') === who)!;

describe('QuotaSummary: who holds each target', () => {
  it('2025 defaults: towns 195 incl. 松山湖 25, departments 160, institutes ≥5 each, total, target — each with its source', () => {
    render(<QuotaSummary />);
    expect(holder('发现目标承担方', 'towns')).toHaveTextContent(/各镇街（园区）合计其中高新区 松山湖 25.*195/);
    expect(holder('发现目标承担方', 'departments')).toHaveTextContent(/市级层面（四部门及科创集团）科技局 100、发改局 25、工信局 25、投促局 5、科创集团 5（科创集团即东莞科技创新金融集团有限公司，是企业，不是市直部门）.*160/);
    expect(screen.getByRole('region', { name: '2025 年指标汇总' })).not.toHaveTextContent('市直部门合计');
    expect(holder('发现目标承担方', 'institutes')).toHaveTextContent(/科研院所.*每家 ≥5/);
    expect(holder('发现目标承担方', 'total')).toHaveTextContent(/合计.*≥355/);
    expect(holder('发现目标承担方', 'target')).toHaveTextContent(/全市目标.*≥200/);
    for (const who of ['towns', 'departments', 'institutes']) expect(holder('发现目标承担方', who)).toHaveTextContent('三、（三）1．成果发现机制');
    expect(holder('发现目标承担方', 'target')).toHaveTextContent('二、工作目标');
  });

  it('does not call the towns’ sum a shortfall', () => {
    render(<QuotaSummary />);
    const summary = screen.getByRole('region', { name: '2025 年指标汇总' });
    expect(summary).not.toHaveTextContent(/差 ?5|缺口|不足/);
    expect(line('discovery')).toHaveTextContent('达到全市目标 ≥200');
  });

  it('follows the store live: a town marked 创新强镇 adds 20', () => {
    render(<QuotaSummary />);
    act(() => useQuotaStore.getState().setStrongTown('长安镇', true));
    expect(holder('发现目标承担方', 'towns')).toHaveTextContent(/215$/);
    expect(holder('发现目标承担方', 'total')).toHaveTextContent('≥375');
  });

  it('landing: 科技局 and the platforms hold part, the annex is not public, and no gap is stated', () => {
    const s = useQuotaStore.getState();
    s.setValue('长安镇', 2025, 'landing_quota', 50);
    s.setValue('虎门镇', 2025, 'landing_quota', 38);
    render(<QuotaSummary />);
    expect(holder('落地目标承担方', 'towns')).toHaveTextContent(/附表未公开.*88/);
    expect(holder('落地目标承担方', 'kjj')).toHaveTextContent(/市科技局负责部分落地指标.*未列/);
    expect(holder('落地目标承担方', 'platforms')).toHaveTextContent('相关科研平台');
    expect(line('landing')).toHaveTextContent('不据此计算差额');
    expect(line('landing')).not.toHaveTextContent('差 12');
  });

  it('says what counts as 落地, with the plan’s figures', () => {
    render(<QuotaSummary />);
    const list = screen.getByRole('list', { name: '落地标准', hidden: true });
    expect(list).toHaveTextContent('企业类成果');
    expect(list).toHaveTextContent('5 万元以上');
    expect(list).toHaveTextContent('50 万以上');
    expect(list).toHaveTextContent('不低于 10 万元');
  });

  it('uses the chosen year and its "additional" target', () => {
    render(<QuotaSummary year={2026} />);
    expect(holder('发现目标承担方', 'target')).toHaveTextContent(/新增≥160/);
  });

  it('lists the 百千万 targets for 2023 and 2025 with their source', () => {
    render(<QuotaSummary />);
    const list = screen.getByRole('list', { name: '百千万工程目标' });
    expect(list).toHaveTextContent('2023 年：市重大科技项目库中镇街入库项目 100 项；瞪羚企业培育库镇街（园区）企业 400 家');
    expect(list).toHaveTextContent('科技创新示范镇 2—3 个');
    expect(screen.getByText(/来源：《东莞市科技支撑“百县千镇万村高质量发展工程”.*（二）目标任务/)).toBeInTheDocument();
  });
});
