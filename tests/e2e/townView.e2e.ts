import { afterAll, describe, expect, it } from 'vitest';
import { membershipsOfTown } from '../../src/layouts/queries';
import { closeBrowser, currentHash, inspectMap, openApp, openPagesWith, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);

describe('the town leader view in Chromium', () => {
  it('opens #/town/谢岗镇 focused on the town, with its memberships, quotas and rank', async () => {
    const { page, consoleErrors } = await openApp('#/town/谢岗镇', { width: 1440, height: 900 });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('谢岗镇');
    await expect(page.getByRole('combobox', { name: '搜索镇街' }).count()).resolves.toBe(0);
    expect((await inspectMap(page)).dimmedOutside).toEqual(['谢岗镇']);

    const expected = membershipsOfTown('谢岗镇').map((m) => m.element.nameZh);
    const items = await page.getByRole('list', { name: '所属布局' }).getByRole('listitem').allTextContents();
    expect(items).toHaveLength(expected.length);
    for (const name of ['东部智能制造产业带', '银瓶高端装备产业基地', '北部区域']) expect(items.join()).toContain(name);
    expect(items.find((t) => t.includes('东部智能制造产业带'))).toMatch(/示意/);

    const page1 = page.getByRole('article', { name: '谢岗镇概况' });
    await expect(page1.textContent()).resolves.toMatch(/2025[\s\S]*2026[\s\S]*2027/);
    await expect(page.getByLabel('全市排名').textContent()).resolves.toContain('并列第 2 位，共 34 个镇街同为 5');

    await page.getByRole('button', { name: '银瓶高端装备产业基地' }).click();
    await waitForMapIdle(page);
    expect((await inspectMap(page)).visibleElements).toEqual(['base-yinping']);
    await page.getByRole('button', { name: '工业机器人产业集聚区' }).click();
    await waitForMapIdle(page);
    expect((await inspectMap(page)).visibleElements).toEqual(['cluster-robot']);
    await page.screenshot({ path: 'test-results/town-view.png' });
    expect(consoleErrors).toEqual([]);

    await page.getByRole('button', { name: '返回全市地图' }).click();
    expect(await currentHash(page)).toMatch(/^#\/map\?town=谢岗镇/);
    await page.context().close();
  });

  it('the 打印 button opens the browser print, which prints one A4 page with the map image and the schematic notice', async () => {
    const { page } = await openApp('#/town/长安镇', { width: 1440, height: 900 });
    // Headless Chromium has no print dialog: stand in for it, firing beforeprint as the browser does.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
        window.dispatchEvent(new Event('beforeprint'));
      };
    });
    await page.getByRole('button', { name: '打印（A4）' }).click();
    expect(await page.evaluate(() => document.body.dataset.printed)).toBe('yes');
    await page.waitForFunction(() => ((document.querySelector('canvas.print-map') as HTMLCanvasElement | null)?.width ?? 0) > 0);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/town-view-print.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: 'test-results/town-view.pdf' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await expect(page.locator('.town-page-footer').textContent()).resolves.toContain('不可用于测绘');
    await page.context().close();
  });
});
