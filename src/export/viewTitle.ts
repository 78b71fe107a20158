/**
 * What a map view shows, in words, for the title of its export and its file name: the visible
 * layers (by plan, or by element when few), else the town fill, else the selected towns, else the
 * city. Pure.
 */
import { elementById, planById } from '../layouts/queries';
import type { MapState } from '../state/mapState';
import { displayShortTownName } from '../towns/townNames';
import { exportMessages as m } from '../i18n/catalogue/export';
import { joinList, t } from '../i18n/messages';
import { elementName, planName } from '../layouts/displayNames';

const short = (name: string) => displayShortTownName(name);
const list = (names: string[], max = 3) => (names.length <= max ? joinList(names) : t(m.andMore, { names: joinList(names.slice(0, max)), count: names.length }));

export interface ViewWords {
  /** The export's title: '一核三带十区：西部高端高新产业带、东部智能制造产业带'. */
  title: string;
  /** The subject for the file name: '一核三带十区', '长安', '东莞市'. */
  subject: string;
}

export function describeView(state: Pick<MapState, 'overlays' | 'fillLegend' | 'selected'>): ViewWords {
  const elements = state.overlays.map((o) => elementById(o.id)).filter((e) => e !== undefined);
  if (elements.length > 0) {
    const plans = [...new Set(elements.map((e) => e.plan))].map((id) => {
      const group = planById(id);
      return group ? planName(group) : id;
    });
    const names = elements.map((e) => elementName(e));
    return { title: plans.length === 1 ? t(m.planElements, { plan: plans[0], elements: list(names) }) : list(names), subject: plans.length === 1 && names.length > 1 ? plans[0] : list(names, 1) };
  }
  if (state.fillLegend) return { title: state.fillLegend.title, subject: state.fillLegend.title };
  if (state.selected.length > 0) {
    const towns = state.selected.map(short);
    return { title: t(m.cityTowns, { towns: list(towns) }), subject: list(towns, 2) };
  }
  return { title: t(m.cityAllTowns), subject: t(m.city) };
}
