/**
 * The reference for a first frame: a minimal ECharts map (map series, canvas renderer, nothing
 * else bundled) of the same simplified towns the app loads, with the same short-name labels at the
 * same label points and the app's fill and border colours. Generated from geo/build at bench time
 * into bench-results/ (ignored by git): nothing derived from the boundaries is committed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { build } from 'vite';
import { TOWNS_OBJECT, type GeoMeta } from '../../src/geo/types';
import { MAP_THEME } from '../../src/map/theme';
import { townFact } from '../../src/towns/townFacts';

declare global {
  interface Window {
    /** Set by the reference page when ECharts finished drawing the map. */
    __refFirstFrame?: number;
  }
}

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>ECharts reference</title>
    <style>html, body { margin: 0; height: 100%; } #map { width: 100vw; height: 100vh; }</style>
  </head>
  <body>
    <div id="map"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

const ENTRY = (theme: typeof MAP_THEME, aspectScale: number) => `
import { init, use, registerMap } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
use([MapChart, CanvasRenderer]);

async function start() {
  const geo = await (await fetch('./towns.geo.json')).json();
  registerMap('dongguan', geo);
  const chart = init(document.getElementById('map'));
  chart.on('finished', () => { window.__refFirstFrame ??= performance.now(); });
  chart.setOption({
    animation: false,
    backgroundColor: ${JSON.stringify(theme.background)},
    series: [{
      type: 'map',
      map: 'dongguan',
      aspectScale: ${aspectScale},
      layoutCenter: ['50%', '50%'],
      layoutSize: '92%',
      label: { show: true, color: ${JSON.stringify(theme.label)}, fontFamily: ${JSON.stringify(theme.font)}, fontSize: 12,
               textBorderColor: ${JSON.stringify(theme.labelHalo)}, textBorderWidth: 2 },
      itemStyle: { areaColor: ${JSON.stringify(theme.townFill)}, borderColor: ${JSON.stringify(theme.townLine)}, borderWidth: 0.9 },
      emphasis: { disabled: true },
      select: { disabled: true },
    }],
  });
}
start();
`;

/** Builds the reference page into bench-results/reference and returns that folder. */
export async function buildReference(projectRoot: string): Promise<string> {
  const src = resolve(projectRoot, 'bench-results/reference-src');
  const out = resolve(projectRoot, 'bench-results/reference');
  rmSync(src, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });

  const topology = JSON.parse(readFileSync(join(projectRoot, 'geo/build/towns.topo.json'), 'utf8')) as Topology;
  const meta = JSON.parse(readFileSync(join(projectRoot, 'geo/build/towns.meta.json'), 'utf8')) as GeoMeta;
  const labelOf = new Map(meta.towns.map((t) => [t.name, t.label]));
  const towns = feature(topology, topology.objects[TOWNS_OBJECT] as GeometryCollection<{ name: string }>) as unknown as {
    features: { properties: { name: string; cp?: [number, number] } }[];
  };
  for (const f of towns.features) {
    const full = f.properties.name;
    // ECharts labels a region with its name, at properties.cp when given: the short name at the app's label point.
    f.properties = { name: townFact(full)?.shortName ?? full, cp: labelOf.get(full) };
  }
  const latitude = (meta.cityBbox[1] + meta.cityBbox[3]) / 2;
  writeFileSync(join(src, 'index.html'), PAGE);
  writeFileSync(join(src, 'main.js'), ENTRY(MAP_THEME, Number(Math.cos((latitude * Math.PI) / 180).toFixed(4))));
  await build({
    root: src,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  writeFileSync(join(out, 'towns.geo.json'), JSON.stringify(towns));
  return out;
}
