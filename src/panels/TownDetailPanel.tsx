import type { ReactNode } from 'react';
import { useGeo } from '../app/GeoContext';
import { TOUCH_QUERY, useMediaQuery } from '../app/useMediaQuery';
import { useSelectionStore } from '../state/selectionStore';
import { formatKm } from './format';
import { TownFacts } from './TownFacts';

interface TownDetailPanelProps {
  /** Further sections about the town (layout memberships, quotas), supplied by other features. */
  children?: (town: string) => ReactNode;
  onOpenTownView?: (town: string) => void;
}

export function TownDetailPanel({ children, onOpenTownView }: TownDetailPanelProps) {
  const geo = useGeo();
  const selected = useSelectionStore((s) => s.selected);
  const town = selected[0] ?? null;
  const select = useSelectionStore((s) => s.select);
  const touch = useMediaQuery(TOUCH_QUERY);
  const meta = town ? geo.metaByName.get(town) : undefined;

  return (
    <section role="region" aria-label="镇街详情" className="panel detail-panel">
      {!meta ? (
        <p className="hint">
          {touch
            ? '在地图上轻点一个镇街，或用上方搜索框查找。打开地图上的“多选”后，轻点可选多个镇街。'
            : '在地图上点击一个镇街，或用上方搜索框查找。按住 Shift 点击（或打开地图上的“多选”）可多选。'}
        </p>
      ) : (
        <>
          {selected.length > 1 && <SelectedUnits selected={selected} />}
          <h2>{meta.name}</h2>
          <TownFacts meta={meta} cityAreaKm2={geo.meta.cityAreaKm2} />
          {onOpenTownView && (
            <button type="button" className="primary" onClick={() => onOpenTownView(meta.name)}>
              打开镇街视图
            </button>
          )}
          <h3>相邻镇街（{meta.neighbours.length}）</h3>
          <ul aria-label="相邻镇街" className="neighbour-list">
            {meta.neighbours.map((n) => (
              <li key={n.name}>
                <button type="button" className="link" onClick={() => select(n.name, { zoom: true })}>
                  {n.name}
                </button>{' '}
                <small>共同边界 {formatKm(n.sharedBorderKm)}</small>
              </li>
            ))}
          </ul>
          {children?.(meta.name)}
        </>
      )}
    </section>
  );
}

/** Every selected unit: the first is shown below; each can be shown first or taken out of the selection. */
function SelectedUnits({ selected }: { selected: string[] }) {
  const setSelection = useSelectionStore((s) => s.setSelection);
  return (
    <>
      <h3 id="selected-units-title">已选 {selected.length} 个镇街</h3>
      <ul aria-labelledby="selected-units-title" className="selected-units">
        {selected.map((name, i) => (
          <li key={name}>
            <button
              type="button"
              className="link"
              aria-current={i === 0 ? 'true' : undefined}
              onClick={() => setSelection([name, ...selected.filter((n) => n !== name)])}
            >
              {name}
            </button>
            <button type="button" className="icon" aria-label={`从选择中移除 ${name}`} onClick={() => setSelection(selected.filter((n) => n !== name))}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
