import type { BoundaryReport } from '../../geo/pipeline/pipeline';
import type { GeoMeta } from '../../geo/types';
import { boundaryPanelMessages as m } from '../../i18n/catalogue/panels-boundaries';
import { useT } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';

const SEVERITY_LABEL = { error: m.error, warning: m.warning, info: m.info } as const;

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
  const defaultPairs = reference.towns.reduce((n, town) => n + town.neighbours.length, 0) / 2;
  const t = useT();
  return (
    <div className="boundary-report" aria-label={t(m.report)}>
      <h3>{t(m.reportOf, { file: report.file })}</h3>
      <p className={report.ok ? 'boundary-verdict ok' : 'boundary-verdict refused'} role="status">
        {report.ok ? t(m.passed) : t(m.failed, { count: report.findings.filter((f) => f.severity === 'error').length })}
      </p>
      <dl className="boundary-facts">
        <dt>{t(m.crs)}</dt>
        <dd data-testid="boundary-crs">
          {report.crs.found}
          {report.crs.conversion && <> · {report.crs.conversion}</>}
          {report.crs.offsetM !== null && <> · {t(m.offset, { metres: Math.round(report.crs.offsetM) })}</>}
        </dd>
        <dt>{t(m.matching)}</dt>
        <dd>
          {t(m.matched, { count: matched.length, byName: matched.length - byCode.length, byCode: byCode.length })}
          {unmatched.length > 0 && (
            <ul>
              {unmatched.map((u) => (
                <li key={u.index}>
                  {t(m.unmatched, { given: u.given })}
                  {u.suggestion ? t(m.suggestion, { suggestion: u.suggestion }) : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {report.ok && (
          <>
            <dt>{t(m.neighbours)}</dt>
            <dd data-testid="boundary-pairs">
              {t(m.pairs, { count: report.neighbourPairs, defaultCount: defaultPairs })}
            </dd>
            <dt>{t(m.area)}</dt>
            <dd>
              {t(m.cityArea, { area: report.cityAreaKm2 ?? '', defaultArea: reference.cityAreaKm2 })}
              {worst.share >= 0.0005 ? t(m.worstArea, { town: displayTownName(worst.name), percent: (worst.share * 100).toFixed(1) }) : t(m.areasClose)}
            </dd>
          </>
        )}
      </dl>
      <h4>{t(m.findings)}</h4>
      <ul className="boundary-findings">
        {report.findings.map((f, i) => (
          <li key={i} className={`finding finding-${f.severity}`}>
            <strong>{t(SEVERITY_LABEL[f.severity])}</strong> {f.message}
            {f.at && (
              <span className="finding-at">
                {' '}
                {t(m.at, { lon: f.at[0].toFixed(5), lat: f.at[1].toFixed(5) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
