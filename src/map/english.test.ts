/**
 * The map in English (?lang=en): every town label is Latin (pinyin or the official English name),
 * every built-in element has an English name and role, legend rows keep Chinese only inside a quote
 * (「」 or “”), MapLibre's controls and the attribution are in English and say the names are ours.
 * Chinese is checked to be as it was.
 */
import type { FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { appGeo } from '../../tests/fixtures/appGeo';
import { setLanguageForThisPage } from '../i18n/language';
import { hasChinese } from '../i18n/names';
import { mapMessages } from '../i18n/catalogue/map';
import { t } from '../i18n/messages';
import { citeSource, memberRoleLine } from '../layouts/labels';
import { BUILTIN_PLANS, LAYOUT_ELEMENTS } from '../plans/builtin';
import { emptyMapState } from '../state/mapState';
import { townFact } from '../towns/townFacts';
import { ATTRIBUTION, setBoundaryAttribution } from './attribution';
import { labelPoints } from './baseStyle';
import { OVERLAY_SOURCE, buildLayoutOverlays } from './layers/layoutLayers';
import { legendSections } from './legend';
import { mapLocale } from './locale';

const geo = appGeo();
/** What may stay Chinese in English text: a quote in 「」 or “”. */
const outsideQuotes = (text: string) => text.replace(/「[^」]*」|“[^”]*”/g, '');
const allShown = () => legendSections({ ...emptyMapState(), overlays: LAYOUT_ELEMENTS.map((e) => ({ id: e.id, opacity: 1 })), selected: ['长安镇'] });
const baseLabels = () =>
  (buildLayoutOverlays(LAYOUT_ELEMENTS, geo).sources[OVERLAY_SOURCE.bases] as unknown as { data: FeatureCollection }).data.features.map((f) => f.properties as { id: string; name: string; label: string });

afterEach(() => {
  setLanguageForThisPage('zh');
  setBoundaryAttribution('边界数据：DataV.GeoAtlas');
});

describe('the map in English', () => {
  it('labels every town in Latin letters, and in Chinese with its short name as before', () => {
    setLanguageForThisPage('en');
    const english = labelPoints(geo).features.map((f) => f.properties);
    expect(english).toHaveLength(35);
    for (const { name, label } of english) {
      expect(hasChinese(label), `${name}: ${label}`).toBe(false);
      expect(label).toMatch(/^[A-Za-z' ]+$/);
    }
    expect(english.find((p) => p.name === '松山湖管委会')?.label).toBe('Songshan Lake');
    setLanguageForThisPage('zh');
    for (const { name, label } of labelPoints(geo).features.map((f) => f.properties)) expect(label).toBe(townFact(name)!.shortName);
  });

  it('gives every built-in plan, element and role an English name', () => {
    for (const { group, elements } of BUILTIN_PLANS) {
      expect(group.nameEn, group.id).toMatch(/^[\x20-\x7E–]+$/);
      expect(group.titleEn, group.id).toMatch(/^[\x20-\x7E–]+$/);
      for (const e of elements) {
        expect(e.nameEn, e.id).toMatch(/^[\x20-\x7E]+$/);
        expect(hasChinese(outsideQuotes(e.descriptionEn ?? '')), e.id).toBe(false);
        expect(e.descriptionEn?.length, e.id).toBeGreaterThan(0);
        for (const m of e.members) expect(m.roleEn, `${e.id} ${m.town}`).toMatch(/^[\x20-\x7E]+$/);
        expect(e.positioning?.every((p) => p.labelEn && p.quoteEn) ?? true, e.id).toBe(true);
        expect(e.figures?.leadIndustriesEn?.length ?? 0, e.id).toBe(e.figures?.leadIndustries?.length ?? 0);
        expect(e.figures?.notesEn?.length ?? 0, e.id).toBe(e.figures?.notes?.length ?? 0);
        expect(e.openListEn?.length ?? 0, e.id).toBe(e.openList?.length ?? 0);
        if (e.figures?.plannedArea) expect(e.figures.plannedArea.textEn, e.id).toBeTruthy();
      }
    }
  });

  it('writes base names in English on the map, keeping the Chinese name as the key', () => {
    setLanguageForThisPage('en');
    const bases = baseLabels();
    expect(bases).toHaveLength(7);
    for (const b of bases) {
      expect(hasChinese(b.label), b.id).toBe(false);
      expect(b.name).toBe(LAYOUT_ELEMENTS.find((e) => e.id === b.id)!.nameZh);
    }
    setLanguageForThisPage('zh');
    expect(baseLabels().every((b) => b.label === b.name)).toBe(true);
  });

  it('has legend rows in English only', () => {
    setLanguageForThisPage('en');
    const sections = allShown();
    expect(sections[0].title).toBe('Legend');
    const rows = sections.flatMap((s) => s.rows.map((r) => r.label));
    expect(rows.length).toBeGreaterThan(40);
    for (const label of rows) expect(hasChinese(outsideQuotes(label)), label).toBe(false);
    // A quoted role is the plan's words translated, in quotes (the info card has the Chinese beside it).
    expect(rows.some((r) => r.startsWith('Industrial robot cluster: "R&D centre", "important manufacturing base"'))).toBe(true);
    expect(rows.filter((r) => hasChinese(r))).toEqual([]);
    expect(rows).toContain('Selected towns (outline)');
  });

  it('cites sources and roles in English, with Chinese titles beside the English', () => {
    setLanguageForThisPage('en');
    for (const e of LAYOUT_ELEMENTS) {
      expect(hasChinese(outsideQuotes(citeSource(e.source))), e.id).toBe(false);
      for (const m of e.members) expect(hasChinese(outsideQuotes(memberRoleLine(m))), `${e.id} ${m.town}`).toBe(false);
    }
    const robot = LAYOUT_ELEMENTS.find((e) => e.id === 'cluster-robot')!;
    expect(citeSource(robot.source)).toMatch(/^Dongguan Key Emerging Industries Development Plan \(2018–2025\) 「东莞市重点新兴产业发展规划（2018—2025年）」, V\. Layout/);
  });

  it("puts MapLibre's controls in the page's language", () => {
    const en = mapLocale('en');
    expect(en['NavigationControl.ZoomIn']).toBe('Zoom in');
    expect(Object.values(en).some(hasChinese)).toBe(false);
    const zh = mapLocale('zh');
    expect(zh['NavigationControl.ZoomIn']).toBe('放大');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('says in the English attribution that the names are our translation', () => {
    setLanguageForThisPage('en');
    setBoundaryAttribution('边界数据：DataV.GeoAtlas');
    expect(ATTRIBUTION).toEqual(['Boundaries: DataV.GeoAtlas', 'Boundaries are schematic, not for surveying', t(mapMessages.translatedNames)]);
    setBoundaryAttribution('边界数据：用户导入（towns.geojson）');
    expect(ATTRIBUTION[0]).toBe('Boundaries: imported by a user (towns.geojson)');
    setLanguageForThisPage('zh');
    setBoundaryAttribution('边界数据：DataV.GeoAtlas');
    expect(ATTRIBUTION).toEqual(['边界数据：DataV.GeoAtlas', '边界为示意，不可用于测绘']);
  });
});
