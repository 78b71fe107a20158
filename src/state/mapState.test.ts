import { describe, expect, it } from 'vitest';
import { diffMapState, emptyMapState, type MapState } from './mapState';

const base = emptyMapState();
const withState = (patch: Partial<MapState>): MapState => ({ ...base, ...patch });
const kinds = (prev: MapState | null, next: MapState) => diffMapState(prev, next).map((op) => op.kind);

describe('diffMapState', () => {
  it('has nothing to do when nothing changed', () => {
    expect(diffMapState(base, withState({}))).toEqual([]);
  });

  it('a new map gets the camera once, without animation, and nothing else for the plain state', () => {
    expect(diffMapState(null, base)).toEqual([{ kind: 'fitCamera', camera: base.camera, animate: false }]);
  });

  it('moves the camera only when seq changes, animated', () => {
    const moved = withState({ camera: { ...base.camera, target: { kind: 'units', units: ['谢岗镇'] } } });
    expect(kinds(base, moved)).toEqual([]);
    const asked = withState({ camera: { ...moved.camera, seq: 1 } });
    expect(diffMapState(base, asked)).toEqual([{ kind: 'fitCamera', camera: asked.camera, animate: true }]);
    const jumped = withState({ camera: { ...asked.camera, seq: 2, motion: 'jump' } });
    expect(diffMapState(asked, jumped)).toEqual([{ kind: 'fitCamera', camera: jumped.camera, animate: false }]);
  });

  it('fill: sets new and changed colours, clears removed ones', () => {
    const a = withState({ fill: { 长安镇: '#111111', 虎门镇: '#222222' } });
    const b = withState({ fill: { 长安镇: '#333333', 谢岗镇: '#444444' } });
    expect(diffMapState(a, b)).toEqual([
      { kind: 'setFill', unit: '虎门镇', color: null },
      { kind: 'setFill', unit: '长安镇', color: '#333333' },
      { kind: 'setFill', unit: '谢岗镇', color: '#444444' },
    ]);
    expect(diffMapState(b, base)).toEqual([
      { kind: 'setFill', unit: '长安镇', color: null },
      { kind: 'setFill', unit: '谢岗镇', color: null },
    ]);
  });

  it('the fill legend alone changes nothing on the map', () => {
    expect(diffMapState(base, withState({ fillLegend: { title: 't', label: '指标图例', rows: [{ label: 'a', color: '#fff' }] } }))).toEqual([]);
  });

  it('selected: only the units that changed', () => {
    const a = withState({ selected: ['长安镇', '虎门镇'] });
    const b = withState({ selected: ['虎门镇', '谢岗镇'] });
    expect(diffMapState(a, b)).toEqual([
      { kind: 'setSelected', unit: '长安镇', selected: false },
      { kind: 'setSelected', unit: '谢岗镇', selected: true },
    ]);
  });

  it('hovered: off the old unit, on the new one', () => {
    const a = withState({ hovered: '长安镇' });
    expect(diffMapState(base, a)).toEqual([{ kind: 'setHovered', unit: '长安镇', hovered: true }]);
    expect(diffMapState(a, withState({ hovered: '虎门镇' }))).toEqual([
      { kind: 'setHovered', unit: '长安镇', hovered: false },
      { kind: 'setHovered', unit: '虎门镇', hovered: true },
    ]);
    expect(diffMapState(a, base)).toEqual([{ kind: 'setHovered', unit: '长安镇', hovered: false }]);
  });

  it('dimOutside and outlined', () => {
    const a = withState({ dimOutside: ['长安镇'], outlined: ['虎门镇'] });
    expect(diffMapState(base, a)).toEqual([
      { kind: 'setDimOutside', keep: ['长安镇'] },
      { kind: 'setOutlined', units: ['虎门镇'] },
    ]);
    expect(diffMapState(a, withState({ dimOutside: ['长安镇'], outlined: ['虎门镇'] }))).toEqual([]);
    expect(diffMapState(a, base)).toEqual([
      { kind: 'setDimOutside', keep: null },
      { kind: 'setOutlined', units: [] },
    ]);
  });

  it('overlays: shows, hides and changes opacity per element, whatever the order', () => {
    const a = withState({ overlays: [{ id: 'belt-west', opacity: 0.8 }, { id: 'core', opacity: 0.8 }] });
    expect(diffMapState(base, a)).toEqual([
      { kind: 'setOverlayOpacity', id: 'belt-west', opacity: 0.8 },
      { kind: 'setOverlayVisible', id: 'belt-west', visible: true },
      { kind: 'setOverlayOpacity', id: 'core', opacity: 0.8 },
      { kind: 'setOverlayVisible', id: 'core', visible: true },
    ]);
    expect(diffMapState(a, withState({ overlays: [{ id: 'core', opacity: 0.8 }, { id: 'belt-west', opacity: 0.8 }] }))).toEqual([]);
    expect(diffMapState(a, withState({ overlays: [{ id: 'core', opacity: 0.5 }] }))).toEqual([
      { kind: 'setOverlayVisible', id: 'belt-west', visible: false },
      { kind: 'setOverlayOpacity', id: 'core', opacity: 0.5 },
    ]);
  });

  it('labels: scale and emphasis', () => {
    expect(diffMapState(base, withState({ labels: { scale: 1.5, emphasis: null } }))).toEqual([{ kind: 'setLabelScale', scale: 1.5 }]);
    expect(diffMapState(base, withState({ labels: { scale: 1, emphasis: ['长安镇'] } }))).toEqual([
      { kind: 'setLabelEmphasis', units: ['长安镇'] },
    ]);
  });

  it('is pure: the inputs are left as they were, and a state survives JSON', () => {
    const a = withState({ selected: ['长安镇'], fill: { 长安镇: '#111111' }, overlays: [{ id: 'core', opacity: 1 }] });
    const copy = JSON.parse(JSON.stringify(a)) as MapState;
    diffMapState(null, a);
    expect(a).toEqual(copy);
    expect(diffMapState(a, copy)).toEqual([]);
  });
});
