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
import { useQuotaViewStore } from '../../quotas/viewStore';
import { quotaUnitFact } from '../../towns/quotaUnits';
import './quotas.css';

export interface QuotaSummaryProps {
  /** The year to sum; defaults to the year chosen in the quota view. */
  year?: Year;
}

const short = (town: string) => quotaUnitFact(town)?.shortName ?? town;

/** '；滨海湾新区未设，未计入' — names the unset units when there are few, else counts them. */
function unsetNote(unset: readonly string[], setCount: number): string {
  if (unset.length === 0 || setCount === 0) return '';
  return `；${unset.length <= 3 ? unset.map(short).join('、') : `${unset.length} 个单位`}未设，未计入`;
}

/** The section of the action plan a figure comes from; the document is named once under each table. */
function Source({ of }: { of: keyof typeof SOURCES }) {
  return <small className="qt-source">出处：{SOURCES[of].section}</small>;
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
      <p className="qt-source">出处均见{citation({ ...SOURCES.goals, section: '' })}。</p>
    </>
  );
}

/**
 * Who holds each city target of the chosen year: the towns' sum, the departments' sum, the
 * research institutes (a stated minimum each), their total and the city target, each with its
 * source. A gap is stated only where the compared parts are the ones the plan makes responsible.
 */
export function QuotaSummary({ year: yearProp }: QuotaSummaryProps) {
  const viewYear = useQuotaViewStore((s) => s.year);
  const year = yearProp ?? viewYear;
  const data = useQuotaStore((s) => s.data);
  const d = discoveryHolders(data, year);
  const l = landingHolders(data, year);
  const threeYear = threeYearLandingTowns(data);
  const target = CITY_TARGETS[year];
  const plus = target.additional ? '新增' : '';
  const discoveryActual = sumField(data, year, 'discovery_actual');
  const landingActual = sumField(data, year, 'landing_actual');
  const zones = d.highTechZones.map((z) => `${short(z.town)} ${z.value ?? '未设'}`).join('、');

  return (
    <section className="qt-panel qt-summary" aria-label={`${year} 年指标汇总`}>
      <h3>{year} 年发现目标：谁承担</h3>
      <p className="qt-source">发现 = {METRIC_DESCRIPTIONS.discovery}</p>
      <HolderTable
        label="发现目标承担方"
        rows={[
          {
            key: 'towns',
            name: '各镇街（园区）合计',
            detail: `${zones ? `其中高新区 ${zones}；` : ''}创新强镇 ${data.strongTowns.length} 个${unsetNote(d.towns.unsetTowns, d.towns.setCount)}`,
            source: 'discovery',
            value: d.towns.total,
          },
          {
            key: 'departments',
            name: CITY_LEVEL_LABEL,
            detail: `${d.departments.map((x) => `${x.name.replace(/^市/, '')} ${x.discovery}`).join('、')}（${KECHUANG_NOTE}）`,
            source: 'discovery',
            value: d.departmentsTotal,
          },
          {
            key: 'institutes',
            name: '科研院所',
            detail: `${INSTITUTE_DISCOVERY_QUOTA.categories.join('、')}各自上报；家数未列`,
            source: 'discovery',
            value: `每家 ≥${d.institutesEachAtLeast}`,
          },
        ]}
        footer={[
          { key: 'total', name: '合计', detail: '镇街 + 市级层面，另加科研院所', value: `≥${d.totalAtLeast}` },
          { key: 'target', name: '全市目标', source: 'goals', value: `${plus}≥${d.target}` },
        ]}
      />
      <p data-metric="discovery">
        {d.meetsTarget
          ? `镇街与市级层面合计已不少于 ${d.totalAtLeast}，加上科研院所，达到全市${plus}目标 ≥${d.target}。镇街合计只是承担方之一，单独与全市目标比较没有意义。`
          : `镇街与市级层面合计 ${d.totalAtLeast}，低于全市${plus}目标 ≥${d.target}；科研院所家数未列，不据此计算差额。`}
        {discoveryActual.setCount > 0 && ` 镇街实际完成合计 ${discoveryActual.total}。`}
      </p>

      <h3>{year} 年落地目标：谁承担</h3>
      <p className="qt-source">落地 = {METRIC_DESCRIPTIONS.landing}</p>
      <HolderTable
        label="落地目标承担方"
        rows={[
          {
            key: 'towns',
            name: '各镇街（园区）合计',
            detail: `各镇街指标见计划附表，附表未公开，请填写或导入${unsetNote(l.towns.unsetTowns, l.towns.setCount)}`,
            source: 'landing',
            value: l.towns.setCount === 0 ? '未设' : l.towns.total,
          },
          { key: 'kjj', name: '市科技局', detail: '负责部分落地指标，份额未公开', source: 'landing', value: '未列' },
          { key: 'platforms', name: '相关科研平台', detail: '负责部分落地指标，份额未公开', source: 'landing', value: '未列' },
        ]}
        footer={[{ key: 'target', name: '全市目标', source: 'goals', value: `${plus}≥${l.target}` }]}
      />
      <p data-metric="landing">
        {l.townsAloneMeetTarget
          ? `镇街已填的落地指标合计 ${l.towns.total}，单独已达到全市${plus}目标 ≥${l.target}。`
          : '科技局和科研平台的份额未公开，镇街合计只是一部分，不据此计算差额。'}
        {landingActual.setCount > 0 && ` 镇街实际完成合计 ${landingActual.total}。`}
      </p>
      <details className="qt-standards">
        <summary>什么算“落地”（计划的落地标准，概括）</summary>
        <ul aria-label="落地标准">
          {LANDING_STANDARDS.map((s) => (
            <li key={s.kind}>
              <strong>{s.kind}</strong>：{s.rule}
            </li>
          ))}
        </ul>
        <Source of="landing" />
      </details>

      <h3>三年合计（{YEARS[0]}—{YEARS[YEARS.length - 1]}）</h3>
      <p data-metric="landing-3y">
        落地目标合计 ≥{THREE_YEAR_TARGETS.landing}，中试平台（概念验证中心）≥{THREE_YEAR_TARGETS.pilotPlatforms} 个
        {threeYear.setCount > 0 && `；镇街已填落地指标三年合计 ${threeYear.total}（只是其中一部分）`}。 <Source of="goals" />
      </p>
      <p className="qt-source" data-note="three-year-reading">
        {THREE_YEAR_TARGETS.reading}。
      </p>
      <p className="qt-source">
        {year} 年还要举办成果转化对接会 ≥{target.matchmakingEvents} 场，支持建设中试平台（概念验证中心）≥{target.pilotPlatforms} 个
        {target.additional && '（新增数）'}。
      </p>

      <h3>百千万工程镇街目标</h3>
      <ul aria-label="百千万工程目标">
        {[2023, 2025].map((y) => (
          <li key={y}>
            {y} 年：
            {BAIQIANWAN_TARGETS.filter((t) => t.year === y)
              .map((t) => `${t.label} ${t.text} ${t.unit}`)
              .join('；')}
          </li>
        ))}
      </ul>
      <p className="qt-source">来源：{citation(SOURCES.baiqianwan)}</p>
    </section>
  );
}
