import { elementName } from '../../layouts/displayNames';
import { useMemo } from 'react';
import { resolveSide, sideLabel } from '../../layouts/comparison';
import { ELEMENT_KIND_LABEL } from '../../layouts/kindLabels';
import { planChanges } from '../../layouts/planChanges';
import { usePlannerDispatch } from '../../state/screens/plannerState';
import { usePlanCatalog } from '../../state/usePlanCatalog';
import { TownButtons } from './TownButtons';
import { layerPanelMessages as m } from '../../i18n/catalogue/panels-layers';
import { useT } from '../../i18n/messages';



/**
 * The change list between two whole plans (甲 the older, 乙 the newer): towns that entered or left
 * each kind of zone, elements added, removed or renamed. 在地图上标出 selects the towns that changed.
 */
export function PlanChangeList({ a, b }: { a: string; b: string }) {
  const catalog = usePlanCatalog();
  const changes = useMemo(() => planChanges(resolveSide(a), resolveSide(b)), [a, b, catalog.version]); // eslint-disable-line react-hooks/exhaustive-deps -- the catalog version stands for the sides' elements
  const dispatch = usePlannerDispatch();
  const t = useT();
  if (!a.startsWith('plan:') || !b.startsWith('plan:') || a === b) return null;
  return (
    <section className="plan-changes" aria-label={t(m.changeList)}>
      <h4>
        {t(m.changesFromTo, { a: sideLabel(a), b: sideLabel(b) })}
      </h4>
      {changes.none ? <p>{t(m.noChanges)}</p> : null}
      {changes.kinds.map((k) => (
        <div key={k.kind} className="compare-list">
          {k.entered.length ? (
            <>
              <h5>
                {t(m.townsEnteredCount, { kind: ELEMENT_KIND_LABEL[k.kind], count: k.entered.length })}
              </h5>
              <TownButtons towns={k.entered} label={t(m.townsEntered, { kind: ELEMENT_KIND_LABEL[k.kind] })} />
            </>
          ) : null}
          {k.left.length ? (
            <>
              <h5>
                {t(m.townsLeftCount, { kind: ELEMENT_KIND_LABEL[k.kind], count: k.left.length })}
              </h5>
              <TownButtons towns={k.left} label={t(m.townsLeft, { kind: ELEMENT_KIND_LABEL[k.kind] })} />
            </>
          ) : null}
        </div>
      ))}
      <ul className="compact-list" aria-label={t(m.elementChanges)}>
        {changes.added.map((e) => (
          <li key={`+${e.id}`}>{t(m.elementAdded, { name: elementName(e) })}</li>
        ))}
        {changes.removed.map((e) => (
          <li key={`-${e.id}`}>{t(m.elementRemoved, { name: elementName(e) })}</li>
        ))}
        {changes.renamed.map((r) => (
          <li key={`~${r.to.id}`}>
            {t(m.elementRenamed, { from: elementName(r.from), to: elementName(r.to) })}
          </li>
        ))}
      </ul>
      {changes.towns.length ? (
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'selection/set', units: changes.towns });
            dispatch({ type: 'selection/zoomTo', units: changes.towns });
          }}
        >
          {t(m.markChangedTowns, { count: changes.towns.length })}
        </button>
      ) : null}
    </section>
  );
}
