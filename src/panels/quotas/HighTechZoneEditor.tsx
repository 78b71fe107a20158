import { useId } from 'react';
import { isHighTechZone } from '../../quotas/defaults';
import { DISCOVERY_QUOTA_STRONG, HIGH_TECH_ZONE_REASON } from '../../quotas/model';
import { useQuotaStore } from '../../quotas/store';
import { QUOTA_UNIT_NAMES, quotaUnitFact } from '../../towns/quotaUnits';

/** Which units count as 高新区 for the ≥25 rule: editable like the 创新强镇 marks, with the reason for the default. */
export function HighTechZoneEditor() {
  const data = useQuotaStore((s) => s.data);
  const setHighTechZone = useQuotaStore((s) => s.setHighTechZone);
  const selectId = useId();
  const others = QUOTA_UNIT_NAMES.filter((t) => !isHighTechZone(data, t));
  return (
    <fieldset className="qt-panel qt-zones">
      <legend>计为高新区的单位（发现指标 {DISCOVERY_QUOTA_STRONG}）</legend>
      <ul aria-label="高新区">
        {data.highTechZones.map((town) => (
          <li key={town}>
            {town}{' '}
            <button type="button" className="link" onClick={() => setHighTechZone(town, false)} aria-label={`移除 ${town}（不再计为高新区）`}>
              移除
            </button>
          </li>
        ))}
        {data.highTechZones.length === 0 && <li className="hint">无</li>}
      </ul>
      <label htmlFor={selectId}>加入：</label>{' '}
      <select id={selectId} value="" onChange={(e) => e.target.value && setHighTechZone(e.target.value, true)}>
        <option value="">选择单位…</option>
        {others.map((t) => (
          <option key={t} value={t}>
            {quotaUnitFact(t)?.shortName ?? t}
          </option>
        ))}
      </select>
      <p className="qt-source">{HIGH_TECH_ZONE_REASON}</p>
    </fieldset>
  );
}
