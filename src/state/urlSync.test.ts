import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLayerStore } from './layerStore';
import { useNoticeStore } from './noticeStore';
import { useRouteStore } from './routeStore';
import { useSelectionStore } from './selectionStore';
import { startUrlSync } from './urlSync';

const options = { isKnownLayer: (id: string) => id === 'belt-west' };
let stop: () => void = () => {};

afterEach(() => {
  stop();
  useSelectionStore.setState({ selected: [] });
  useLayerStore.setState({ visible: [] });
  useNoticeStore.setState({ notices: [] });
  useRouteStore.setState({ route: { mode: 'map' } });
});

describe('URL ⇄ state', () => {
  it('opens the selection and layers a link names', () => {
    window.location.hash = '#/map?town=长安镇,虎门镇&layers=belt-west';
    stop = startUrlSync(options);
    expect(useSelectionStore.getState().selected).toEqual(['长安镇', '虎门镇']);
    expect(useLayerStore.getState().visible).toEqual(['belt-west']);
  });

  it('drops unknown towns and layers with a notice that names them', () => {
    window.location.hash = '#/map?town=长安镇,<b>坏</b>&layers=nope';
    stop = startUrlSync(options);
    expect(useSelectionStore.getState().selected).toEqual(['长安镇']);
    expect(useLayerStore.getState().visible).toEqual([]);
    const texts = useNoticeStore.getState().notices.map((n) => n.text).join('\n');
    expect(texts).toContain('<b>坏</b>');
    expect(texts).toContain('nope');
  });

  it('writes selection changes back into the hash', () => {
    window.location.hash = '#/map';
    stop = startUrlSync(options);
    useSelectionStore.getState().select('谢岗镇');
    expect(decodeURIComponent(window.location.hash)).toBe('#/map?town=谢岗镇');
    useSelectionStore.getState().clear();
    expect(window.location.hash).toBe('#/map');
  });

  it('a subscriber that throws leaves later changes flowing to the URL', () => {
    window.location.hash = '#/map';
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stopBroken = useSelectionStore.subscribe(() => {
      throw new Error('boom');
    });
    stop = startUrlSync(options);
    useSelectionStore.getState().select('谢岗镇');
    useSelectionStore.getState().select('长安镇');
    expect(decodeURIComponent(window.location.hash)).toBe('#/map?town=长安镇');
    useLayerStore.getState().setVisible(['belt-west']);
    expect(decodeURIComponent(window.location.hash)).toBe('#/map?town=长安镇&layers=belt-west');
    expect(error.mock.calls.length).toBeGreaterThanOrEqual(2);
    stopBroken();
    error.mockRestore();
  });

  it('sends an unknown town view back to the map', () => {
    window.location.hash = '#/town/火星镇';
    stop = startUrlSync(options);
    expect(useRouteStore.getState().route).toEqual({ mode: 'map' });
  });
});

describe('links with short names and hostile text', () => {
  it('opens the town view from a short name and writes the full name back', () => {
    window.location.hash = `#/town/${encodeURIComponent('长安')}`;
    stop = startUrlSync(options);
    expect(useRouteStore.getState().route).toEqual({ mode: 'town', town: '长安镇' });
    expect(decodeURIComponent(window.location.hash)).toBe('#/town/长安镇');
    expect(useNoticeStore.getState().notices).toEqual([]);
  });

  it('accepts short names in the selection', () => {
    window.location.hash = '#/map?town=松山湖,虎门';
    stop = startUrlSync(options);
    expect(useSelectionStore.getState().selected).toEqual(['松山湖管委会', '虎门镇']);
  });

  it('quotes a long unknown name shortened, so the notice stays short', () => {
    const long = '很'.repeat(500);
    window.location.hash = `#/town/${encodeURIComponent(long)}`;
    stop = startUrlSync(options);
    const [notice] = useNoticeStore.getState().notices;
    expect(notice.text).toContain('很…');
    expect(notice.text.length).toBeLessThan(60);
    expect(useRouteStore.getState().route).toEqual({ mode: 'map' });
  });

  it('clears the old screen\'s notices when the user moves to another screen', () => {
    window.location.hash = '#/map?town=火星镇';
    stop = startUrlSync(options);
    expect(useNoticeStore.getState().notices).toHaveLength(1);
    useRouteStore.getState().navigate({ mode: 'town', town: '长安镇' });
    expect(useNoticeStore.getState().notices).toEqual([]);
  });
});
