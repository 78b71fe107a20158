import { useMemo } from 'react';
import { useGeo } from '../app/GeoContext';
import { selectionArea, unitsWithinKm } from '../geo/queries';
import { useQueryStore } from '../state/queryStore';
import { useSelectionStore } from '../state/selectionStore';
import { formatKm, formatKm2, formatShare } from './format';

/** Turf answers: units within N km, area and city share of the selection, units under a click. */
export function SpatialQueryPanel() {
  const geo = useGeo();
  const selected = useSelectionStore((s) => s.selected);
  const select = useSelectionStore((s) => s.select);
  const setSelection = useSelectionStore((s) => s.setSelection);
  const radiusKm = useQueryStore((s) => s.radiusKm);
  const setRadiusKm = useQueryStore((s) => s.setRadiusKm);
  const lastClick = useQueryStore((s) => s.lastClick);
  const primary = selected[0];
  const nearby = useMemo(() => (primary ? unitsWithinKm(geo, primary, radiusKm) : []), [geo, primary, radiusKm]);
  const area = useMemo(() => selectionArea(geo, selected), [geo, selected]);

  return (
    <section className="panel query-panel" aria-label="空间查询">
      <h3>空间查询</h3>
      {selected.length > 0 && (
        <p aria-label="所选面积">
          已选 {selected.length} 个镇街：合计 {formatKm2(area.areaKm2)}，占全市 {formatShare(area.shareOfCity)}
        </p>
      )}
      {primary && (
        <>
          <label className="inline">
            {primary} 周边
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              value={radiusKm}
              aria-label="距离（公里）"
              onChange={(e) => setRadiusKm(Number(e.target.value))}
            />
            公里内的镇街
          </label>
          <ul aria-label="距离范围内的镇街" className="compact-list">
            {nearby.map((n) => (
              <li key={n.name}>
                <button type="button" className="link" onClick={() => select(n.name, { zoom: true })}>
                  {n.name}
                </button>{' '}
                <small>{n.distanceKm === 0 ? '相接' : formatKm(n.distanceKm)}</small>
              </li>
            ))}
            {nearby.length === 0 && <li className="hint">无</li>}
          </ul>
          {nearby.length > 0 && (
            <button type="button" onClick={() => setSelection([primary, ...nearby.map((n) => n.name)])}>
              全部选中并计算面积
            </button>
          )}
        </>
      )}
      {lastClick && (
        <p aria-label="点击位置">
          点击位置 {lastClick.lonLat[0].toFixed(4)}°E, {lastClick.lonLat[1].toFixed(4)}°N：
          {lastClick.units.length ? lastClick.units.join('、') : '不在东莞市范围内'}
          {lastClick.units.length > 1 && <small>（边界数据在此重叠）</small>}
        </p>
      )}
    </section>
  );
}
