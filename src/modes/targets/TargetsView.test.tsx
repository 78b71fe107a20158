import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FYP14_TARGETS, INDUSTRY_TARGETS } from '../../targets/targets';
import { TargetsView } from './TargetsView';

describe('规划目标 view', () => {
  it('lists every row of seed 000 表 1 with its year, unit and source', () => {
    render(<TargetsView />);
    const table = screen.getByRole('table', { name: FYP14_TARGETS.title });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['指标', '单位', '2025']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    const firm = rows.find((r) => r.textContent!.includes('国家级高新技术企业数量'))!;
    expect(firm).toHaveTextContent(/国家级高新技术企业数量原文单位印作“%”.*家8000/);
    const section = table.closest('section')!;
    expect(section).toHaveTextContent('来源：《东莞市科技创新“十四五”规划》第二章 确立发展新蓝图 四、发展目标 表 1');
  });

  it('lists every row of seed 001 表 1 for 2017 (base), 2020 and 2025, with bars against the 2025 target', () => {
    render(<TargetsView />);
    const table = screen.getByRole('table', { name: INDUSTRY_TARGETS.title });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['指标', '单位', '2017（基数）', '2020', '2025', '对照目标']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(11);
    const ngit = rows[0];
    expect(within(ngit).getAllByRole('cell').map((c) => c.textContent).slice(0, 4)).toEqual(['亿元', '≈ 5800', '> 11000', '> 24000']);
    expect(within(ngit).getByRole('img')).toHaveAccessibleName(/2017 年为2025 年目标的 24%；2020 年为2025 年目标的 46%；2025 年为2025 年目标的 100%/);
    expect(table.closest('section')).toHaveTextContent('三、发展目标 表 1');
  });

  it('shows the cluster goals, the 百千万 and the action-plan targets, and the four plan periods', () => {
    render(<TargetsView />);
    expect(screen.getByRole('table', { name: /产业集群目标/ })).toHaveTextContent('万亿级产业集群个2');
    expect(screen.getByRole('table', { name: /百千万工程/ })).toHaveTextContent('科技创新示范镇区间：2 至 3 个个2—3');
    expect(screen.getByRole('table', { name: /三年行动计划/ })).toHaveTextContent('≥100≥80≥80');
    const periods = within(screen.getByRole('list', { name: '规划期' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(periods).toEqual([
      expect.stringContaining('2018—2025'),
      expect.stringContaining('2021—2025'),
      expect.stringContaining('2023—2025'),
      expect.stringContaining('2025—2027'),
    ]);
  });
});
