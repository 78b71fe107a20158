import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../server/src/open';
import { hashPassword } from '../../server/src/auth/passwords';
import { ApiClient, cellPath, spawnServer } from '../../server/test/processes';
import { ensurePgliteTemplate } from '../../server/test/template';
import { closeBrowser, openBrowser, openPagesWith, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

/** The built app served by the real server (PGlite in a temporary folder), driven in Chromium. */
describe('the app in server mode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dgmap-e2e-server-'));
  let server: Awaited<ReturnType<typeof spawnServer>>;

  beforeAll(async () => {
    const config = { dataDir: join(dir, 'data') };
    cpSync(await ensurePgliteTemplate(), config.dataDir, { recursive: true });
    const setup = await openMigrated(config, 'e2e setup');
    const hash = await hashPassword('e2e-password');
    await setup.db.query("insert into users (username, role, password_hash) values ('zhang', 'planner', $1)", [hash]);
    await setup.db.query("insert into users (username, role, unit, password_hash) values ('changan', 'town', '长安镇', $1)", [hash]);
    await setup.close();
    server = await spawnServer(config, { DIST_DIR: join(process.cwd(), 'dist-e2e') });
  });
  afterAll(async () => {
    await closeBrowser();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a planner signs in, sees a town’s report arrive live, confirms it, and moves the browser’s quotas in with a preview', async () => {
    const browser = await openBrowser();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    // quotas this browser kept in local mode, before the server existed
    await context.addInitScript(() => {
      if (!localStorage.getItem('dgmap.quotas.v1')) {
        localStorage.setItem('dgmap.quotas.v1', JSON.stringify({ schemaVersion: 1, data: { strongTowns: [], values: { 虎门镇: { '2026': { landing_quota: 22 } } } } }));
      }
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/#/map`);
    await waitForMapIdle(page);
    expect(await page.locator('.app-header').textContent()).toContain('共享记录');

    await page.getByRole('button', { name: '登录' }).click();
    await page.getByLabel('用户名').fill('zhang');
    await page.getByLabel('密码').fill('e2e-password');
    await page.getByRole('form', { name: '登录共享记录' }).getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '退出' }).waitFor();
    await page.getByText('共享记录 · 实时').waitFor();
    await page.getByRole('tab', { name: '指标' }).click();

    const town = ApiClient.forUrl(server.url);
    await town.signIn('changan', 'e2e-password');
    expect((await town.put(cellPath('长安镇', 2025, 'landing_actual'), { value: 7, version: 0 })).status).toBe(200);
    const inbox = page.getByRole('list', { name: '待确认的填报' });
    await inbox.getByText('长安镇 2025 落地实际：7').waitFor();
    await inbox.getByRole('button', { name: '确认' }).click();
    await page.getByText('没有待确认的填报').waitFor();
    const rows = (await town.get('/api/v1/quotas?year=2025')).body.rows;
    expect(rows.find((r: { unit: string; field: string }) => r.unit === '长安镇' && r.field === 'landing_actual')).toMatchObject({ value: 7, status: 'confirmed', updatedBy: 'zhang' });

    await page.getByRole('button', { name: '转入本浏览器保存的指标…' }).click();
    const preview = page.getByRole('group', { name: '导入预览' });
    expect(await preview.getByRole('list', { name: '将要改变的数值' }).textContent()).toContain('虎门镇 2026 落地指标：未设 → 22');
    await preview.getByRole('button', { name: '应用到共享记录' }).click();
    await page.getByText(/已导入共享记录：1 个数值/).waitFor();
    const after = (await town.get('/api/v1/quotas?year=2026')).body.rows;
    expect(after.find((r: { unit: string; field: string }) => r.unit === '虎门镇' && r.field === 'landing_quota').value).toBe(22);
    await context.close();
  });
});
