import { describe, expect, it } from 'vitest';
import { appGeo as loadGeo } from '../../../tests/fixtures/appGeo';
import { fitCamera, screenPoint } from '../../map/firstFrame/camera';
import { layoutOverlaysFor } from '../../map/layers/useLayoutOverlays';
import { legendSections } from '../../map/legend';
import { MAP_ZOOM_RANGE } from '../../map/mapView';
import { rectsOverlap, type Rect } from '../../map/page/fitMarks';
import { pageLayout, type Box, type ExportLayout, type MeasureText, type PageOutput } from '../../map/page/pageLayout';
import { pageSubject } from '../../map/page/subjectMarks';
import { emptyQuotaData } from '../../quotas/model';
import { slideExportCamera, slideMapState } from './applySlide';
import { buildDefaultDeck } from './defaultDeck';
import { slideSubject } from './slideSubject';
import { setLanguageForThisPage } from '../../i18n/language';
import { buildLayoutOverlays, OVERLAY_SOURCE } from '../../map/layers/layoutLayers';
import { LABEL_LINE_CHARS } from '../../map/symbols/wrapLabel';
import { planCatalog } from '../../plans/catalog';

/*
 * Every default slide, laid out for the screen (1920×1080 with the presenter's card, legend,
 * counter, zoom buttons and attribution), an exported page (PDF, PNG and PowerPoint draw the same
 * 1920×1080 layout; 3840×2160 is the same at twice the size): with the camera the layout fitted
 * (fitCamera is MapLibre's fitBounds), every mark of the subject (its towns' boundary boxes and
 * labels, every marker, circle and base name of the shown layers, at their drawn sizes) lies inside
 * the map and under no box. The browser half (the renderer's placed labels against the same boxes)
 * is tests/e2e/pageLayout.e2e.ts.
 */
const geo = loadGeo();
const overlays = layoutOverlaysFor(geo);
const deck = buildDefaultDeck();
/** Like the CJK export font: every character one em wide (bold a little wider). */
const measure: MeasureText = (text, fontPx, bold) => [...text].length * fontPx * (bold ? 1.05 : 1);

function slideState(n: number, spec = overlays) {
  const slide = deck[n - 1];
  const state = slideMapState(slide, emptyQuotaData(), slideExportCamera(slide, geo));
  return { slide, state, subject: pageSubject(geo, spec, state, slideSubject(slide)) };
}

/** What covers the marks of slide n on this page: '虎门镇 label under legend'. */
function problems(n: number, output: PageOutput, spec = overlays): { layout: ExportLayout; found: string[]; zoom: number } {
  const { slide, state, subject } = slideState(n, spec);
  const layout = pageLayout({ output, title: slide.title, subtitle: slide.caption, dateText: '制图日期 2026-12-05', legend: legendSections(state), subject }, measure);
  const found: string[] = [];
  if (!layout.camera) return { layout, found: ['no camera'], zoom: -Infinity };
  const s = layout.scale;
  const frame = { width: layout.map.width / s, height: layout.map.height / s };
  const camera = fitCamera(layout.camera.bounds, frame, layout.camera.padding, MAP_ZOOM_RANGE);
  const boxes = Object.entries(layout.boxes).map(([name, b]) => ({ name, rect: { x: (b.x - layout.map.x) / s, y: (b.y - layout.map.y) / s, width: b.width / s, height: b.height / s } }));
  for (const mark of subject.marks) {
    const [x, y] = screenPoint(camera, mark.lonLat);
    const rect: Rect = { x: x - mark.left, y: y - mark.up, width: mark.left + mark.right, height: mark.up + mark.down };
    if (rect.x < -0.5 || rect.y < -0.5 || rect.x + rect.width > frame.width + 0.5 || rect.y + rect.height > frame.height + 0.5) found.push(`${mark.what} outside the map`);
    for (const box of boxes) if (rectsOverlap(rect, box.rect)) found.push(`${mark.what} under ${box.name}`);
  }
  return { layout, found, zoom: camera.zoom };
}

/** The presenter's stage at 1920×1080 (below its 56 px toolbar), with the boxes it shows. */
function screen(n: number): PageOutput {
  const { state } = slideState(n);
  const rows = legendSections(state).reduce((k, s) => k + 1 + s.rows.length, 0);
  const W = 1920;
  const H = 1024;
  const covered: { name: string; box: Box }[] = [
    { name: 'card', box: { x: 16, y: 16, width: 1200, height: 170 } },
    { name: 'progress', box: { x: W - 16 - 110, y: H - 40 - 44, width: 110, height: 44 } },
    { name: 'controls', box: { x: W - 39, y: 10, width: 29, height: 58 } },
    { name: 'attribution', box: { x: W - 320, y: H - 22, width: 320, height: 22 } },
  ];
  if (rows > 0) covered.push({ name: 'legend', box: { x: 16, y: H - 40 - (rows * 36 + 30), width: 520, height: rows * 36 + 30 } });
  return { kind: 'screen', width: W, height: H, covered };
}

describe('every default slide keeps its subject clear of every box', () => {
  const numbers = deck.map((_, i) => i + 1);

  it.each(numbers)('slide %i on an exported 1920×1080 page (PDF, PNG, PowerPoint)', (n) => {
    const { layout, found } = problems(n, { kind: 'image', width: 1920, height: 1080 });
    expect(found).toEqual([]);
    // The legend is on the page (beside the subject) unless it has a page of its own.
    if (legendSections(slideState(n).state).length > 0) expect(layout.legend ?? layout.legendPage).not.toBeNull();
  });

  it.each(numbers)('slide %i on a 3840×2160 page', (n) => {
    expect(problems(n, { kind: 'image', width: 3840, height: 2160 }).found).toEqual([]);
  });

  it.each(numbers)('slide %i on the presenter screen at 1920×1080', (n) => {
    expect(problems(n, screen(n)).found).toEqual([]);
  });

  it('shows the subject large: the city fills at least 60% of the map height on slide 1 and slide 15 still at least half', () => {
    for (const n of [1, 15]) {
      const { layout } = problems(n, { kind: 'image', width: 1920, height: 1080 });
      const { bounds, padding } = layout.camera!;
      const frameH = layout.map.height / layout.scale;
      const frameW = layout.map.width / layout.scale;
      const camera = fitCamera(bounds, { width: frameW, height: frameH }, padding, MAP_ZOOM_RANGE);
      const [, top] = screenPoint(camera, [bounds[0], bounds[3]]);
      const [, bottom] = screenPoint(camera, [bounds[2], bounds[1]]);
      expect((bottom - top) / frameH, `slide ${n}`).toBeGreaterThan(n === 1 ? 0.6 : 0.5);
    }
  });

  it('would have failed with the old export layout: the legend bottom left over a camera fitted with a 40 px margin (slides 4, 5, 15)', () => {
    for (const n of [4, 5, 15]) {
      const { slide, state, subject } = slideState(n);
      const old = pageLayout({ output: { kind: 'image', width: 1920, height: 1080 }, title: slide.title, dateText: '', legend: legendSections(state) }, measure);
      const frame = { width: 1920, height: old.map.height };
      const camera = fitCamera(subject.bounds, frame, { top: 40, right: 40, bottom: 40, left: 40 }, MAP_ZOOM_RANGE);
      const legend = old.legend!.box;
      const legendRect = { x: legend.x, y: legend.y - old.map.y, width: legend.width, height: legend.height };
      const covered = subject.marks.filter((m) => {
        const [x, y] = screenPoint(camera, m.lonLat);
        return rectsOverlap({ x: x - m.left, y: y - m.up, width: m.left + m.right, height: m.up + m.down }, legendRect);
      });
      expect(covered.length, `slide ${n}`).toBeGreaterThan(0);
    }
  });
});

describe('in English, long base names do not shrink the map', () => {
  // The overlays as an English page builds them: base names in English, in lines (wrapLabel).
  setLanguageForThisPage('en');
  const english = buildLayoutOverlays(planCatalog().elements, geo);
  setLanguageForThisPage('zh');
  const baseSlides = deck.map((s, i) => ({ n: i + 1, bases: s.layers.filter((id) => id.startsWith('base-')).length })).filter((s) => s.bases > 0);

  it('the English base labels are in lines, none as wide as a one-line name', () => {
    const labels = (english.sources[OVERLAY_SOURCE.bases] as unknown as { data: { features: { properties: { label: string } }[] } }).data.features.map((f) => f.properties.label);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) for (const line of label.split('\n')) expect(line.length, label).toBeLessThanOrEqual(LABEL_LINE_CHARS);
    expect(labels.some((l) => l.includes('\n'))).toBe(true);
  });

  it.each(baseSlides.map((s) => s.n))('slide %i: on the 1920×1080 screen, the subject clear of every box and at least 0.8 of its Chinese size (one-line names: 0.53)', (n) => {
    const zh = problems(n, screen(n));
    const en = problems(n, screen(n), english);
    expect(en.found).toEqual([]);
    expect(2 ** (en.zoom - zh.zoom), `slide ${n}`).toBeGreaterThanOrEqual(0.8);
  });
});
