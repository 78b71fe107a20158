import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appGeo } from '../../../tests/fixtures/appGeo';
import { GeoContext } from '../../app/GeoContext';
import { useMapViewStore } from '../../map/mapViewStore';
import { emptyMapState } from '../../state/mapState';
import { PrintMap } from './PrintMap';

// The printed map's drawing code arrives when the test says so (as it does a moment after the first frame).
const drawing = vi.hoisted(() => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release, draw: vi.fn(() => ({ bounds: [113.5, 22.5, 114.3, 23.2] as const })) };
});
vi.mock('../../map/canvas/drawStateImage', async () => {
  await drawing.arrived;
  return { preloadStateImages: () => {}, drawStateImage: drawing.draw };
});

afterEach(() => useMapViewStore.setState({ state: null }));

describe('the printed map', () => {
  it('says the map is still loading when Ctrl+P comes before its drawing code, and draws it once that is in', async () => {
    useMapViewStore.setState({ state: emptyMapState() });
    const { container } = render(
      <GeoContext.Provider value={appGeo()}>
        <PrintMap alt="东莞全市地图" paper="landscape" />
      </GeoContext.Provider>,
    );
    const notice = () => container.querySelector<HTMLElement>('.print-map-pending')!;
    expect(notice().hidden).toBe(true);

    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(drawing.draw).not.toHaveBeenCalled();
    expect(notice().hidden).toBe(false);
    expect(notice().textContent).toContain('地图仍在载入');

    drawing.release();
    await vi.waitFor(async () => {
      await drawing.arrived;
      act(() => void window.dispatchEvent(new Event('beforeprint')));
      expect(drawing.draw).toHaveBeenCalledTimes(1);
    });
    expect(notice().hidden).toBe(true);
  });
});
