import { useId } from 'react';
import { choroplethTitle, type Measure } from '../../quotas/choropleth';
import { METRIC_LABELS, METRICS, YEARS, isYear, type Metric } from '../../quotas/model';
import { useQuotaView } from '../../state/screens/quotaViewContext';
import './quotas.css';
import { quotaPanelMessages as msg } from '../../i18n/catalogue/panels-quotas';
import { useT, type Message } from '../../i18n/messages';

const MEASURE_LABELS: Record<Measure, Message> = { quota: msg.measureQuota, actual: msg.measureActual, rate: msg.measureRate };

/**
 * Chooses what the quota map shows (metric, measure, year); the legend sits on the map (QuotaLegend).
 * It changes the quota view of the screen it is on (useQuotaView), never another screen's.
 */
export function QuotaControls() {
  const { field, measure, year, setField, setMeasure, setYear, fillMode, setFillMode } = useQuotaView();
  const ids = { field: useId(), measure: useId(), year: useId() };
  const t = useT();

  return (
    <section className="qt-panel" aria-label={t(msg.quotaMap)}>
      <div className="qt-controls">
        <label htmlFor={ids.field}>{t(msg.category)}</label>
        <select id={ids.field} value={field} onChange={(e) => setField(e.target.value as Metric)}>
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {METRIC_LABELS[m]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.measure}>{t(msg.show)}</label>
        <select id={ids.measure} value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
          {(Object.keys(MEASURE_LABELS) as Measure[]).map((m) => (
            <option key={m} value={m}>
              {t(MEASURE_LABELS[m])}
            </option>
          ))}
        </select>
        <label htmlFor={ids.year}>{t(msg.year)}</label>
        <select
          id={ids.year}
          value={year}
          onChange={(e) => {
            const y = Number(e.target.value);
            if (isYear(y)) setYear(y);
          }}
        >
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <h4>{choroplethTitle(measure, field, year)}</h4>
      <label className="qt-show-on-map">
        <input type="checkbox" checked={fillMode === 'quota'} onChange={(e) => setFillMode(e.target.checked ? 'quota' : 'none')} />
        {t(msg.showOnMap)}
      </label>
    </section>
  );
}
