import { cellValue, isHighTechZone } from '../../quotas/defaults';
import { BINHAIWAN_DEFAULT_NOTE, STRONG_TOWN_DEMO, METRIC_LABELS, METRICS, SOURCES, TOWN_DUTIES, YEARS, cellKey, citation, fieldOf } from '../../quotas/model';
import { unmappedUnit } from '../../towns/quotaUnits';
import { formatRate, townCompletionRate } from '../../quotas/sums';
import { useQuotaStore } from '../../quotas/store';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { ValueText } from './ValueText';
import './quotas.css';

export interface TownQuotaSummaryProps {
  /** Exact unit name, e.g. '长安镇'. */
  town: string;
}

/** One unit's quotas, actuals and completion rates per year, for the town detail panel. */
export function TownQuotaSummary({ town }: TownQuotaSummaryProps) {
  const data = useQuotaStore((s) => s.data);
  const meta = useSharedStore((s) => s.meta);
  const status = isHighTechZone(data, town) ? '高新区（发现指标 25）' : data.strongTowns.includes(town) ? '创新强镇（发现指标 25）' : '发现指标 5（未标为创新强镇）';
  return (
    <section className="qt-panel" aria-label={`${town} 科技成果指标`}>
      <h3>科技成果指标</h3>
      <p className="qt-key">{status}</p>
      {data.strongTowns.includes(town) && (
        <p className="qt-key" data-note="strong-town-demo">
          {STRONG_TOWN_DEMO.text}。来源：{citation(STRONG_TOWN_DEMO.source)}
        </p>
      )}
      {unmappedUnit(town) && <p className="qt-key">{unmappedUnit(town)!.note}；{BINHAIWAN_DEFAULT_NOTE}。</p>}
      <table className="qt-table" aria-label={`${town} 指标与完成`}>
        <thead>
          <tr>
            <th scope="col">年份</th>
            {METRICS.map((m) => (
              <th key={m} scope="col" colSpan={3}>
                {METRIC_LABELS[m]}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col" />
            {METRICS.map((m) => [
              <th key={`${m}q`} scope="col">
                指标
              </th>,
              <th key={`${m}a`} scope="col">
                实际
              </th>,
              <th key={`${m}r`} scope="col">
                完成率
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {YEARS.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {METRICS.map((m) => [
                <td key={`${m}q`}>
                  <ValueText cell={cellValue(data, town, year, fieldOf(m, 'quota'))} />
                </td>,
                <td key={`${m}a`}>
                  <ValueText cell={cellValue(data, town, year, fieldOf(m, 'actual'))} status={meta[cellKey(town, year, fieldOf(m, 'actual'))]?.status} />
                </td>,
                <td key={`${m}r`}>{formatRate(townCompletionRate(data, town, year, m))}</td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="qt-duties" aria-label="考核与联络员">
        <li>{TOWN_DUTIES.assessment}。</li>
        <li>{TOWN_DUTIES.liaison}。</li>
      </ul>
      <p className="qt-source">
        来源：{citation(SOURCES.discovery)}；{citation(SOURCES.landing)}
      </p>
    </section>
  );
}
