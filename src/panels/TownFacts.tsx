import type { TownMeta } from '../geo/types';
import { panelMessages as m } from '../i18n/catalogue/panels';
import { useT } from '../i18n/messages';
import { townTypeText } from './names';
import { formatKm2, formatShare } from './format';

/** Code, type and area of a unit: the same facts in the planner's panel and the town view. */
export function TownFacts({ meta, cityAreaKm2, children }: { meta: TownMeta; cityAreaKm2: number; children?: React.ReactNode }) {
  const t = useT();
  return (
    <dl className="facts">
      <dt>{t(m.code)}</dt>
      <dd>{meta.code}</dd>
      <dt>{t(m.type)}</dt>
      <dd>{townTypeText(meta.type)}</dd>
      <dt>{t(m.area)}</dt>
      <dd>
        {formatKm2(meta.areaKm2)} <small>{t(m.shareOfCity, { share: formatShare(meta.areaKm2 / cityAreaKm2) })}</small>
      </dd>
      {children}
    </dl>
  );
}
