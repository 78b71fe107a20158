import { useGeo } from '../../app/GeoContext';
import { selectionArea } from '../../geo/queries';
import { sideLabel, sideOptions } from '../../layouts/comparison';
import { usePlanner, usePlannerDispatch } from '../../state/screens/plannerState';
import { useComparison } from '../../state/townFill';
import { formatKm2, formatShare } from '../format';
import { PlanChangeList } from './PlanChangeList';
import { TownButtons } from './TownButtons';
import { layerPanelMessages as m } from '../../i18n/catalogue/panels-layers';
import { useT } from '../../i18n/messages';

function SideSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  const t = useT();
  return (
    <label className="inline">
      {label}
      <select aria-label={t(m.compareSide, { side: label })} value={value} onChange={(e) => onChange(e.target.value)}>
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
  const { a, b, both, partial, classes } = useComparison(usePlanner((s) => s.compare));
  const fillMode = usePlanner((s) => s.fillMode);
  const dispatch = usePlannerDispatch();
  const setA = (value: string) => dispatch({ type: 'compare/setSide', side: 'a', value });
  const setB = (value: string) => dispatch({ type: 'compare/setSide', side: 'b', value });
  const setFillMode = (mode: 'compare' | 'none') => dispatch({ type: 'fill/setMode', mode });
  const overlap = selectionArea(geo, both);
  const options = sideOptions();
  const t = useT();
  return (
    <section className="panel compare-panel" aria-label={t(m.compare)}>
      <h3>{t(m.compareTitle)}</h3>
      <SideSelect label={t(m.sideA)} value={a} onChange={setA} options={options} />
      <SideSelect label={t(m.sideB)} value={b} onChange={setB} options={options} />
      <label className="inline">
        <input type="checkbox" checked={fillMode === 'compare'} onChange={(e) => setFillMode(e.target.checked ? 'compare' : 'none')} />
        {t(m.fillOnMap)}
      </label>
      <p aria-label={t(m.overlapArea)}>
        {t(m.overlapText, { a: sideLabel(a), b: sideLabel(b), count: both.length, area: formatKm2(overlap.areaKm2), share: formatShare(overlap.shareOfCity) })}
        {partial && <small>{t(m.overlapPartial)}</small>}
      </p>
      {classes.map((c) => (
        <div className="compare-list" key={c.key}>
          <h4>
            <span className="swatch" style={{ borderColor: c.color }} aria-hidden /> {t(m.classCount, { label: c.label, count: c.towns.length })}
          </h4>
          <TownButtons towns={c.towns} label={c.label} />
        </div>
      ))}
      <PlanChangeList a={a} b={b} />
    </section>
  );
}
