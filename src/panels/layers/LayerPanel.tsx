import { elementName, planTitle } from '../../layouts/displayNames';
import { useEffect, useRef } from 'react';
import type { LayoutElement, PlanGroup } from '../../layouts/types';
import { DEFAULT_GROUP_OPACITY } from '../../state/screens/plannerActions';
import { usePlanner, usePlannerDispatch } from '../../state/screens/plannerState';
import { usePlanCatalog } from '../../state/usePlanCatalog';
import { ElementBadges, PlanStatusBadge } from './FactBadges';
import { inForce, planYears } from '../../plans/status';
import { usePlanYearStore } from '../../state/planYearStore';
import { layerPanelMessages as m } from '../../i18n/catalogue/panels-layers';
import { useT } from '../../i18n/messages';
import { ZhBeside } from '../../i18n/ZhBeside';


function GroupToggle({ group, elements }: { group: PlanGroup; elements: LayoutElement[] }) {
  const visible = usePlanner((s) => s.visible);
  const dispatch = usePlannerDispatch();
  const ref = useRef<HTMLInputElement>(null);
  const shown = elements.filter((e) => visible.includes(e.id)).length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = shown > 0 && shown < elements.length;
  }, [shown, elements.length]);
  return (
    <label className="group-toggle">
      <input
        ref={ref}
        type="checkbox"
        checked={shown === elements.length}
        onChange={(e) => dispatch({ type: 'layers/setMany', ids: elements.map((el) => el.id), on: e.target.checked })}
      />
      <span>{planTitle(group)}</span> <PlanStatusBadge group={group} />
      <small>
        {shown}/{elements.length}
      </small>
    </label>
  );
}

function ElementRow({ element }: { element: LayoutElement }) {
  const on = usePlanner((s) => s.visible.includes(element.id));
  const dispatch = usePlannerDispatch();
  const t = useT();
  const name = elementName(element);
  return (
    <li className={`element-row${element.parentId ? ' child' : ''}`}>
      <label>
        <input type="checkbox" checked={on} onChange={() => dispatch({ type: 'layers/toggle', id: element.id })} aria-label={name} />
        <span className="swatch" style={{ borderColor: element.color }} aria-hidden />
        <span className="element-name">{name}</span>
      </label>
      <ElementBadges element={element} />
      <span className="row-actions">
        <button type="button" className="icon" onClick={() => dispatch({ type: 'layers/showOnly', id: element.id })} aria-label={t(m.showOnlyLabel, { name })} title={t(m.showOnlyTitle)}>
          {t(m.showOnly)}
        </button>
        <button type="button" className="icon" onClick={() => dispatch({ type: 'card/open', id: element.id })} aria-label={t(m.aboutLabel, { name })} title={t(m.about)}>
          ⓘ
        </button>
      </span>
    </li>
  );
}

/** Layers grouped by plan: group toggle, per-element toggles, group opacity, show only, all off. */
export function LayerPanel() {
  const opacity = usePlanner((s) => s.opacity);
  const dispatch = usePlannerDispatch();
  const catalog = usePlanCatalog();
  const year = usePlanYearStore((s) => s.year);
  const setYear = usePlanYearStore((s) => s.setYear);
  const shownPlans = year === null ? catalog.plans : catalog.plans.filter((p) => inForce(p.group, year));
  const hidden = catalog.plans.length - shownPlans.length;
  const t = useT();
  return (
    <section className="panel layer-panel" aria-label={t(m.layers)}>
      <div className="panel-actions">
        <button type="button" onClick={() => dispatch({ type: 'layers/allOff' })}>
          {t(m.allOff)}
        </button>
      </div>
      <label className="plan-year">
        {t(m.planYear)}
        <select value={year ?? ''} onChange={(e) => setYear(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t(m.allPlans)}</option>
          {planYears(catalog.groups, new Date().getFullYear()).map((y) => (
            <option key={y} value={y}>
              {t(m.plansInForceIn, { year: y })}
            </option>
          ))}
        </select>
      </label>
      {hidden > 0 ? (
        <p className="hint" role="status">
          {t(m.hiddenPlans, { count: hidden, year: year ?? '' })}
        </p>
      ) : null}
      {shownPlans.map(({ group, elements }) => {
        const groupOpacity = opacity[group.id] ?? DEFAULT_GROUP_OPACITY;
        return (
          <fieldset key={group.id} className="plan-group">
            <legend>
              <GroupToggle group={group} elements={elements} />
            </legend>
            <p className="group-source">
              <ZhBeside zh={group.document} en={group.documentEn} />
            </p>
            <label className="opacity">
              {t(m.opacity)}
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={groupOpacity}
                aria-label={t(m.groupOpacity, { plan: planTitle(group) })}
                aria-valuetext={`${Math.round(groupOpacity * 100)}%`}
                onChange={(e) => dispatch({ type: 'layers/setOpacity', plan: group.id, value: Number(e.target.value) })}
              />
              <output>{Math.round(groupOpacity * 100)}%</output>
            </label>
            <ul className="element-list">
              {elements.map((element) => (
                <ElementRow key={element.id} element={element} />
              ))}
            </ul>
          </fieldset>
        );
      })}
    </section>
  );
}
