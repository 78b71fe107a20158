import { useGeo } from '../../app/GeoContext';
import { selectionArea } from '../../geo/queries';
import { sideLabel, sideOptions } from '../../layouts/comparison';
import { useComparison, useCompareStore } from '../../state/compareStore';
import { useTownFillStore } from '../../state/townFillStore';
import { formatKm2, formatShare } from '../format';
import { PlanChangeList } from './PlanChangeList';
import { TownButtons } from './TownButtons';

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
  const { a, b, both, partial, classes } = useComparison();
  const setA = useCompareStore((s) => s.setA);
  const setB = useCompareStore((s) => s.setB);
  const fillMode = useTownFillStore((s) => s.mode);
  const setFillMode = useTownFillStore((s) => s.setMode);
  const overlap = selectionArea(geo, both);
  const options = sideOptions();
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
      {classes.map((c) => (
        <div className="compare-list" key={c.key}>
          <h4>
            <span className="swatch" style={{ borderColor: c.color }} aria-hidden /> {c.label}（{c.towns.length}）
          </h4>
          <TownButtons towns={c.towns} label={c.label} />
        </div>
      ))}
      <PlanChangeList a={a} b={b} />
    </section>
  );
}
