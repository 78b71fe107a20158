import { BAIQIANWAN_TARGETS, CITY_TARGETS, INSTITUTE_DISCOVERY_QUOTA, METRIC_DESCRIPTIONS, METRIC_LABELS, SOURCES, THREE_YEAR_TARGETS, YEARS, citation, type Metric, type Year } from '../../quotas/model';
import { compareThreeYearLanding, compareWithCityTarget, describeGap, discoveryShare, type TargetComparison } from '../../quotas/sums';
import { useQuotaStore } from '../../quotas/store';
import { useQuotaViewStore } from '../../quotas/viewStore';
import './quotas.css';

export interface QuotaSummaryProps {
  /** The year to sum; defaults to the year chosen in the quota view. */
  year?: Year;
}

function Gap({ c }: { c: TargetComparison }) {
  return <strong className={`qt-${c.status}`}>{describeGap(c)}</strong>;
}

function unsetNote(c: TargetComparison): string {
  if (c.setCount === 0) return '';
  return c.unsetTowns.length ? `（${c.unsetTowns.length} 个镇街未设，未计入）` : '';
}

function MetricLine({ year, metric }: { year: Year; metric: Metric }) {
  const data = useQuotaStore((s) => s.data);
  const c = compareWithCityTarget(data, year, metric);
  const actual = compareWithCityTarget(data, year, metric, 'actual');
  const target = CITY_TARGETS[year];
  const label = METRIC_LABELS[metric];
  return (
    <>
      <dt>
        {label}
        <small className="qt-source">（{METRIC_DESCRIPTIONS[metric]}）</small>
      </dt>
      <dd data-metric={metric}>
        {c.setCount === 0 ? (
          <>
            镇街{label}指标均未设，全市目标 {target.additional ? '新增' : ''}≥{c.target}
            {metric === 'landing' && '（各镇街落地指标见计划附表，公开文本未含，请填写或导入）'}
          </>
        ) : (
          <>
            镇街指标合计 {c.total}，全市目标 {target.additional ? '新增' : ''}≥{c.target}：<Gap c={c} />
            {unsetNote(c)}
          </>
        )}
        {actual.setCount > 0 && (
          <div>
            镇街实际完成合计 {actual.total}
            {unsetNote(actual)}
          </div>
        )}
      </dd>
    </>
  );
}

/** The chosen year's town totals against the city targets, the departments' share, and the 百千万 targets. */
export function QuotaSummary({ year: yearProp }: QuotaSummaryProps) {
  const viewYear = useQuotaViewStore((s) => s.year);
  const year = yearProp ?? viewYear;
  const data = useQuotaStore((s) => s.data);
  const share = discoveryShare(data, year);
  const threeYear = compareThreeYearLanding(data);
  const target = CITY_TARGETS[year];

  return (
    <section className="qt-panel qt-summary" aria-label={`${year} 年指标汇总`}>
      <h3>{year} 年：镇街指标与全市目标</h3>
      <dl>
        <MetricLine year={year} metric="discovery" />
        <MetricLine year={year} metric="landing" />
        <dt>三年落地</dt>
        <dd data-metric="landing-3y">
          {threeYear.setCount === 0 ? (
            <>落地指标未设；2025—2027 年合计目标 ≥{THREE_YEAR_TARGETS.landing}</>
          ) : (
            <>
              {YEARS.join('—')} 年镇街落地指标合计 {threeYear.total}，目标 ≥{THREE_YEAR_TARGETS.landing}：<Gap c={threeYear} />
            </>
          )}
        </dd>
      </dl>
      <p className="qt-source">
        全市目标还包括：举办成果转化对接会 ≥{target.matchmakingEvents} 场，支持建设中试平台（概念验证中心）≥{target.pilotPlatforms} 个
        {target.additional && '（2026、2027 年为新增数）'}。来源：{citation(target.source)}
      </p>

      <h3>发现目标的分担（{year} 年）</h3>
      <table className="qt-table" aria-label="发现指标分担">
        <thead>
          <tr>
            <th scope="col">承担方</th>
            <th scope="col">发现指标</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">各镇街（园区）合计</th>
            <td>{share.towns}</td>
          </tr>
          {share.departments.map((d) => (
            <tr key={d.name}>
              <th scope="row">{d.name}</th>
              <td>≥{d.discovery}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">科研院所（每家）</th>
            <td>≥{INSTITUTE_DISCOVERY_QUOTA.eachAtLeast}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">镇街 + 市直部门</th>
            <td>{share.combined}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        镇街合计占全市发现目标（{target.additional ? '新增' : ''}≥{share.target}）的 {Math.round(share.townShareOfTarget * 100)}%；
        市直部门合计 {share.departmentsTotal}。科研院所（{INSTITUTE_DISCOVERY_QUOTA.namedUnits.join('、')}及各共建类新型研发机构等）每家 ≥
        {INSTITUTE_DISCOVERY_QUOTA.eachAtLeast}，家数计划未列，不计入合计。
      </p>
      <p className="qt-source">来源：{citation(SOURCES.discovery)}；{citation(SOURCES.landing)}</p>

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
