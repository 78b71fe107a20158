import { beforeEach, describe, expect, it } from 'vitest';
import { useSelectionStore } from './selectionStore';

describe('selection store', () => {
  beforeEach(() => useSelectionStore.setState({ selected: [], zoomRequest: null }));

  it('select replaces, toggle adds and removes, clear empties', () => {
    const s = useSelectionStore.getState();
    s.select('长安镇');
    s.toggle('虎门镇');
    expect(useSelectionStore.getState().selected).toEqual(['长安镇', '虎门镇']);
    s.toggle('长安镇');
    expect(useSelectionStore.getState().selected).toEqual(['虎门镇']);
    s.select('谢岗镇');
    expect(useSelectionStore.getState().selected).toEqual(['谢岗镇']);
    s.clear();
    expect(useSelectionStore.getState().selected).toEqual([]);
  });

  it('asks the map to zoom only when told to', () => {
    const s = useSelectionStore.getState();
    s.select('长安镇');
    expect(useSelectionStore.getState().zoomRequest).toBeNull();
    s.select('虎门镇', { zoom: true });
    expect(useSelectionStore.getState().zoomRequest).toEqual({ names: ['虎门镇'], seq: 1 });
  });
});
