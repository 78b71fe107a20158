import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseQuotaCsv } from '../../quotas/csvImport';
import { effectiveValue } from '../../quotas/defaults';
import { emptyQuotaData } from '../../quotas/model';
import { applyImport, setStrongTown, setValue } from '../../quotas/operations';
import { exportScenario } from '../../quotas/scenario';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { QuotaImportDialog } from './QuotaImportDialog';

beforeEach(() => resetQuotaStore());
afterEach(() => vi.restoreAllMocks());

const data = () => useQuotaStore.getState().data;

const CSV = ['镇街,年份,指标,数值', '长安镇,2025,落地指标,30', '长按,2025,落地指标,4', '虎门,2026,发现指标,-2', '厚街,2025,落地指标,9', '沙田,2025,发现指标,5'].join('\n');

async function pasteAndCheck(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('textbox', { name: /粘贴 CSV/ }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: '检查' }));
}

describe('QuotaImportDialog', () => {
  it('previews pasted CSV with line-numbered errors, applies the valid values, and undoes the import', async () => {
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 10);
    const before = data();
    const user = userEvent.setup();
    render(<QuotaImportDialog />);
    await pasteAndCheck(user, CSV);

    const errors = screen.getByRole('list', { name: '导入错误' });
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '第 3 行：未知镇街「长按」，是否为「长安镇」？',
      '第 4 行：不能为负数（-2）',
    ]);
    expect(screen.getByText(/有效数值 3 个：将改变 2 个，1 个与现值相同/)).toBeInTheDocument();
    const changes = screen.getByRole('list', { name: '将要改变的数值' });
    expect(changes).toHaveTextContent('长安镇 2025 落地指标：10 → 30');
    expect(changes).toHaveTextContent('厚街镇 2025 落地指标：未设 → 9');
    // Nothing has changed yet.
    expect(data()).toBe(before);

    await user.click(screen.getByRole('button', { name: '应用' }));
    expect(effectiveValue(data(), '长安镇', 2025, 'landing_quota')).toBe(30);
    expect(effectiveValue(data(), '厚街镇', 2025, 'landing_quota')).toBe(9);
    expect(screen.getByRole('status')).toHaveTextContent('已导入 2 个数值');
    expect(screen.queryByRole('list', { name: '导入错误' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '撤销导入' }));
    expect(data()).toEqual(before);
    expect(screen.queryByRole('button', { name: '撤销导入' })).not.toBeInTheDocument();
  });

  it('cancel leaves the data as it was', async () => {
    const user = userEvent.setup();
    render(<QuotaImportDialog />);
    await pasteAndCheck(user, CSV);
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(data()).toEqual(emptyQuotaData());
    expect(screen.queryByRole('button', { name: '应用' })).not.toBeInTheDocument();
  });

  it('reads a chosen CSV file, including one saved by Excel in GBK', async () => {
    const user = userEvent.setup();
    render(<QuotaImportDialog />);
    // "镇街,年份,指标,数值\n长安,2025,落地指标,6" in GB18030
    const gbk = new Uint8Array([
      0xd5, 0xf2, 0xbd, 0xd6, 0x2c, 0xc4, 0xea, 0xb7, 0xdd, 0x2c, 0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xca, 0xfd, 0xd6, 0xb5, 0x0a, 0xb3, 0xa4, 0xb0, 0xb2, 0x2c,
      0x32, 0x30, 0x32, 0x35, 0x2c, 0xc2, 0xe4, 0xb5, 0xd8, 0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0x36,
    ]);
    await user.upload(screen.getByLabelText('导入 CSV'), new File([gbk], '指标.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/有效数值 1 个：将改变 1 个/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '应用' }));
    expect(effectiveValue(data(), '长安镇', 2025, 'landing_quota')).toBe(6);
  });

  it('gives one clear error for a file that is not CSV, and nothing to apply', async () => {
    const user = userEvent.setup();
    render(<QuotaImportDialog />);
    await user.upload(screen.getByLabelText('导入 CSV'), new File(['Meeting notes\nNothing tabular here.'], 'notes.txt', { type: 'text/plain' }));
    const errors = await screen.findByRole('list', { name: '导入错误' });
    expect(within(errors).getAllByRole('listitem')).toHaveLength(1);
    expect(errors).toHaveTextContent('这不是可识别的指标 CSV');
    expect(screen.getByRole('button', { name: '应用' })).toBeDisabled();
  });

  it('refuses a CSV or scenario file that is far too large before reading it, and says how large', async () => {
    const user = userEvent.setup();
    render(<QuotaImportDialog />);
    const huge = (name: string) => {
      const file = new File(['镇街,年份,指标,数值\n'], name);
      Object.defineProperty(file, 'size', { value: 600 * 1024 * 1024 });
      return file;
    };
    await user.upload(screen.getByLabelText('导入 CSV'), huge('big.csv'));
    expect(await screen.findByRole('list', { name: '导入错误' })).toHaveTextContent('「big.csv」有 600 MB，超过指标 CSV 的上限');
    await user.upload(screen.getByLabelText('导入 JSON 方案'), huge('big.json'));
    expect(await screen.findByText(/「big.json」有 600 MB/)).toBeInTheDocument();
    expect(data()).toEqual(emptyQuotaData());
  });

  it('loads a JSON scenario file, reports a bad one, and can undo the load', async () => {
    const user = userEvent.setup();
    render(<QuotaImportDialog />);
    const scenario = setStrongTown(setValue(emptyQuotaData(), '虎门镇', 2027, 'landing_quota', 15), '虎门镇', true);
    await user.upload(screen.getByLabelText('导入 JSON 方案'), new File(['{"format":'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('不是有效的 JSON');
    expect(data()).toEqual(emptyQuotaData());

    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 7);
    const before = data();
    await user.upload(screen.getByLabelText('导入 JSON 方案'), new File([exportScenario(scenario)], 'plan.json', { type: 'application/json' }));
    // It asks first, and says what it replaces; saying no changes nothing.
    const question = await screen.findByRole('alertdialog', { name: '确认载入方案' });
    expect(question).toHaveTextContent('清除 1 个已填写的数值、新填 1 个数值、改变创新强镇/高新区标记');
    await user.click(screen.getByRole('button', { name: '不载入' }));
    expect(data()).toEqual(before);

    await user.upload(screen.getByLabelText('导入 JSON 方案'), new File([exportScenario(scenario)], 'plan.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: '确认载入' }));
    expect(await screen.findByText('已载入方案「plan.json」，可撤销')).toBeInTheDocument();
    expect(data()).toEqual(scenario);
    await user.click(screen.getByRole('button', { name: '撤销载入方案' }));
    expect(data()).toEqual(before);
  });

  it('exports CSV that imports back to the same values, and a JSON scenario', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 30);
    useQuotaStore.getState().setValue('中堂镇', 2026, 'discovery_actual', 4);
    const user = userEvent.setup();
    render(<QuotaImportDialog />);

    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(names[0]).toMatch(/^镇街指标_\d{8}\.csv$/);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads the Chinese
    const csv = await blobs[0].text();
    const back = applyImport(emptyQuotaData(), parseQuotaCsv(csv).rows).data;
    expect(back).toEqual(data());

    await user.click(screen.getByRole('button', { name: '导出 JSON 方案' }));
    expect(names[1]).toMatch(/\.json$/);
    expect(JSON.parse(await blobs[1].text()).data.values['中堂镇']).toEqual({ '2026': { discovery_actual: 4 } });

    await user.click(screen.getByRole('button', { name: '下载模板' }));
    expect(names[2]).toBe('镇街指标导入模板.csv');
    expect(parseQuotaCsv(await blobs[2].text())).toMatchObject({ error: null, rows: [], rejected: [] });
  });

  it('resets to defaults only after confirmation, and the reset can be undone', async () => {
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 30);
    const before = data();
    const user = userEvent.setup();
    render(<QuotaImportDialog />);
    await user.click(screen.getByRole('button', { name: '恢复默认值…' }));
    expect(data()).toBe(before);
    await user.click(screen.getByRole('button', { name: /确认恢复默认值/ }));
    expect(data()).toEqual(emptyQuotaData());
    await user.click(screen.getByRole('button', { name: '撤销恢复默认值' }));
    expect(data()).toEqual(before);
  });
});
