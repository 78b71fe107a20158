import { describe, expect, it } from 'vitest';
import { hasChinese } from '../../i18n/names';
import { parseGeoJsonText, tooLargeMessage } from './input';
import { runPipeline } from './pipeline';

const source = { file: 'fixture', sha256: '', attribution: '' };
/** Chinese an English finding may hold: what the file itself says, quoted in “”. */
const ours = (text: string) => text.replace(/“[^”]*”/g, '');

describe('the boundary pipeline in English', () => {
  it('names the problem, the unit (in pinyin) and the stages in English when told to', () => {
    const stages: string[] = [];
    const square = [[[113.7, 23.0], [113.71, 23.0], [113.71, 23.01], [113.7, 23.0]]];
    const result = runPipeline(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: '长按镇' }, geometry: { type: 'Polygon', coordinates: square } },
          { type: 'Feature', properties: { name: '长安镇' }, geometry: { type: 'Point', coordinates: [113.7, 23] } },
        ],
      },
      { fileName: 'towns.geojson', source, language: 'en', onProgress: (stage) => stages.push(stage) },
    );
    expect(result.report.ok).toBe(false);
    const messages = result.report.findings.map((f) => f.message);
    expect(messages).toContain("Feature 1 “长按镇” is not one of the 35 towns: did you mean “Chang'an”?");
    expect(messages).toContain("Chang'an: the geometry should be a Polygon or MultiPolygon, but is Point");
    expect(messages.find((m) => m.startsWith('towns.geojson lacks 34 towns: '))).toContain('Songshan Lake');
    for (const m of messages) expect(hasChinese(ours(m)), m).toBe(false);
    expect(stages).toEqual(['Matching towns']);
    expect(result.report.crs.found).toBe('WGS-84 / CGCS2000 longitude and latitude');
  });

  it('says the same in Chinese by default', () => {
    const result = runPipeline({ type: 'x' }, { fileName: 'a.geojson', source });
    expect(result.report.findings[0].message).toMatch(/^a\.geojson 不是 GeoJSON FeatureCollection/);
    expect(tooLargeMessage('big.geojson', 200 * 1024 * 1024)).toMatch(/^big\.geojson 有 200 MB，超过 100 MB 的上限/);
    expect(tooLargeMessage('big.geojson', 200 * 1024 * 1024, 'en')).toMatch(/^big\.geojson is 200 MB, more than the limit of 100 MB/);
    const broken = parseGeoJsonText('{', 'b.geojson', 'en');
    expect('error' in broken && broken.error.message).toMatch(/^b\.geojson is not valid JSON: /);
  });
});
