/**
 * Each built-in plan exported (as 导出规划 writes it) and imported again (as 导入规划 reads it) draws
 * the same towns, memberships and legend.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { appGeo } from '../../tests/fixtures/appGeo';
import { zoneArea } from '../geo/geoData';
import { OVERLAY_SOURCE } from '../map/layers/layoutLayers';
import { membershipsOfTown } from '../layouts/queries';
import { buildLayoutOverlays } from '../map/layers/layoutLayers';
import { legendSections } from '../map/legend';
import { emptyMapState } from '../state/mapState';
import { TOWN_NAMES } from '../towns/townFacts';
import { BUILTIN_PLANS } from './builtin';
import { planCatalog, setUserPlans } from './catalog';
import { withFreeIds } from './freshIds';
import { parsePlanText, planToJson } from './planFile';

const geo = appGeo();
const legendOf = (elements: typeof BUILTIN_PLANS[number]['elements']) =>
  legendSections({ ...emptyMapState(), overlays: elements.map((e) => ({ id: e.id, opacity: 1 })) }, elements);

afterEach(() => setUserPlans([]));

describe('the built-in plans as files', () => {
  it('are the four plans the app has always shown, in order', () => {
    expect(BUILTIN_PLANS.map((p) => [p.group.id, p.elements.length])).toEqual([
      ['plan2018', 17],
      ['fyp14', 12],
      ['pianqu', 6],
      ['platforms', 6],
    ]);
    expect(BUILTIN_PLANS.every((p) => p.group.builtin && p.elements.every((e) => e.plan === p.group.id))).toBe(true);
  });

  for (const plan of BUILTIN_PLANS) {
    it(`${plan.group.id}: exported and imported again, draws the same towns, memberships and legend`, () => {
      const back = parsePlanText(planToJson(plan));
      if (!back.ok) throw new Error(back.problems.join('\n'));
      const again = back.plan;
      expect(again.group).toEqual(withoutBuiltin(plan.group));
      expect(again.elements).toEqual(plan.elements);
      // The same drawing: sources (towns, nodes, axes, bases) and layers (compared as data: the
      // scaling functions are fresh closures).
      const drawn = (elements: typeof plan.elements) => JSON.parse(JSON.stringify(buildLayoutOverlays(elements, geo)));
      expect(drawn(again.elements)).toEqual(drawn(plan.elements));
      // The same legend.
      expect(legendOf(again.elements)).toEqual(legendOf(plan.elements));
      // Imported beside the built-in one (under free ids, as 导入规划 does), every town lists the
      // same memberships in the copy as in the original.
      const catalog = planCatalog();
      const copy = withFreeIds(again, new Set(catalog.groups.map((g) => g.id)), new Set(catalog.byId.keys()));
      setUserPlans([copy.plan]);
      expect(planCatalog().groups.map((g) => g.id)).toContain(`${plan.group.id}-copy`);
      const originalId = new Map(copy.plan.elements.map((e, i) => [e.id, plan.elements[i].id]));
      for (const town of TOWN_NAMES) {
        const of = (planId: string) =>
          membershipsOfTown(town)
            .filter((m) => m.element.plan === planId)
            .map((m) => [originalId.get(m.element.id) ?? m.element.id, m.member]);
        expect(of(copy.plan.group.id), town).toEqual(of(plan.group.id));
      }
      // Its zones are merged in the app (the geo build merged only the built-in ones): every zone
      // part is drawn, and its area is the built-in element's.
      const zones = (buildLayoutOverlays(copy.plan.elements, geo).sources[OVERLAY_SOURCE.zones] as unknown as { data: { features: { properties: { id: string; part: string } }[] } }).data.features;
      copy.plan.elements.forEach((e, i) => {
        if (e.draw !== 'zone') return;
        for (const part of ['whole', 'partial'] as const) {
          const has = e.members.some((m) => m.coverage === part);
          expect(zones.some((f) => f.properties.id === e.id && f.properties.part === part), `${e.id} ${part}`).toBe(has);
        }
        const original = zoneArea(geo, plan.elements[i]);
        const computed = zoneArea(geo, e);
        expect(computed.unionAreaKm2).toBeCloseTo(original.unionAreaKm2, 1);
        expect(computed.wholeAreaKm2).toBeCloseTo(original.wholeAreaKm2, 1);
      });
      expect(membershipsOfTown('松山湖管委会').some((m) => m.element.plan === copy.plan.group.id)).toBe(plan.elements.some((e) => e.members.some((m) => m.town === '松山湖管委会')));
    });
  }
});

function withoutBuiltin<T extends { builtin?: boolean }>(group: T): Omit<T, 'builtin'> {
  const { builtin: _b, ...rest } = group;
  void _b;
  return rest;
}
