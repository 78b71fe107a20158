import { useQuotaChoropleth } from '../quotas/useQuotaChoropleth';

/** The choropleth's class breaks and colours, with the swatch for unset values. */
export function QuotaLegend() {
  const map = useQuotaChoropleth();
  return (
    <section className="legend" aria-label="指标图例">
      <h3>{map.title}</h3>
      <ul>
        {map.legend.map((entry) => (
          <li key={entry.label}>
            <span className="legend-symbol" style={{ background: entry.color, border: '1px solid #94a3b8' }} />
            <span>{entry.label}</span>
          </li>
        ))}
        <li>
          <span className="legend-symbol legend-unset" style={{ background: map.unsetColor, border: '1px dashed #64748b' }} />
          <span>{map.unsetLabel}</span>
        </li>
      </ul>
    </section>
  );
}
