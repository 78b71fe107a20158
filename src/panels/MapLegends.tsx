import { Legend } from './layers/Legend';
import { QuotaLegend } from './QuotaLegend';
import { useTownFillStore } from '../state/townFillStore';
import { useComparison } from '../state/compareStore';

/** Every legend that applies to the map as it is now: layout layers and the town fill. */
export function MapLegends() {
  const mode = useTownFillStore((s) => s.mode);
  const comparison = useComparison();
  return (
    <div className="map-overlay-bottom-left">
      <Legend />
      {mode === 'quota' && <QuotaLegend />}
      {mode === 'compare' && (
        <section className="legend" aria-label="对比图例">
          <h3>布局对比</h3>
          <ul>
            {comparison.classes.map((c) => (
              <li key={c.key}>
                <span className="legend-symbol" style={{ background: c.color }} />
                <span>{c.label}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
