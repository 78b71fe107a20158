import { cellValue, isHighTechZone } from '../../quotas/defaults';
import { BINHAIWAN_DEFAULT_NOTE, STRONG_TOWN_DEMO, METRIC_LABELS, METRICS, SOURCES, TOWN_DUTIES, YEARS, cellKey, citation, fieldOf } from '../../quotas/model';
import { unmappedUnit } from '../../towns/quotaUnits';
import { formatRate, townCompletionRate } from '../../quotas/sums';
import { useQuotaStore } from '../../quotas/store';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { ValueText } from './ValueText';
import './quotas.css';
import { quotaPanelMessages as msg } from '../../i18n/catalogue/panels-quotas';
import { useT } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';
import { unmappedNote } from '../names';
import { QuotedText } from '../../i18n/QuotedText';

export interface TownQuotaSummaryProps {
  /** Exact unit name, e.g. '长安镇'. */
  town: string;
}

/** One unit's quotas, actuals and completion rates per year, for the town detail panel. */
export function TownQuotaSummary({ town }: TownQuotaSummaryProps) {
  const data = useQuotaStore((s) => s.data);
  const meta = useSharedStore((s) => s.meta);
  const t = useT();
  const name = displayTownName(town);
  const status = t(isHighTechZone(data, town) ? msg.statusZone : data.strongTowns.includes(town) ? msg.statusStrong : msg.statusOther);
  return (
    <section className="qt-panel" aria-label={t(msg.townQuotas, { town: name })}>
      <h3>{t(msg.quotasTitle)}</h3>
      <p className="qt-key">{status}</p>
      {data.strongTowns.includes(town) && (
        <p className="qt-key" data-note="strong-town-demo">
          {t(msg.sentence, { text: STRONG_TOWN_DEMO.text })}
          {t(msg.sourceLine)}
          <QuotedText text={citation(STRONG_TOWN_DEMO.source)} />
        </p>
      )}
      {unmappedUnit(town) && <p className="qt-key">{t(msg.twoNotes, { a: unmappedNote(unmappedUnit(town)!), b: BINHAIWAN_DEFAULT_NOTE })}</p>}
      <table className="qt-table" aria-label={t(msg.townQuotasTable, { town: name })}>
        <thead>
          <tr>
            <th scope="col">{t(msg.year)}</th>
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
                {t(msg.quota)}
              </th>,
              <th key={`${m}a`} scope="col">
                {t(msg.actual)}
              </th>,
              <th key={`${m}r`} scope="col">
                {t(msg.rate)}
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
      <ul className="qt-duties" aria-label={t(msg.duties)}>
        <li>{t(msg.sentence, { text: TOWN_DUTIES.assessment })}</li>
        <li>{t(msg.sentence, { text: TOWN_DUTIES.liaison })}</li>
      </ul>
      <p className="qt-source">
        {t(msg.sourceLine)}
        <QuotedText text={citation(SOURCES.discovery)} />
        {t(msg.sourcesJoin)}
        <QuotedText text={citation(SOURCES.landing)} />
      </p>
    </section>
  );
}
