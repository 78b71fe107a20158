import { useQuotaChoropleth } from '../quotas/useQuotaChoropleth';
import './quotas/quotas.css';

/** The choropleth's class breaks and colours, with the swatch for unset values. */
export function QuotaLegend() {
  const map = useQuotaChoropleth();
  return (
    <section className="legend">
      <h3>{map.title}</h3>
      <ul aria-label="指标图例">
        {map.legend.map((entry) => (
          <li key={entry.label}>
            <span className="legend-symbol" style={{ background: entry.color, border: '1px solid #94a3b8' }} />
            <span>{entry.label}</span>
          </li>
        ))}
        <li>
          <span className="legend-symbol" style={{ backgroundColor: map.unsetColor, border: '1px dashed #64748b' }} />
          <span>{map.unsetLabel}</span>
        </li>
      </ul>
    </section>
  );
}
