import { useMemo } from 'react';
import { useGeo } from '../../app/GeoContext';
import { selectionArea } from '../../geo/queries';
import { resolveSide, sideLabel, sideOptions } from '../../layouts/compareSides';
import { compareElements } from '../../layouts/queries';
import { useCompareStore } from '../../state/compareStore';
import { useSelectionStore } from '../../state/selectionStore';
import { useTownFillStore } from '../../state/townFillStore';
import { formatKm2, formatShare } from '../format';

export const COMPARE_COLORS = { both: '#7b3294', onlyA: '#e66101', onlyB: '#1b7837' } as const;

export function useComparison() {
  const a = useCompareStore((s) => s.a);
  const b = useCompareStore((s) => s.b);
  return useMemo(() => {
    const sideA = resolveSide(a);
    const sideB = resolveSide(b);
    const partial = [...sideA, ...sideB].some((e) => e.members.some((m) => m.coverage === 'partial'));
    return { a, b, ...compareElements(sideA, sideB), partial };
  }, [a, b]);
}

function SideSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  return (
    <label className="inline">
      {label}
      <select aria-label={`对比${label}`} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Which towns two elements (or two whole layouts) share, and how much area that is. */
export function ComparePanel() {
  const geo = useGeo();
  const { a, b, both, onlyA, onlyB, partial } = useComparison();
  const setA = useCompareStore((s) => s.setA);
  const setB = useCompareStore((s) => s.setB);
  const fillMode = useTownFillStore((s) => s.mode);
  const setFillMode = useTownFillStore((s) => s.setMode);
  const select = useSelectionStore((s) => s.select);
  const overlap = selectionArea(geo, both);
  const options = sideOptions();
  const list = (label: string, towns: string[], color: string) => (
    <div className="compare-list">
      <h4>
        <span className="swatch" style={{ background: color }} aria-hidden /> {label}（{towns.length}）
      </h4>
      <ul aria-label={label} className="compact-list inline-list">
        {towns.map((t) => (
          <li key={t}>
            <button type="button" className="link" onClick={() => select(t, { zoom: true })}>
              {t}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <section className="panel compare-panel" aria-label="布局对比">
      <h3>对比两项布局</h3>
      <SideSelect label="甲" value={a} onChange={setA} options={options} />
      <SideSelect label="乙" value={b} onChange={setB} options={options} />
      <label className="inline">
        <input type="checkbox" checked={fillMode === 'compare'} onChange={(e) => setFillMode(e.target.checked ? 'compare' : 'none')} />
        在地图上着色
      </label>
      <p aria-label="重叠面积">
        {sideLabel(a)} 与 {sideLabel(b)} 共有 {both.length} 个镇街，重叠面积 {formatKm2(overlap.areaKm2)}（占全市 {formatShare(overlap.shareOfCity)}）
        {partial && <small>。含部分镇街，面积按整镇计，为上限。</small>}
      </p>
      {list('两者皆有', both, COMPARE_COLORS.both)}
      {list(`仅${sideLabel(a)}`, onlyA, COMPARE_COLORS.onlyA)}
      {list(`仅${sideLabel(b)}`, onlyB, COMPARE_COLORS.onlyB)}
    </section>
  );
}
