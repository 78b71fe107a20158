import type { BoundaryReport } from '../../geo/pipeline/pipeline';
import type { GeoMeta } from '../../geo/types';

const SEVERITY_LABEL = { error: '错误', warning: '注意', info: '已处理' } as const;

function areaComparison(report: BoundaryReport, reference: GeoMeta) {
  const refArea = new Map(reference.towns.map((t) => [t.name, t.areaKm2]));
  let worst = { name: '', share: 0 };
  for (const a of report.areas) {
    const ref = refArea.get(a.name);
    if (!ref) continue;
    const share = Math.abs(a.areaKm2 - ref) / ref;
    if (share > worst.share) worst = { name: a.name, share };
  }
  return worst;
}

/** The import report: units matched, coordinate system, every finding, and the result against the default. */
export function BoundaryReportView({ report, reference }: { report: BoundaryReport; reference: GeoMeta }) {
  const matched = report.units.filter((u) => u.unit);
  const byCode = matched.filter((u) => u.by === 'code');
  const unmatched = report.units.filter((u) => !u.unit);
  const worst = areaComparison(report, reference);
  const defaultPairs = reference.towns.reduce((n, t) => n + t.neighbours.length, 0) / 2;
  return (
    <div className="boundary-report" aria-label="检查报告">
      <h3>检查报告：{report.file}</h3>
      <p className={report.ok ? 'boundary-verdict ok' : 'boundary-verdict refused'} role="status">
        {report.ok ? '通过检查，可以采用。' : `未通过检查：${report.findings.filter((f) => f.severity === 'error').length} 个错误，不能采用。`}
      </p>
      <dl className="boundary-facts">
        <dt>坐标系</dt>
        <dd data-testid="boundary-crs">
          {report.crs.found}
          {report.crs.conversion && <> · {report.crs.conversion}</>}
          {report.crs.offsetM !== null && <> · 与默认边界的整体偏移 {Math.round(report.crs.offsetM)} 米</>}
        </dd>
        <dt>镇街匹配</dt>
        <dd>
          {matched.length} / 35 个已匹配（按名称 {matched.length - byCode.length}，按区划代码 {byCode.length}）
          {unmatched.length > 0 && (
            <ul>
              {unmatched.map((u) => (
                <li key={u.index}>
                  “{u.given}”未匹配{u.suggestion ? `，是否是“${u.suggestion}”？` : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {report.ok && (
          <>
            <dt>相邻关系</dt>
            <dd data-testid="boundary-pairs">
              {report.neighbourPairs} 对相邻镇街（默认边界 {defaultPairs} 对）
            </dd>
            <dt>面积</dt>
            <dd>
              全市 {report.cityAreaKm2} km²（默认 {reference.cityAreaKm2} km²）；
              {worst.share >= 0.0005 ? `与默认相差最大的是 ${worst.name}（${(worst.share * 100).toFixed(1)}%）` : '各镇街面积与默认相差都不到 0.05%'}
            </dd>
          </>
        )}
      </dl>
      <h4>检查项</h4>
      <ul className="boundary-findings">
        {report.findings.map((f, i) => (
          <li key={i} className={`finding finding-${f.severity}`}>
            <strong>{SEVERITY_LABEL[f.severity]}</strong> {f.message}
            {f.at && (
              <span className="finding-at">
                {' '}
                （位置 {f.at[0].toFixed(5)}, {f.at[1].toFixed(5)}）
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
