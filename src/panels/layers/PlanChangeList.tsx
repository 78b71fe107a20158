import { useMemo } from 'react';
import { resolveSide, sideLabel } from '../../layouts/comparison';
import { ELEMENT_KIND_LABEL } from '../../layouts/kindLabels';
import { planChanges } from '../../layouts/planChanges';
import { useSelectionStore } from '../../state/selectionStore';
import { usePlanCatalog } from '../../state/usePlanCatalog';
import { TownButtons } from './TownButtons';


/**
 * The change list between two whole plans (甲 the older, 乙 the newer): towns that entered or left
 * each kind of zone, elements added, removed or renamed. 在地图上标出 selects the towns that changed.
 */
export function PlanChangeList({ a, b }: { a: string; b: string }) {
  const catalog = usePlanCatalog();
  const changes = useMemo(() => planChanges(resolveSide(a), resolveSide(b)), [a, b, catalog.version]); // eslint-disable-line react-hooks/exhaustive-deps -- the catalog version stands for the sides' elements
  const setSelection = useSelectionStore((s) => s.setSelection);
  const zoomTo = useSelectionStore((s) => s.zoomTo);
  if (!a.startsWith('plan:') || !b.startsWith('plan:') || a === b) return null;
  return (
    <section className="plan-changes" aria-label="变化清单">
      <h4>
        变化清单：从{sideLabel(a)}到{sideLabel(b)}
      </h4>
      {changes.none ? <p>没有变化。</p> : null}
      {changes.kinds.map((k) => (
        <div key={k.kind} className="compare-list">
          {k.entered.length ? (
            <>
              <h5>
                {ELEMENT_KIND_LABEL[k.kind]}新增镇街（{k.entered.length}）
              </h5>
              <TownButtons towns={k.entered} label={`${ELEMENT_KIND_LABEL[k.kind]}新增镇街`} />
            </>
          ) : null}
          {k.left.length ? (
            <>
              <h5>
                {ELEMENT_KIND_LABEL[k.kind]}不再包括（{k.left.length}）
              </h5>
              <TownButtons towns={k.left} label={`${ELEMENT_KIND_LABEL[k.kind]}不再包括`} />
            </>
          ) : null}
        </div>
      ))}
      <ul className="compact-list" aria-label="元素的变化">
        {changes.added.map((e) => (
          <li key={`+${e.id}`}>新增元素：{e.nameZh}</li>
        ))}
        {changes.removed.map((e) => (
          <li key={`-${e.id}`}>删去元素：{e.nameZh}</li>
        ))}
        {changes.renamed.map((r) => (
          <li key={`~${r.to.id}`}>
            改名：{r.from.nameZh} → {r.to.nameZh}
          </li>
        ))}
      </ul>
      {changes.towns.length ? (
        <button
          type="button"
          onClick={() => {
            setSelection(changes.towns);
            zoomTo(changes.towns);
          }}
        >
          在地图上标出变化的镇街（{changes.towns.length}）
        </button>
      ) : null}
    </section>
  );
}
