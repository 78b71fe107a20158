import {
  BAIQIANWAN_TARGETS,
  CITY_LEVEL_LABEL,
  CITY_TARGETS,
  INSTITUTE_DISCOVERY_QUOTA,
  KECHUANG_NOTE,
  LANDING_STANDARDS,
  METRIC_DESCRIPTIONS,
  SOURCES,
  THREE_YEAR_TARGETS,
  YEARS,
  citation,
  type Year,
} from '../../quotas/model';
import { discoveryHolders, landingHolders, sumField, threeYearLandingTowns } from '../../quotas/sums';
import { useQuotaStore } from '../../quotas/store';
import { useQuotaView } from '../../state/screens/quotaViewContext';
import './quotas.css';
import { quotaPanelMessages as m } from '../../i18n/catalogue/panels-quotas';
import { currentLanguage } from '../../i18n/language';
import { joinList, t, useT } from '../../i18n/messages';
import { ZhBeside } from '../../i18n/ZhBeside';
import { displayShortTownName } from '../../towns/townNames';
import { QuotedText } from '../../i18n/QuotedText';

export interface QuotaSummaryProps {
  /** The year to sum; defaults to the year chosen in the quota view. */
  year?: Year;
}

const short = (town: string) => displayShortTownName(town);

/** A department without the city's prefix: 科技局 (市科技局), Science and Technology Bureau (City …). */
const withoutCity = (name: string) => (currentLanguage() === 'en' ? name.replace(/^City /, '') : name.replace(/^市/, '')); // i18n-exempt: the prefix the Chinese names carry

/** '；滨海湾新区未设，未计入' — names the unset units when there are few, else counts them. */
function unsetNote(unset: readonly string[], setCount: number): string {
  if (unset.length === 0 || setCount === 0) return '';
  return t(m.unsetNote, { units: unset.length <= 3 ? joinList(unset.map(short)) : t(m.unsetUnits, { count: unset.length }) });
}

/** The section of the action plan a figure comes from; the document is named once under each table. */
function Source({ of }: { of: keyof typeof SOURCES }) {
  const tr = useT();
  return (
    <small className="qt-source">
      {tr(m.sourceOf)}
      <ZhBeside zh={SOURCES[of].section} />
    </small>
  );
}

interface Holder {
  key: string;
  name: string;
  detail?: string;
  source?: keyof typeof SOURCES;
  value: number | string;
}

function HolderRow({ holder }: { holder: Holder }) {
  return (
    <tr data-holder={holder.key}>
      <th scope="row">
        {holder.name}
        {holder.detail && <small>{holder.detail}</small>}
        {holder.source && <Source of={holder.source} />}
      </th>
      <td>{holder.value}</td>
    </tr>
  );
}

/** One target's holders, their figures and sections; the document is named once under the table. */
function HolderTable({ label, rows, footer }: { label: string; rows: Holder[]; footer: Holder[] }) {
  const t = useT();
  return (
    <>
      <table className="qt-table qt-holders" aria-label={label}>
        <tbody>
          {rows.map((h) => (
            <HolderRow key={h.key} holder={h} />
          ))}
        </tbody>
        <tfoot>
          {footer.map((h) => (
            <HolderRow key={h.key} holder={h} />
          ))}
        </tfoot>
      </table>
      <p className="qt-source">
        <QuotedText text={t(m.sourcesIn, { citation: citation({ ...SOURCES.goals, section: '' }) })} />
      </p>
    </>
  );
}

/**
 * Who holds each city target of the chosen year: the towns' sum, the departments' sum, the
 * research institutes (a stated minimum each), their total and the city target, each with its
 * source. A gap is stated only where the compared parts are the ones the plan makes responsible.
 */
export function QuotaSummary({ year: yearProp }: QuotaSummaryProps) {
  const viewYear = useQuotaView().year;
  const year = yearProp ?? viewYear;
  const data = useQuotaStore((s) => s.data);
  const d = discoveryHolders(data, year);
  const l = landingHolders(data, year);
  const threeYear = threeYearLandingTowns(data);
  const target = CITY_TARGETS[year];
  const t = useT();
  const plus = target.additional ? t(m.additional) : '';
  const discoveryActual = sumField(data, year, 'discovery_actual');
  const landingActual = sumField(data, year, 'landing_actual');
  const zones = joinList(d.highTechZones.map((z) => t(m.zoneValue, { town: short(z.town), value: z.value ?? t(m.unset) })));

  return (
    <section className="qt-panel qt-summary" aria-label={t(m.summary, { year })}>
      <h3>{t(m.discoveryWho, { year })}</h3>
      <p className="qt-source">{t(m.discoveryIs, { description: METRIC_DESCRIPTIONS.discovery })}</p>
      <HolderTable
        label={t(m.discoveryHolders)}
        rows={[
          {
            key: 'towns',
            name: t(m.townsTotal),
            detail: `${zones ? t(m.zonesPart, { zones }) : ''}${t(m.strongTowns, { count: data.strongTowns.length })}${unsetNote(d.towns.unsetTowns, d.towns.setCount)}`,
            source: 'discovery',
            value: d.towns.total,
          },
          {
            key: 'departments',
            name: CITY_LEVEL_LABEL,
            detail: t(m.departmentsDetail, { departments: joinList(d.departments.map((x) => `${withoutCity(x.name)} ${x.discovery}`)), note: KECHUANG_NOTE }),
            source: 'discovery',
            value: d.departmentsTotal,
          },
          {
            key: 'institutes',
            name: t(m.institutes),
            detail: t(m.institutesDetail, { categories: joinList(INSTITUTE_DISCOVERY_QUOTA.categories) }),
            source: 'discovery',
            value: t(m.eachAtLeast, { count: d.institutesEachAtLeast }),
          },
        ]}
        footer={[
          { key: 'total', name: t(m.total), detail: t(m.totalDetail), value: `≥${d.totalAtLeast}` },
          { key: 'target', name: t(m.cityTarget), source: 'goals', value: `${plus}≥${d.target}` },
        ]}
      />
      <p data-metric="discovery">
        {d.meetsTarget
          ? t(m.discoveryMet, { total: d.totalAtLeast, plus, target: d.target })
          : t(m.discoveryShort, { total: d.totalAtLeast, plus, target: d.target })}
        {discoveryActual.setCount > 0 && t(m.actualTotal, { total: discoveryActual.total })}
      </p>

      <h3>{t(m.landingWho, { year })}</h3>
      <p className="qt-source">{t(m.landingIs, { description: METRIC_DESCRIPTIONS.landing })}</p>
      <HolderTable
        label={t(m.landingHolders)}
        rows={[
          {
            key: 'towns',
            name: t(m.townsTotal),
            detail: t(m.landingTownsDetail, { unset: unsetNote(l.towns.unsetTowns, l.towns.setCount) }),
            source: 'landing',
            value: l.towns.setCount === 0 ? t(m.unset) : l.towns.total,
          },
          { key: 'kjj', name: t(m.kjj), detail: t(m.shareNotPublic), source: 'landing', value: t(m.notListed) },
          { key: 'platforms', name: t(m.platforms), detail: t(m.shareNotPublic), source: 'landing', value: t(m.notListed) },
        ]}
        footer={[{ key: 'target', name: t(m.cityTarget), source: 'goals', value: `${plus}≥${l.target}` }]}
      />
      <p data-metric="landing">
        {l.townsAloneMeetTarget
          ? t(m.landingMet, { total: l.towns.total, plus, target: l.target })
          : t(m.landingUnknown)}
        {landingActual.setCount > 0 && t(m.actualTotal, { total: landingActual.total })}
      </p>
      <details className="qt-standards">
        <summary>{t(m.landingStandards)}</summary>
        <ul aria-label={t(m.landingStandardsLabel)}>
          {LANDING_STANDARDS.map((s) => (
            <li key={s.kind}>
              <strong>{s.kind}</strong>
              {t(m.kindRule, { rule: s.rule })}
            </li>
          ))}
        </ul>
        <Source of="landing" />
      </details>

      <h3>{t(m.threeYears, { from: YEARS[0], to: YEARS[YEARS.length - 1] })}</h3>
      <p data-metric="landing-3y">
        {t(m.threeYearTargets, { landing: THREE_YEAR_TARGETS.landing, platforms: THREE_YEAR_TARGETS.pilotPlatforms })}
        {threeYear.setCount > 0 && t(m.threeYearTowns, { total: threeYear.total })}
        {t(m.fullStop)} <Source of="goals" />
      </p>
      <p className="qt-source" data-note="three-year-reading">
        {t(m.sentence, { text: THREE_YEAR_TARGETS.reading })}
      </p>
      <p className="qt-source">
        {t(m.yearEvents, { year, events: target.matchmakingEvents, platforms: target.pilotPlatforms })}
        {target.additional && t(m.additionalCount)}
        {t(m.fullStop)}
      </p>

      <h3>{t(m.baiqianwan)}</h3>
      <ul aria-label={t(m.baiqianwanLabel)}>
        {[2023, 2025].map((y) => (
          <li key={y}>
            {t(m.yearColon, { year: y })}
            {BAIQIANWAN_TARGETS.filter((t) => t.year === y)
              .map((t) => `${t.label} ${t.text} ${t.unit}`)
              .join(t(m.targetsJoin))}
          </li>
        ))}
      </ul>
      <p className="qt-source">
        {t(m.sourceLine)}
        <QuotedText text={citation(SOURCES.baiqianwan)} />
      </p>
    </section>
  );
}
