import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { square } from '../../../tests/fixtures/miniGeo';
import { neighbourPairs, pointContacts } from './adjacency';

describe('adjacency from the topology', () => {
  // 长安镇 and 虎门镇 share a whole edge; 大朗镇 touches 虎门镇 at one corner only.
  const features = [square('长安镇', 113.7, 22.8), square('虎门镇', 113.75, 22.8), square('大朗镇', 113.8, 22.85)];
  const topo = topology({ towns: { type: 'FeatureCollection', features } } as never);
  const pairs = neighbourPairs(topo, 'towns');

  it('finds units that share a border, with its length in km', () => {
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['长安镇', '虎门镇'].sort()]);
    // 0.05° of latitude is about 5.56 km.
    expect(pairs[0].sharedBorderKm).toBeCloseTo(5.56, 1);
  });

  it('reports units meeting at a single point as contacts, not neighbours', () => {
    expect(pointContacts(features as never, pairs)).toEqual([{ a: '大朗镇', b: '虎门镇' }].map((p) => ({ a: [p.a, p.b].sort()[0], b: [p.a, p.b].sort()[1] })));
  });
});
