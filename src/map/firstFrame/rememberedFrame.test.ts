import { describe, expect, it } from 'vitest';
import { frameFor, readFrames, withFrame, type FrameContext, type RememberedFrame } from './rememberedFrame';

const context = (address: string, width = 390): FrameContext => ({
  address,
  viewport: { width, height: 844, ratio: 3 },
  styleSheet: '/assets/index-abc.css',
  language: 'zh',
});
const frame = (address: string, width = 390): RememberedFrame => ({
  ...context(address, width),
  geometry: 'sha',
  box: { left: 0, top: 52, width, height: 490 },
  scene: {
    camera: { bbox: [113.5, 22.6, 113.7, 22.8], padding: { top: 20, right: 20, bottom: 20, left: 20 }, maxZoom: 11.5 },
    fill: null,
    selected: ['长安镇'],
    dimOutside: ['长安镇'],
    outlined: [],
    labels: { scale: 1, emphasis: ['长安镇', '虎门镇'] },
  },
  attribution: 'a | b',
});

describe('the remembered first frame', () => {
  it('is drawn again only for the same address, window, style sheet and language', () => {
    const frames = readFrames(JSON.stringify([frame('#/town/长安镇'), frame('#/map')]));
    expect(frameFor(frames, context('#/town/长安镇'))?.address).toBe('#/town/长安镇');
    expect(frameFor(frames, context('#/town/虎门镇'))).toBeNull();
    expect(frameFor(frames, context('#/town/长安镇', 414))).toBeNull();
    expect(frameFor(frames, { ...context('#/map'), styleSheet: '/assets/index-new.css' })).toBeNull();
    expect(frameFor(frames, { ...context('#/map'), language: 'en' })).toBeNull();
  });

  it('keeps one frame per address and window, the newest first, at most eight', () => {
    let frames: RememberedFrame[] = [];
    for (let i = 0; i < 10; i++) frames = withFrame(frames, frame(`#/town/${i}`));
    frames = withFrame(frames, { ...frame('#/town/9'), box: { left: 0, top: 60, width: 390, height: 490 } });
    expect(frames).toHaveLength(8);
    expect(frames.map((f) => f.address)).toEqual(['#/town/9', '#/town/8', '#/town/7', '#/town/6', '#/town/5', '#/town/4', '#/town/3', '#/town/2']);
    expect(frames[0].box.top).toBe(60);
  });

  it('ignores what does not read back as a frame, instead of drawing from it', () => {
    expect(readFrames('{not json')).toEqual([]);
    expect(readFrames(JSON.stringify({ address: '#/map' }))).toEqual([]);
    const broken = { ...frame('#/map'), scene: { ...frame('#/map').scene, camera: { bbox: [1, 2, 3], padding: {}, maxZoom: 11 } } };
    const kept = readFrames(JSON.stringify([broken, frame('#/town/长安镇'), { ...frame('#/x'), box: { left: 'a' } }]));
    expect(kept.map((f) => f.address)).toEqual(['#/town/长安镇']);
  });
});
