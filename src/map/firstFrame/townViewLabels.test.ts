import { describe, expect, it } from 'vitest';
import { appGeo as loadGeo } from '../../../tests/fixtures/appGeo';
import { townCamera } from '../../state/screens/townViewStore';
import { townFact } from '../../towns/townFacts';
import { sceneOf } from './drawFirstFrame';
import { emptyMapState } from '../../state/mapState';
import { MAP_ZOOM_RANGE } from '../mapView';
import { fitCamera, screenPoint } from './camera';
import { labelSizeAt, placeLabels, type Box } from './placeLabels';

/*
 * The town view on a phone (390×844: the map 58% of the height, 490 px): every neighbour of each of
 * the 35 towns gets its label, inside the map and clear of the controls over it (legend button,
 * scale bar, attribution, zoom buttons). Placement is the first frame's, which follows MapLibre's
 * rule (variable anchors in source order, TOWN_LABEL_PLACEMENT); a CJK glyph is one em wide.
 */
const geo = loadGeo();
const PHONE_MAP = { width: 390, height: 490 };
const size = PHONE_MAP;
const CONTROLS: Record<string, Box> = {
  legendButton: { x0: 10, y0: size.height - 40 - 34, x1: 10 + 92, y1: size.height - 40 },
  scaleBar: { x0: 10, y0: size.height - 28, x1: 130, y1: size.height - 10 },
  attribution: { x0: size.width - 285, y0: size.height - 20, x1: size.width, y1: size.height },
  zoomButtons: { x0: size.width - 39, y0: 10, x1: size.width - 10, y1: 68 },
};
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function problemsOf(town: string, neighbourLabels: boolean, size: { width: number; height: number } = PHONE_MAP, controls: Record<string, Box> = CONTROLS): string[] {
  const meta = geo.metaByName.get(town)!;
  const neighbours = meta.neighbours.map((n) => n.name);
  const camera0 = townCamera(meta.bbox, neighbourLabels ? neighbours.map((n) => geo.metaByName.get(n)!.label) : []);
  const scene = sceneOf({ ...emptyMapState(), camera: camera0 }, geo).camera;
  const camera = fitCamera(scene.bbox, size, scene.padding, { min: MAP_ZOOM_RANGE.min, max: scene.maxZoom });
  const px = labelSizeAt(camera.zoom, 1);
  const placed = placeLabels(
    geo.meta.towns.map((t) => ({ name: t.name, text: townFact(t.name)?.shortName ?? t.name, point: screenPoint(camera, t.label), size: px })),
    (text, s) => Array.from(text).length * s,
  );
  const problems: string[] = [];
  for (const name of neighbours) {
    const label = placed.find((p) => p.name === name);
    if (!label) {
      problems.push(`${town}: ${name} not placed`);
      continue;
    }
    const { box } = label;
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height) problems.push(`${town}: ${name} outside the map`);
    for (const [control, b] of Object.entries(controls)) if (overlaps(box, b)) problems.push(`${town}: ${name} under the ${control}`);
  }
  return problems;
}

describe('the town view at 390×844 labels every neighbour inside the map', () => {
  it('for all 35 towns', () => {
    expect(geo.meta.towns.length).toBe(35);
    expect(geo.meta.towns.flatMap((t) => problemsOf(t.name, true))).toEqual([]);
  });

  it('did not when the camera framed the town alone (莞城: 南城 and 万江)', () => {
    expect(problemsOf('莞城街道', false).length).toBeGreaterThan(0);
  });
});

/*
 * On a projector (1920×1080: the map 1360×1032 beside the town's page) and an office PC (1366×768:
 * 946×720) every neighbour is labelled inside the map too: the wider map frames the town differently
 * (the fit is limited by the height), so the phone's check does not cover it.
 */
describe.each([
  { screen: '1920×1080', map: { width: 1360, height: 1032 } },
  { screen: '1366×768', map: { width: 946, height: 720 } },
])('the town view at $screen labels every neighbour inside the map', ({ map }) => {
  it('for all 35 towns', () => {
    const zoomButtons = { zoomButtons: { x0: map.width - 39, y0: 10, x1: map.width - 10, y1: 68 } };
    expect(geo.meta.towns.flatMap((t) => problemsOf(t.name, true, map, zoomButtons))).toEqual([]);
  });
});
