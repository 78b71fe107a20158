import { COMPARE_COLORS, useComparison } from './layers/ComparePanel';
import { Legend } from './layers/Legend';
import { QuotaLegend } from './QuotaLegend';
import { useTownFillStore } from '../state/townFillStore';
import { sideLabel } from '../layouts/compareSides';

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
            {(
              [
                ['both', '两者皆有'],
                ['onlyA', `仅${sideLabel(comparison.a)}`],
                ['onlyB', `仅${sideLabel(comparison.b)}`],
              ] as const
            ).map(([key, label]) => (
              <li key={key}>
                <span className="legend-symbol" style={{ background: COMPARE_COLORS[key] }} />
                <span>{label}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
