import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function runBuild(env: Record<string, string>) {
  const result = spawnSync('npx', ['tsx', 'geo/build.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('geo build input errors', () => {
  it('names the environment variable when the boundary file is missing', () => {
    const { status, stderr } = runBuild({ DG_TOWNS_GEOJSON: '/nonexistent/towns.geojson' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/DG_TOWNS_GEOJSON points at \/nonexistent\/towns.geojson, which does not exist/);
  });

  it('says the file is not JSON, or what failed validation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dgmap-'));
    const broken = join(dir, 'broken.geojson');
    writeFileSync(broken, '{"type": "FeatureCollection", "features": [');
    expect(runBuild({ DG_TOWNS_GEOJSON: broken }).stderr).toMatch(/broken.geojson is not valid JSON/);
    const empty = join(dir, 'empty.geojson');
    writeFileSync(empty, JSON.stringify({ type: 'FeatureCollection', features: [] }));
    expect(runBuild({ DG_TOWNS_GEOJSON: empty }).stderr).toMatch(/failed validation:[\s\S]*expected 35 features, found 0/);
  });
}, 30_000);
