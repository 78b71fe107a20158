import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { clickPlace, closeBrowser, currentHash, labelPointOf, openApp, seriousAxeViolations, waitForMapIdle } from './harness';

/*
 * #21's editor acceptance, in one page navigated by hash, with the mouse and the keyboard only: a new
 * plan with a zone of three towns (map clicks), a cluster with two nodes (typed town names), an axis
 * through four towns (clicks and typing, in order) and a base with its area; saved, reloaded,
 * compared with the 2018 plan (the change list names the towns) and exported as a deck.
 *
 * The editor's map is rebuilt with every change that alters what it draws; the Canvas2D renderer
 * (what software WebGL gets anyway) keeps that quick, so the route names it.
 */

const OUT = resolve('test-results/planEditor');
mkdirSync(OUT, { recursive: true });
afterAll(closeBrowser);

/** The screenshots are for looking at: written only when SHOTS_DIR asks (as rendererParity.e2e.ts). */
const SHOTS_DIR = process.env.SHOTS_DIR;
if (SHOTS_DIR) mkdirSync(SHOTS_DIR, { recursive: true });
const shot = async (page: Page, name: string) => {
  if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, name) });
};

/** After an edit: React has rendered, the rebuilt map is up and idle. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await waitForMapIdle(page);
}

async function clickTown(page: Page, town: string): Promise<void> {
  await clickPlace(page, labelPointOf(town));
  await settle(page);
}

/** Types into the labelled field as a user does: click, select all, type. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function pickTown(page: Page, pickerLabel: string, text: string): Promise<void> {
  await page.getByRole('combobox', { name: pickerLabel }).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settle(page);
}

async function addElement(page: Page, kind: string): Promise<void> {
  await page.getByLabel('新元素类型').selectOption({ label: kind });
  await page.getByRole('button', { name: '添加元素' }).click();
  await settle(page);
}

const memberRows = (page: Page) => page.locator('.pe-members tbody th');

describe('the plan editor', () => {
  it('a new plan made with mouse and keyboard: saved, reloaded, compared with 2018, exported as a deck', async () => {
    const { page, consoleErrors } = await openApp('?renderer=canvas#/plans', { width: 1366, height: 768 }, { waitForMap: false });
    await page.getByRole('button', { name: '新建规划' }).click();
    await waitForMapIdle(page);
    expect(await currentHash(page)).toMatch(/^#\/edit\/new/);

    await typeInto(page, '简称（图层分组、图例）', '东莞2030布局');
    await typeInto(page, '标题', '2026 东莞2030布局（测试）');
    await typeInto(page, '规划文件', '东莞市测试规划（2026—2030年）');
    await typeInto(page, '规划期起', '2026');
    await typeInto(page, '规划期止', '2030');
    // The import's checks, as you type: a wrong date is named with its field.
    await typeInto(page, '印发日期', '2026年');
    await expect.poll(() => page.getByRole('status', { name: '检查' }).textContent()).toMatch(/规划信息 › issued：印发日期应写作/);
    await typeInto(page, '印发日期', '2026-03');
    await expect.poll(() => page.getByRole('status', { name: '检查' }).textContent()).toBe('检查：没有问题。');

    // A zone of three towns, clicked on the map; a fourth clicked by mistake is undone (Ctrl+Z) and redone and removed.
    await addElement(page, '片区（区域）');
    await typeInto(page, '名称', '滨海片区');
    await typeInto(page, '出处章节', '第三章 空间布局');
    for (const town of ['长安镇', '虎门镇', '厚街镇']) await clickTown(page, town);
    await clickTown(page, '大岭山镇');
    await expect.poll(() => memberRows(page).allTextContents()).toEqual(['长安镇', '虎门镇', '厚街镇', '大岭山镇']);
    await page.locator('.pe-map-hint').click(); // out of any text box, so Ctrl+Z is the editor's
    await page.keyboard.press('Control+z');
    await settle(page);
    await expect.poll(() => memberRows(page).allTextContents()).toEqual(['长安镇', '虎门镇', '厚街镇']);
    await page.getByRole('button', { name: '重做' }).click();
    await settle(page);
    await page.getByRole('button', { name: '移除 大岭山镇' }).click();
    await settle(page);
    await expect.poll(() => memberRows(page).allTextContents()).toEqual(['长安镇', '虎门镇', '厚街镇']);
    // The partial toggle and a role, by keyboard.
    await page.getByRole('checkbox', { name: '厚街镇 只涉及部分' }).focus();
    await page.keyboard.press('Space');
    await typeInto(page, '厚街镇 角色', '西部沿海');
    // A colour from the palette, by arrow key.
    await page.getByRole('radio', { checked: true }).focus();
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const zoneColour = await page.getByRole('radio', { checked: true }).getAttribute('value');

    // A cluster with two nodes, typed (a short name and a pinyin).
    await addElement(page, '集群（多节点）');
    await typeInto(page, '名称', '智能装备集群');
    await pickTown(page, '成员镇街', '松山湖');
    await pickTown(page, '成员镇街', 'dalang');
    await expect.poll(() => memberRows(page).allTextContents()).toEqual(['松山湖管委会', '大朗镇']);
    // An unknown name is said, with the nearest town, and changes nothing.
    await pickTown(page, '成员镇街', '长按镇');
    await expect.poll(() => page.locator('.pe-picker [role=alert]').textContent()).toMatch(/是不是 “长安镇”/);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');

    // An axis through four towns in order: two clicked, two typed.
    await addElement(page, '走廊（轴线）');
    await typeInto(page, '名称', '莞深创新轴');
    await clickTown(page, '莞城街道');
    await clickTown(page, '南城街道');
    await pickTown(page, '接到第 1 条轴线', '东城');
    await pickTown(page, '接到第 1 条轴线', '松山湖管委会');
    await expect.poll(() => page.getByRole('list', { name: '第 1 条轴线' }).locator('li').allTextContents()).toEqual(['莞城街道×', '南城街道×', '东城街道×', '松山湖管委会×']);

    // A base at a town with its area.
    await addElement(page, '基地');
    await expect.poll(() => page.getByRole('status', { name: '检查' }).textContent()).toMatch(/基地（draw: "base"）至少要落在一个镇街/);
    await typeInto(page, '名称', '谢岗新材料基地');
    await pickTown(page, '基地所在镇街', '谢岗镇');
    await typeInto(page, '规划面积（km²，决定圆点大小）', '2.5');
    await expect.poll(() => page.getByRole('status', { name: '检查' }).textContent()).toBe('检查：没有问题。');
    await shot(page, 'editor-1366.png');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The preview draws all four elements.
    const drawn = await page.evaluate(() => window.__dgmap!.inspect().visibleElements);
    expect(drawn).toHaveLength(4);

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.locator('.pe-save-state').textContent()).toMatch(/已保存 “东莞2030布局”（4 个元素）/);
    const hash = await currentHash(page);
    expect(hash).toMatch(/^#\/edit\/plan-\d{8}/);
    const planId = hash.replace(/^#\/edit\//, '').replace(/\?.*$/, '');

    // Reloaded: the saved plan comes back from the browser's storage as it was.
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.pe-element-list li').count()).toBe(4);
    await page.getByRole('button', { name: /^滨海片区/ }).click();
    await expect.poll(() => memberRows(page).allTextContents()).toEqual(['长安镇', '虎门镇', '厚街镇']);
    expect(await page.getByRole('checkbox', { name: '厚街镇 只涉及部分' }).isChecked()).toBe(true);
    expect(await page.getByLabel('厚街镇 角色', { exact: true }).inputValue()).toBe('西部沿海');
    expect(await page.getByRole('radio', { checked: true }).getAttribute('value')).toBe(zoneColour);
    await page.getByRole('button', { name: /^莞深创新轴/ }).click();
    await expect.poll(() => page.getByRole('list', { name: '第 1 条轴线' }).locator('li').count()).toBe(4);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await settle(page);
    await shot(page, 'editor-1920-axis.png');
    await page.setViewportSize({ width: 1366, height: 768 });

    // Compared with the 2018 plan: the change list names the towns.
    await page.evaluate(() => (window.location.hash = '#/map'));
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: '图层' }).click();
    await page.getByLabel('对比甲').selectOption('plan:plan2018');
    await page.getByLabel('对比乙').selectOption(`plan:${planId}`);
    const list = page.getByRole('region', { name: '变化清单' });
    await expect.poll(() => list.getByRole('list', { name: '片区（区域）新增镇街' }).textContent()).toBe('长安镇虎门镇厚街镇');
    expect(await list.getByRole('list', { name: '基地新增镇街' }).textContent()).toBe('谢岗镇');
    expect(await list.getByRole('list', { name: '走廊（轴线）新增镇街' }).textContent()).toBe('莞城街道南城街道东城街道松山湖管委会');
    const elementChanges = await list.getByRole('list', { name: '元素的变化' }).textContent();
    for (const name of ['滨海片区', '智能装备集群', '莞深创新轴', '谢岗新材料基地']) expect(elementChanges).toContain(`新增元素：${name}`);
    expect(elementChanges).toMatch(/删去元素：/);
    await list.getByRole('button', { name: /在地图上标出变化的镇街/ }).click();
    await settle(page);
    await list.scrollIntoViewIfNeeded();
    await shot(page, 'compare-changes-1366.png');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The generated briefing into the deck, exported as PowerPoint: title + 4 kinds + the change list.
    await page.evaluate((id) => (window.location.hash = `#/edit/${id}`), planId);
    await waitForMapIdle(page);
    await page.getByLabel('对照的规划').selectOption('plan2018');
    await page.getByRole('button', { name: '放入汇报并打开' }).click();
    await waitForMapIdle(page);
    expect(await currentHash(page)).toMatch(/^#\/present\/1/);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: '导出 PowerPoint' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^汇报-\d{4}-\d{2}-\d{2}-6张\.pptx$/);
    const file = join(OUT, 'briefing.pptx');
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(6);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('2026 东莞2030布局（测试）');
    const last = await zip.file('ppt/slides/slide6.xml')!.async('string');
    expect(last).toContain('与“一核三带十区”相比的变化');
    expect(last).toContain('长安镇、虎门镇、厚街镇');
    expect(consoleErrors).toEqual([]);
  }, 900_000);
});
