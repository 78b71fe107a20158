import { describe, expect, it } from 'vitest';
import { appGeo as loadGeo } from '../../../tests/fixtures/appGeo';
import { PLANNER_UNITS_PADDING, coveredByHalfSheet, unitsPadding } from '../../state/screens/plannerStore';
import { uniformPadding } from '../../state/mapState';
import { UNITS_MAX_ZOOM } from '../mapView';
import { fitCamera, screenPoint } from './camera';

/*
 * The phone planner at 390×844: a 56 px header, the map above the 100 px sheet peek, the sheet at
 * half height (50% of the 788 px main area) over the map's bottom once a town is chosen. Each of the
 * 35 towns, framed as the camera frames it (fitCamera is MapLibre's fitBounds), lies in the part of
 * the map the sheet leaves visible.
 */
const appGeo = loadGeo();
const main = { top: 56, bottom: 844, height: 788 };
const map = { top: 56, bottom: 844 - 100, height: 844 - 56 - 100 };
const size = { width: 390, height: map.height };

function framed(town: string, padding: ReturnType<typeof unitsPadding>) {
  const bbox = appGeo.metaByName.get(town)!.bbox;
  const camera = fitCamera(bbox, size, padding, { min: 7, max: UNITS_MAX_ZOOM });
  const [left, top] = screenPoint(camera, [bbox[0], bbox[3]]);
  const [right, bottom] = screenPoint(camera, [bbox[2], bbox[1]]);
  return { left, top, right, bottom };
}

describe('a town chosen on the phone planner', () => {
  const covered = coveredByHalfSheet(map, main);

  it('knows what the half sheet covers of the map', () => {
    expect(covered).toEqual({ top: 0, right: 0, left: 0, bottom: 744 - 450 });
  });

  it('is framed above the half sheet, for all 35 towns', () => {
    const visibleBottom = size.height - covered.bottom;
    const outside = appGeo.meta.towns
      .map((t) => ({ town: t.name, box: framed(t.name, unitsPadding(covered, size)) }))
      .filter(({ box }) => box.left < -0.5 || box.right > size.width + 0.5 || box.top < -0.5 || box.bottom > visibleBottom + 0.5);
    expect(outside).toEqual([]);
    // The town is not shrunk to a stamp: its longer side fills at least half the visible width or height.
    const changan = framed('长安镇', unitsPadding(covered, size));
    expect(Math.max((changan.right - changan.left) / size.width, (changan.bottom - changan.top) / visibleBottom)).toBeGreaterThan(0.5);
  });

  it('was not, with the sheet ignored (the uniform padding frames 长安 across the whole map)', () => {
    const box = framed('长安镇', uniformPadding(PLANNER_UNITS_PADDING));
    expect(box.bottom).toBeGreaterThan(size.height - covered.bottom);
  });

  it('keeps the desktop framing: an 80 px margin where nothing covers the map', () => {
    expect(unitsPadding({ top: 0, right: 0, bottom: 0, left: 0 }, null)).toEqual(uniformPadding(PLANNER_UNITS_PADDING));
  });
});
