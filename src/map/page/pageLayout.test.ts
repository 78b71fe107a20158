import { describe, expect, it } from 'vitest';
import { BASE, EXPORT_ATTRIBUTION, computeLayout, fitText, mapArea, type Box, type ExportLayout, type ExportLegendSection, type MeasureText } from './pageLayout';


/** Like a CJK font: every character one em wide (bold a little wider). */
const measure: MeasureText = (text, fontPx, bold) => [...text].length * fontPx * (bold ? 1.05 : 1);

const zone = (label: string, color = '#2563eb') => ({ key: label, label, symbol: { kind: 'zone' as const, color } });
const layers = (n: number): ExportLegendSection => ({ title: '图例', rows: Array.from({ length: n }, (_, i) => zone(`图层${i + 1}`)) });

const layoutAt = (width: number, height: number, legend: ExportLegendSection[] = [layers(3)], title = '东莞规划布局图', subtitle?: string) =>
  computeLayout({ width, height, title, subtitle, dateText: '制图日期 2025-06-01', legend }, measure);

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;
const overlaps = (a: Box, b: Box) => a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
const scaled = (b: Box, k: number): Box => ({ x: b.x * k, y: b.y * k, width: b.width * k, height: b.height * k });

describe('export layout', () => {
  it('puts the title bar on top, the map below it, the legend bottom left and the attribution bottom right', () => {
    const l = layoutAt(1920, 1080);
    expect(l.titleBar).toEqual({ x: 0, y: 0, width: 1920, height: 96 });
    expect(l.map).toEqual({ x: 0, y: 96, width: 1920, height: 984 });
    expect(l.legend!.box.x).toBe(24);
    expect(bottom(l.legend!.box)).toBe(1080 - 24);
    expect(right(l.attribution.box)).toBe(1920 - 24);
    expect(bottom(l.attribution.box)).toBe(1080 - 24);
    expect(overlaps(l.legend!.box, l.attribution.box)).toBe(false);
    // Both boxes lie on the map, not on the title bar.
    expect(l.legend!.box.y).toBeGreaterThan(l.map.y);
    expect(l.attribution.box.y).toBeGreaterThan(l.map.y);
    expect(l.attribution.lines.map((t) => t.text)).toEqual(['边界数据：DataV.GeoAtlas', '边界为示意，不可用于测绘']);
    // Both lines fit in their box.
    for (const line of l.attribution.lines) {
      expect(line.x - measure(line.text, line.fontPx, false)).toBeGreaterThanOrEqual(l.attribution.box.x);
      expect(line.y).toBeGreaterThan(l.attribution.box.y);
      expect(line.y).toBeLessThan(bottom(l.attribution.box));
    }
    // The date stamp is right-aligned in the title bar.
    expect(l.date).toMatchObject({ text: '制图日期 2025-06-01', x: 1896, align: 'right', y: 48 });
  });

  it('draws the 3840 × 2160 image as the 1920 × 1080 one at twice the size', () => {
    const small = layoutAt(1920, 1080, [layers(12)], '东莞规划布局图', '2018 一核三带十区');
    const large = layoutAt(3840, 2160, [layers(12)], '东莞规划布局图', '2018 一核三带十区');
    expect(large.scale).toBe(2);
    const boxes = (l: ExportLayout) => [l.titleBar, l.map, l.legend!.box, l.attribution.box];
    boxes(large).forEach((box, i) => {
      const expected = scaled(boxes(small)[i], 2);
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(box[key]).toBeCloseTo(expected[key], 6);
    });
    expect(large.title.fontPx).toBe(2 * small.title.fontPx);
    expect(large.subtitle!.fontPx).toBe(2 * small.subtitle!.fontPx);
    expect(large.attribution.lines[0].fontPx).toBe(2 * small.attribution.lines[0].fontPx);
    expect(large.legend!.items.length).toBe(small.legend!.items.length);
    large.legend!.items.forEach((item, i) => {
      expect(item.text.x).toBeCloseTo(2 * small.legend!.items[i].text.x, 6);
      expect(item.text.y).toBeCloseTo(2 * small.legend!.items[i].text.y, 6);
      expect(item.text.fontPx).toBeCloseTo(2 * small.legend!.items[i].text.fontPx, 6);
    });
  });

  it('gives the map the same 1920 × 984 CSS layout at both sizes, so labels and symbols keep their proportions', () => {
    const hd = mapArea({ width: 1920, height: 1080 });
    const uhd = mapArea({ width: 3840, height: 2160 });
    expect(hd).toEqual({ x: 0, y: 96, width: 1920, height: 984 });
    expect(uhd).toEqual({ x: 0, y: 192, width: 3840, height: 1968 });
    expect(uhd.width / uhd.height).toBe(hd.width / hd.height);
  });

  it('lists every legend row once, in order, with its heading above it', () => {
    const legend: ExportLegendSection[] = [layers(3), { title: '2025 发现指标', rows: [zone('0–3', '#ffffcc'), zone('未设', '#d4d4d4')] }];
    const l = layoutAt(1920, 1080, legend);
    const items = l.legend!.items;
    expect(items.map((i) => i.text.text)).toEqual(['图例', '图层1', '图层2', '图层3', '2025 发现指标', '0–3', '未设']);
    expect(items.filter((i) => i.kind === 'heading').every((h) => h.text.bold)).toBe(true);
    for (const item of items) {
      // Everything inside the legend box.
      expect(item.text.x).toBeGreaterThan(l.legend!.box.x);
      expect(item.text.x + measure(item.text.text, item.text.fontPx, item.text.bold)).toBeLessThanOrEqual(right(l.legend!.box) + 1e-6);
      expect(item.text.y).toBeGreaterThan(l.legend!.box.y);
      expect(item.text.y).toBeLessThan(bottom(l.legend!.box));
      if (item.kind === 'row') {
        expect(item.symbol.width).toBe(BASE.legendSymbolWidth);
        expect(item.symbol.x + item.symbol.width).toBeLessThan(item.text.x);
      }
    }
    // One column: rows top to bottom.
    const ys = items.map((i) => i.text.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('flows a long legend into columns that fit the map height, keeping each heading with its first row', () => {
    const legend: ExportLegendSection[] = [layers(40), { title: '布局对比', rows: [zone('两者皆有'), zone('仅甲'), zone('仅乙')] }];
    const l = layoutAt(1920, 1080, legend);
    const box = l.legend!.box;
    expect(box.y).toBeGreaterThanOrEqual(l.map.y + 24);
    expect(bottom(box)).toBe(1056);
    const columns = new Set(l.legend!.items.map((i) => i.text.x - (i.kind === 'row' ? BASE.legendSymbolWidth + BASE.legendSymbolGap : 0)));
    expect(columns.size).toBeGreaterThan(1);
    expect(l.legend!.items.filter((i) => i.kind === 'row')).toHaveLength(43);
    const heading = l.legend!.items.findIndex((i) => i.text.text === '布局对比');
    const [head, first] = [l.legend!.items[heading], l.legend!.items[heading + 1]];
    expect(first.text.x - BASE.legendSymbolWidth - BASE.legendSymbolGap).toBe(head.text.x);
    expect(first.text.y).toBeGreaterThan(head.text.y);
    expect(overlaps(box, l.attribution.box)).toBe(false);
  });

  it('shrinks a legend too wide for the space left of the attribution', () => {
    const long = { title: '图例', rows: Array.from({ length: 120 }, (_, i) => zone(`东部智能制造产业带：关键零部件（部分）${i}`)) };
    const l = layoutAt(1920, 1080, [long]);
    expect(l.legend!.fit).toBeLessThan(1);
    expect(l.legend!.fit).toBeGreaterThanOrEqual(0.6);
    expect(l.legend!.items[1].text.fontPx).toBeCloseTo(BASE.legendFont * l.legend!.fit, 6);
    const normal = layoutAt(1920, 1080, [layers(3)]);
    expect(normal.legend!.fit).toBe(1);
  });

  it('draws no legend box when nothing is listed', () => {
    expect(layoutAt(1920, 1080, []).legend).toBeNull();
    expect(layoutAt(1920, 1080, [{ title: '图例', rows: [] }]).legend).toBeNull();
  });

  it('centres a lone title and puts a subtitle under it', () => {
    const lone = layoutAt(1920, 1080);
    expect(lone.subtitle).toBeNull();
    expect(lone.title).toMatchObject({ text: '东莞规划布局图', x: 24, y: 48, bold: true, align: 'left' });
    const two = layoutAt(1920, 1080, [], '西部高端高新产业带', '2018 规划 · 三带之一');
    expect(two.subtitle!.text).toBe('2018 规划 · 三带之一');
    expect(two.title.y).toBeLessThan(two.subtitle!.y);
    expect(two.subtitle!.y + two.subtitle!.fontPx / 2).toBeLessThan(two.titleBar.height);
    expect(two.title.y - two.title.fontPx / 2).toBeGreaterThan(0);
  });

  it('shortens a title that would run into the date stamp', () => {
    const title = '很长的标题'.repeat(20);
    const l = layoutAt(1920, 1080, [], title);
    expect(l.title.text.endsWith('…')).toBe(true);
    expect(l.title.x + measure(l.title.text, l.title.fontPx, true)).toBeLessThan(l.date.x - measure(l.date.text, l.date.fontPx, false));
  });

  it('fitText keeps a text that fits and cuts one that does not', () => {
    expect(fitText('东莞', 100, 20, false, measure)).toBe('东莞');
    expect(fitText('东莞规划布局图', 100, 20, false, measure)).toBe('东莞规划…');
    expect(fitText('东莞', 10, 20, false, measure)).toBe('…');
  });

  it('names the attribution the map shows', () => {
    expect(EXPORT_ATTRIBUTION).toEqual(['边界数据：DataV.GeoAtlas', '边界为示意，不可用于测绘']);
  });
});
