import { describe, expect, it } from 'vitest';
import { SOFTWARE_WEBGL_RENDERER, chooseRenderer } from './rendererChoice';
import { UnsupportedExpressionError, evaluate, passes } from './canvas/expression';

const gpu = () => ({ webgl2: true, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce GTX 1650 Direct3D11 vs_5_0 ps_5_0)' });
const none = () => ({ webgl2: false });
const swiftshader = () => ({ webgl2: true, renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)' });

describe('chooseRenderer', () => {
  it('draws with MapLibre on a GPU and with Canvas2D where WebGL2 is missing', () => {
    expect(chooseRenderer('', gpu)).toEqual({ kind: 'maplibre', reason: 'gpu' });
    expect(chooseRenderer('', none)).toEqual({ kind: 'canvas', reason: 'no-webgl2' });
  });

  it('recognises software WebGL by its renderer string', () => {
    expect(chooseRenderer('', swiftshader)).toEqual({ kind: SOFTWARE_WEBGL_RENDERER, reason: 'software' });
    expect(chooseRenderer('', () => ({ webgl2: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' })).reason).toBe('software');
    expect(chooseRenderer('', () => ({ webgl2: true, renderer: 'Microsoft Basic Render Driver' })).reason).toBe('software');
  });

  it('?renderer= forces one without asking the browser', () => {
    const never = () => {
      throw new Error('must not probe');
    };
    expect(chooseRenderer('?renderer=canvas', never)).toEqual({ kind: 'canvas', reason: 'forced' });
    expect(chooseRenderer('?renderer=maplibre', never)).toEqual({ kind: 'maplibre', reason: 'forced' });
    expect(chooseRenderer('?renderer=svg', gpu).kind).toBe('maplibre');
  });
});

describe('the overlay filters the Canvas2D renderer reads', () => {
  it('evaluates the expressions the layout layers use', () => {
    const zone = { id: 'belt-west', part: 'partial' };
    expect(passes(['all', ['==', ['get', 'id'], 'belt-west'], ['==', ['get', 'part'], 'whole']], zone)).toBe(false);
    expect(passes(['all', ['==', ['get', 'id'], 'belt-west'], ['==', ['get', 'part'], 'partial']], zone)).toBe(true);
    expect(passes(['in', ['get', 'name'], ['literal', ['长安镇', '虎门镇']]], { name: '虎门镇' })).toBe(true);
    expect(passes(['!', ['in', ['get', 'name'], ['literal', ['长安镇']]]], { name: '长安镇' })).toBe(false);
    expect(passes(['boolean', false], {})).toBe(false);
    expect(passes(undefined, {})).toBe(true);
    expect(evaluate(['get', 'icon'], { icon: 'role-core-c2410c' })).toBe('role-core-c2410c');
  });

  it('names an expression it cannot draw instead of drawing a wrong map', () => {
    expect(() => evaluate(['interpolate', ['linear'], ['zoom'], 8, 11], {})).toThrow(UnsupportedExpressionError);
  });
});
