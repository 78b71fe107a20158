import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../tests/fixtures/boundaryFixtures';

/** `npm run geo` as node runs it through tsx (without npx, which costs a second or two a call). */
function runBuild(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'geo/build.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('geo build input errors name the file, the variable and the fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dgmap-'));

  it('a missing file', () => {
    const { status, stderr } = runBuild({ DG_TOWNS_GEOJSON: '/nonexistent/towns.geojson' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/DG_TOWNS_GEOJSON points at \/nonexistent\/towns.geojson, which does not exist/);
  });

  it('a directory instead of a file', () => {
    const { status, stderr } = runBuild({ DG_TOWNS_GEOJSON: dir });
    expect(status).toBe(1);
    expect(stderr).toContain(`${dir} is a directory, not a file. Set DG_TOWNS_GEOJSON to the path of the GeoJSON file itself`);
    expect(stderr).not.toMatch(/EISDIR/);
  });

  it('a file that is not JSON, or not a collection', () => {
    const broken = join(dir, 'broken.geojson');
    writeFileSync(broken, '{"type": "FeatureCollection", "features": [');
    expect(runBuild({ DG_TOWNS_GEOJSON: broken }).stderr).toMatch(/broken\.geojson 不是有效的 JSON.*DG_TOWNS_GEOJSON=/);
    const empty = join(dir, 'empty.geojson');
    writeFileSync(empty, JSON.stringify({ type: 'FeatureCollection', features: [] }));
    expect(runBuild({ DG_TOWNS_GEOJSON: empty }).stderr).toMatch(/empty\.geojson failed the boundary checks:[\s\S]*缺少 35 个镇街/);
  });

  it('positions written as strings: the unit, the file and the fix', () => {
    const strings = join(dir, 'strings.geojson');
    writeFileSync(strings, JSON.stringify(fixtures.stringCoordinates()));
    const { status, stderr } = runBuild({ DG_TOWNS_GEOJSON: strings });
    expect(status).toBe(1);
    expect(stderr).toMatch(/石排镇：.*strings\.geojson 中的坐标是文字.*存为数字/);
  });
}, 120_000);
