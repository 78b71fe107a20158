import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/auth/passwords';
import { openMigrated } from '../../server/src/open';
import { ApiClient, spawnServer } from '../../server/test/processes';
import { ensurePgliteTemplate } from '../../server/test/template';
import { closeBrowser, openBrowser } from './harness';

/** A 15th Five-Year draft as a planner writes it: two elements of the 2018 plan under new ids. */
function draftFile(): string {
  const plan2018 = JSON.parse(readFileSync('src/plans/builtin/plan2018.json', 'utf8'));
  return JSON.stringify({
    ...plan2018,
    plan: { id: 'p2026', nameZh: '十五五布局', title: '2026 十五五布局', document: '东莞市“十五五”科技创新规划（征求意见稿）', period: { start: 2026, end: 2030 }, draft: true },
    elements: plan2018.elements.slice(0, 2).map((e: { id: string }) => ({ ...e, id: `p2026-${e.id}` })),
  });
}

/**
 * #21 acceptance in server mode, with the real server (PGlite) serving the built app: a plan
 * published by one planner appears for a second planner without a reload; a town account cannot
 * write plans (403); a stale save gets 409 and the page shows both versions with a choice.
 */
describe('plans in the shared record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dgmap-e2e-plans-'));
  let server: Awaited<ReturnType<typeof spawnServer>>;
  let browser: Browser;

  beforeAll(async () => {
    const config = { dataDir: join(dir, 'data') };
    cpSync(await ensurePgliteTemplate(), config.dataDir, { recursive: true });
    const setup = await openMigrated(config, 'e2e setup');
    const hash = await hashPassword('e2e-password');
    for (const name of ['zhang', 'li', 'wang']) await setup.db.query("insert into users (username, role, password_hash) values ($1, 'planner', $2)", [name, hash]);
    await setup.db.query("insert into users (username, role, unit, password_hash) values ('changan', 'town', '长安镇', $1)", [hash]);
    await setup.close();
    server = await spawnServer(config, { DIST_DIR: join(process.cwd(), 'dist-e2e') });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await closeBrowser();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A planner's own browser on the plans page, signed in (the page is never reloaded after). */
  async function plannerPage(username: string, options: { blockEvents?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    // A page that does not hear the events: it keeps the version it read, as one does between a
    // read and a save while another planner saves.
    if (options.blockEvents) await page.route('**/api/v1/events*', (route) => route.abort());
    // Signed in through the API in this browser context (the sign-in form is serverMode.e2e.ts's).
    const signIn = await context.request.post(`${server.url}/api/v1/session`, { data: { username, password: 'e2e-password' }, headers: { origin: server.url } });
    expect(signIn.status()).toBe(200);
    await page.goto(`${server.url}/?renderer=maplibre#/plans`);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.getByRole('heading', { name: '规划管理' }).waitFor();
    return page;
  }
  const rowOf = (page: Page, name: string) => page.locator('tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

  it('a plan published by one planner appears for a second without a reload; a town cannot write; a stale save shows both versions', { timeout: 240_000 }, async () => {
    const zhang = await plannerPage('zhang');
    const li = await plannerPage('li');
    const town = ApiClient.forUrl(server.url);
    await town.signIn('changan', 'e2e-password');

    // zhang imports the draft: li (a planner) sees it at once, the town account does not
    await zhang.getByLabel('导入规划').setInputFiles({ name: 'p2026.json', mimeType: 'application/json', buffer: Buffer.from(draftFile()) });
    await zhang.getByText(/已导入 “十五五布局”/).waitFor();
    await rowOf(li, '十五五布局').locator('.pl-status', { hasText: '草稿' }).waitFor();
    expect((await town.get('/api/v1/plans')).body.plans).toEqual([]);

    // wang read the draft too, but hears nothing after (a stale page)
    const wang = await plannerPage('wang', { blockEvents: true });
    await rowOf(wang, '十五五布局').locator('.pl-status', { hasText: '草稿' }).waitFor();

    // zhang publishes: li sees it in force without a reload, and so does the town account
    await rowOf(zhang, '十五五布局').getByRole('button', { name: '发布 十五五布局' }).click();
    await rowOf(li, '十五五布局').locator('.pl-status', { hasText: '在期' }).waitFor();
    expect(await notReloaded(li)).toBe(true);
    const published = (await town.get('/api/v1/plans')).body.plans;
    expect(published.map((p: { id: string; draft: boolean; version: number }) => [p.id, p.draft, p.version])).toEqual([['p2026', false, 2]]);
    // … and on li's map: the layer panel has the plan's group (still no reload)
    await li.evaluate(() => (window.location.hash = '#/map'));
    await li.getByRole('tab', { name: '图层' }).click().catch(() => {});
    await li.getByText('2026 十五五布局').first().waitFor();
    expect(await notReloaded(li)).toBe(true);

    // a town account cannot write plans: 403, and nothing changes
    const file = JSON.parse(draftFile());
    const refused = [
      await town.post('/api/v1/plans', { file: { ...file, plan: { ...file.plan, id: 'town-plan' } } }),
      await town.put('/api/v1/plans/p2026', { file, version: 2 }),
      await town.request('DELETE', '/api/v1/plans/p2026?version=2'),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403]);
    expect((await town.get('/api/v1/plans')).body.plans.map((p: { version: number }) => p.version)).toEqual([2]);

    // wang, still on version 1, publishes too: 409, and the page shows both versions and a choice
    await rowOf(wang, '十五五布局').getByRole('button', { name: '发布 十五五布局' }).click();
    const conflict = wang.getByRole('alert', { name: '规划保存冲突' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/已被 zhang 修改（现为第 2 版，您修改的是第 1 版）/);
    expect(await conflict.textContent()).toContain('您的版本（未保存）');
    expect(await conflict.textContent()).toContain('zhang保存的版本');
    await rowOf(wang, '十五五布局').locator('.pl-status', { hasText: '在期' }).waitFor(); // the stored version is shown meanwhile
    await conflict.getByRole('button', { name: '采用对方的版本' }).click();
    await conflict.waitFor({ state: 'detached' });
    const after = (await town.get('/api/v1/plans/p2026')).body;
    expect(after).toMatchObject({ version: 2, updatedBy: 'zhang', draft: false });
    for (const page of [zhang, li, wang]) await page.context().close();
  });
});
