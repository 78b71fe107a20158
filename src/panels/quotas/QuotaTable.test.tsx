import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { effectiveValue, enteredValue } from '../../quotas/defaults';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { QuotaTable } from './QuotaTable';

beforeEach(() => resetQuotaStore());

const data = () => useQuotaStore.getState().data;

function table() {
  return screen.getByRole('table', { name: '镇街指标' });
}

/** The body cell of a unit under a column header such as '落地指标 2025'. */
function cellOf(town: string, header: string): HTMLElement {
  const headers = within(table()).getAllByRole('columnheader');
  const col = headers.findIndex((h) => within(h).queryByRole('button', { name: header }) !== null);
  if (col < 0) throw new Error(`no column ${header}`);
  const row = within(table()).getByRole('rowheader', { name: town }).closest('tr')!;
  return row.children[col] as HTMLElement;
}

function bodyTownOrder(): string[] {
  const body = table().querySelector('tbody')!;
  return within(body).getAllByRole('rowheader').map((h) => h.textContent!);
}

describe('QuotaTable', () => {
  it('shows one row per unit, defaults marked as defaults, unset as 未设, and a totals row', () => {
    render(<QuotaTable />);
    expect(bodyTownOrder()).toHaveLength(36);
    expect(bodyTownOrder()[35]).toBe('滨海湾新区 无边界');
    expect(cellOf('滨海湾新区 无边界', '发现指标 2025')).toHaveTextContent('未设');
    expect(cellOf('长安镇', '发现指标 2025')).toHaveTextContent('5（默认）');
    expect(cellOf('松山湖管委会', '发现指标 2025')).toHaveTextContent('25（默认）');
    expect(cellOf('长安镇', '落地指标 2025')).toHaveTextContent('未设');
    const totals = within(table()).getByRole('rowheader', { name: '合计' }).closest('tr')!;
    expect(totals).toHaveTextContent('195');
  });

  it('edits a cell from the keyboard: arrows to move, Enter to edit, Enter to commit', async () => {
    const user = userEvent.setup();
    render(<QuotaTable />);
    await user.click(cellOf('长安镇', '发现指标 2025'));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}'); // to 落地指标 2025
    expect(cellOf('长安镇', '落地指标 2025')).toHaveFocus();
    await user.keyboard('{Enter}');
    const input = screen.getByRole('textbox', { name: '长安镇 2025 落地指标' });
    expect(input).toHaveFocus();
    await user.keyboard('12{Enter}');
    expect(effectiveValue(data(), '长安镇', 2025, 'landing_quota')).toBe(12);
    expect(cellOf('长安镇', '落地指标 2025')).toHaveTextContent(/^12$/);
    // Enter moved down to the next unit, ready for the next value.
    expect(cellOf('虎门镇', '落地指标 2025')).toHaveFocus();
    await user.keyboard('{F2}7{Tab}');
    expect(enteredValue(data(), '虎门镇', 2025, 'landing_quota')).toBe(7);
    expect(cellOf('虎门镇', '落地指标 2026')).toHaveFocus();
  });

  it('starts editing when a digit is typed on a cell, and Escape cancels', async () => {
    const user = userEvent.setup();
    render(<QuotaTable />);
    await user.click(cellOf('厚街镇', '落地指标 2026'));
    await user.keyboard('4');
    expect(screen.getByRole('textbox', { name: '厚街镇 2026 落地指标' })).toHaveValue('4');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(enteredValue(data(), '厚街镇', 2026, 'landing_quota')).toBeNull();
    expect(cellOf('厚街镇', '落地指标 2026')).toHaveFocus();
  });

  it.each([
    ['-3', '不能为负数'],
    ['1.5', '必须是整数'],
    ['abc', '不是数字'],
  ])('rejects %s with an inline message and keeps the old value', async (typed, message) => {
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 10);
    const user = userEvent.setup();
    render(<QuotaTable />);
    await user.click(cellOf('长安镇', '落地指标 2025'));
    await user.keyboard('{Enter}');
    const input = screen.getByRole('textbox', { name: '长安镇 2025 落地指标' });
    await user.clear(input);
    await user.type(input, `${typed}{Enter}`);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(enteredValue(data(), '长安镇', 2025, 'landing_quota')).toBe(10);
    await user.keyboard('{Escape}');
    expect(cellOf('长安镇', '落地指标 2025')).toHaveTextContent(/^10$/);
  });

  it('clearing an entered discovery quota brings back the default', async () => {
    useQuotaStore.getState().setValue('石龙镇', 2025, 'discovery_quota', 40);
    const user = userEvent.setup();
    render(<QuotaTable />);
    expect(cellOf('石龙镇', '发现指标 2025')).toHaveTextContent(/^40$/);
    await user.click(cellOf('石龙镇', '发现指标 2025'));
    await user.keyboard('{Delete}');
    expect(cellOf('石龙镇', '发现指标 2025')).toHaveTextContent('5（默认）');
  });

  it('marks a unit 创新强镇 with its checkbox, which raises its default to 25 and the total', async () => {
    const user = userEvent.setup();
    render(<QuotaTable />);
    await user.click(screen.getByRole('checkbox', { name: '长安镇 创新强镇' }));
    expect(data().strongTowns).toEqual(['长安镇']);
    expect(cellOf('长安镇', '发现指标 2027')).toHaveTextContent('25（默认）');
    expect(within(table()).getByRole('rowheader', { name: '合计' }).closest('tr')).toHaveTextContent('215');
    expect(screen.queryByRole('checkbox', { name: '松山湖管委会 创新强镇' })).not.toBeInTheDocument();
  });

  it('sorts by a column when its header is clicked, unset values last', async () => {
    const s = useQuotaStore.getState();
    s.setValue('长安镇', 2025, 'landing_quota', 3);
    s.setValue('中堂镇', 2025, 'landing_quota', 30);
    s.setValue('谢岗镇', 2025, 'landing_quota', 12);
    const user = userEvent.setup();
    render(<QuotaTable />);
    const header = screen.getByRole('button', { name: '落地指标 2025' });
    await user.click(header);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(bodyTownOrder().slice(0, 3)).toEqual(['中堂镇', '谢岗镇', '长安镇']);
    await user.click(header);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyTownOrder().slice(0, 3)).toEqual(['长安镇', '谢岗镇', '中堂镇']);
    expect(bodyTownOrder().at(-1)).not.toMatch(/^(长安镇|谢岗镇|中堂镇)$/);
    expect(screen.getByRole('button', { name: '镇街' }).closest('th')).toHaveAttribute('aria-sort', 'none');
  });

  it('shows actual columns when the user turns them on', async () => {
    const user = userEvent.setup();
    render(<QuotaTable />);
    expect(screen.queryByRole('button', { name: '落地实际 2025' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '落地实际' }));
    expect(screen.getByRole('button', { name: '落地实际 2025' })).toBeInTheDocument();
  });
});
