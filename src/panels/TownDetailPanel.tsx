import type { ReactNode } from 'react';
import { useGeo } from '../app/GeoContext';
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
  const town = useSelectionStore((s) => s.selected[0] ?? null);
  const select = useSelectionStore((s) => s.select);
  const meta = town ? geo.metaByName.get(town) : undefined;

  return (
    <section role="region" aria-label="镇街详情" className="panel detail-panel">
      {!meta ? (
        <p className="hint">在地图上点击一个镇街，或用上方搜索框查找。按住 Shift 点击可多选。</p>
      ) : (
        <>
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
