import { useId } from 'react';
import { isHighTechZone } from '../../quotas/defaults';
import { DISCOVERY_QUOTA_STRONG, HIGH_TECH_ZONE_REASON } from '../../quotas/model';
import { useQuotaStore } from '../../quotas/store';
import { QUOTA_UNIT_NAMES } from '../../towns/quotaUnits';
import { displayShortTownName, displayTownName } from '../../towns/townNames';
import { quotaPanelMessages as m } from '../../i18n/catalogue/panels-quotas';
import { useT } from '../../i18n/messages';

/** Which units count as 高新区 for the ≥25 rule: editable like the 创新强镇 marks, with the reason for the default. */
export function HighTechZoneEditor() {
  const data = useQuotaStore((s) => s.data);
  const setHighTechZone = useQuotaStore((s) => s.setHighTechZone);
  const selectId = useId();
  const t = useT();
  const others = QUOTA_UNIT_NAMES.filter((t) => !isHighTechZone(data, t));
  return (
    <fieldset className="qt-panel qt-zones">
      <legend>{t(m.highTechZonesLegend, { quota: DISCOVERY_QUOTA_STRONG })}</legend>
      <ul aria-label={t(m.highTechZones)}>
        {data.highTechZones.map((town) => (
          <li key={town}>
            {displayTownName(town)}{' '}
            <button type="button" className="link" onClick={() => setHighTechZone(town, false)} aria-label={t(m.removeZone, { town: displayTownName(town) })}>
              {t(m.remove)}
            </button>
          </li>
        ))}
        {data.highTechZones.length === 0 && <li className="hint">{t(m.none)}</li>}
      </ul>
      <label htmlFor={selectId}>{t(m.addZone)}</label>{' '}
      <select id={selectId} value="" onChange={(e) => e.target.value && setHighTechZone(e.target.value, true)}>
        <option value="">{t(m.chooseUnit)}</option>
        {others.map((unit) => (
          <option key={unit} value={unit}>
            {displayShortTownName(unit)}
          </option>
        ))}
      </select>
      <p className="qt-source">{HIGH_TECH_ZONE_REASON}</p>
    </fieldset>
  );
}
