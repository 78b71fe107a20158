import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, currentHash, goToHash, openApp, openPagesWith, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);

const fills = async (page: Page) => {
  await waitForMapIdle(page);
  return (await page.evaluate(() => window.__dgmap!.inspect())).townFill;
};

/** The table cell of a unit under a column header such as '落地指标 2025'. */
async function cell(page: Page, town: string, header: string) {
  const table = page.getByRole('table', { name: '镇街指标' });
  await table.getByRole('columnheader').first().waitFor(); // the table loads on first use
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((h) => h.replace(/[▲▼↑↓⇅\s]+$/u, '').trim() === header || h.includes(header));
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(' | ')}`);
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: town, exact: true }) }).locator('th, td').nth(index);
}

const CSV = [
  '镇街,年份,指标,数值',
  '长安镇,2025,落地指标,12',
  '虎门镇,2025,落地指标,8',
  '长按,2025,落地指标,3',
  '谢岗镇,2024,落地指标,4',
  '常平镇,2025,落地指标,-1',
].join('\n');

/**
 * One page for the file (README "How the suite spends its time"): the tests run in it one after
 * another (the first leaves no quota set: it undoes its import), the last reaches its map state by a
 * link followed inside it (a hash change) and reloads.
 */
let page: Page;
beforeAll(async () => {
  page = (await openApp('#/map', undefined, { shared: true })).page;
});
afterAll(() => page?.context().close());

describe('quotas in Chromium', () => {
  it('imports a CSV with good and bad rows, shows the errors by line, applies, and undoes', async () => {
    await page.getByRole('tab', { name: '指标' }).click();
    expect(decodeURIComponent(await currentHash(page))).toContain('fill=quota&quota=discovery.quota.2025');
    expect(Object.keys(await fills(page))).toHaveLength(35);

    await page.getByLabel('类别').selectOption({ label: '落地' });
    const unset = await fills(page);
    expect(new Set(Object.values(unset)).size).toBe(1); // every landing quota starts unset

    await page.getByRole('textbox', { name: /或粘贴 CSV 文本/ }).fill(CSV);
    await page.getByRole('button', { name: '检查' }).click();
    const errors = await page.getByRole('list', { name: '导入错误' }).getByRole('listitem').allTextContents();
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/4/);
    expect(errors[0]).toContain('长安镇');
    expect(errors[1]).toMatch(/5/);
    expect(errors[2]).toMatch(/6/);
    await page.getByRole('button', { name: '应用' }).click();

    await expect((await cell(page, '长安镇', '落地指标 2025')).textContent()).resolves.toBe('12');
    await expect((await cell(page, '虎门镇', '落地指标 2025')).textContent()).resolves.toBe('8');
    const after = await fills(page);
    expect(after['长安镇']).not.toBe(unset['长安镇']);
    expect(after['谢岗镇']).toBe(unset['谢岗镇']);

    await page.getByRole('button', { name: '撤销导入' }).click();
    await expect((await cell(page, '长安镇', '落地指标 2025')).textContent()).resolves.toMatch(/未设/);
    expect((await fills(page))['长安镇']).toBe(unset['长安镇']);
    await page.screenshot({ path: 'test-results/quotas-import.png' });
  });

  it('checks a large CSV file in the background with progress, can cancel it, and reports every rejected row', async () => {
    await page.getByRole('tab', { name: '指标' }).click();
    const rows = 200_000;
    const text = ['镇街,年份,指标,数值', ...Array.from({ length: rows }, (_, i) => `${i % 2 ? '长按' : `虎们${i % 50}`},2025,发现指标,1`)].join('\n');
    const file = { name: '大表.csv', mimeType: 'text/csv', buffer: Buffer.from(text) };
    const input = page.getByLabel('导入 CSV');

    await input.setInputFiles(file);
    await expect(page.getByRole('progressbar', { name: '检查进度' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '取消检查' }).click();
    await expect(page.getByRole('region', { name: '导入与导出指标' }).getByRole('status').textContent()).resolves.toBe('已取消检查');
    expect(await page.getByRole('group', { name: '导入预览' }).count()).toBe(0);

    await input.setInputFiles(file);
    const preview = page.getByRole('group', { name: '导入预览' });
    await preview.waitFor({ timeout: 60_000 });
    await expect(preview.textContent()).resolves.toContain(`被拒绝 ${rows} 行`);
    const listed = await page.getByRole('list', { name: '导入错误' }).getByRole('listitem').allTextContents();
    expect(listed[1]).toBe('第 3 行：未知镇街「长按」，是否为「长安镇」？');
    expect(listed.at(-1)).toBe(`另有 ${rows - 200} 行……`);
  });

  it('an edit in the table shows on the map at once and survives a reload', async () => {
    await goToHash(page, '#/map?fill=quota&quota=discovery.quota.2025');
    const before = await fills(page);
    await page.getByRole('tab', { name: '指标' }).click();
    await (await cell(page, '石龙镇', '发现指标 2025')).dblclick();
    const editor = page.getByRole('textbox', { name: '石龙镇 2025 发现指标' });
    await editor.fill('60');
    await editor.press('Enter');
    await expect((await cell(page, '石龙镇', '发现指标 2025')).textContent()).resolves.toBe('60');
    const after = await fills(page);
    expect(after['石龙镇']).not.toBe(before['石龙镇']);

    await page.reload();
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: '指标' }).click();
    await expect((await cell(page, '石龙镇', '发现指标 2025')).textContent()).resolves.toBe('60');
    expect((await fills(page))['石龙镇']).toBe(after['石龙镇']);
  });
});
