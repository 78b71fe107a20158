import { describe, expect, it } from 'vitest';
import type { RenderedFeature } from '../map/mapView';
import { boxesOverlapping, marksOnPage, marksUnderBoxes } from './pageMarks';

describe('the geometry check of an exported page', () => {
  const label: RenderedFeature = { layer: 'town-labels', name: '虎门镇' };
  const marker: RenderedFeature = { layer: 'base-yinping-base', id: 'base-yinping' };
  const frame = { features: [label, marker], boxes: new Map([[label, { x0: 10, y0: 20, x1: 50, y1: 40 }], [marker, { x0: 300, y0: 300, x1: 320, y1: 320 }]]) };

  it('moves what the renderer placed (map CSS px) onto the page: below the title bar, at the image ratio', () => {
    const marks = marksOnPage(frame, 2, { x: 0, y: 192, width: 3840, height: 1968 });
    expect(marks[0]).toEqual({ layer: 'town-labels', name: '虎门镇', id: undefined, box: { x: 20, y: 232, width: 80, height: 40 } });
  });

  it('names each mark under a box, and nothing when the boxes are clear', () => {
    const marks = marksOnPage(frame, 1, { x: 0, y: 96, width: 1920, height: 984 });
    expect(marksUnderBoxes({ legend: { x: 0, y: 100, width: 30, height: 30 }, attribution: { x: 1500, y: 1000, width: 400, height: 60 } }, marks)).toEqual(['town-labels 虎门镇 under legend']);
    expect(marksUnderBoxes({ legend: { x: 60, y: 100, width: 30, height: 30 } }, marks)).toEqual([]);
    // Touching edges is not covering.
    expect(marksUnderBoxes({ legend: { x: 50, y: 116, width: 30, height: 30 } }, marks)).toEqual([]);
  });

  it('finds boxes laid over each other', () => {
    expect(boxesOverlapping({ figure: { x: 0, y: 0, width: 100, height: 100 }, legend: { x: 90, y: 90, width: 10, height: 10 }, northArrow: { x: 200, y: 0, width: 10, height: 10 } })).toEqual(['figure over legend']);
  });
});
