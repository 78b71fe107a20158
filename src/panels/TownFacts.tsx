import type { TownMeta } from '../geo/types';
import { townTypeLabel } from '../towns/townFacts';
import { formatKm2, formatShare } from './format';

/** Code, type and area of a unit: the same facts in the planner's panel and the town view. */
export function TownFacts({ meta, cityAreaKm2, children }: { meta: TownMeta; cityAreaKm2: number; children?: React.ReactNode }) {
  return (
    <dl className="facts">
      <dt>区划代码</dt>
      <dd>{meta.code}</dd>
      <dt>类型</dt>
      <dd>{townTypeLabel(meta.type)}</dd>
      <dt>面积</dt>
      <dd>
        {formatKm2(meta.areaKm2)} <small>（占全市 {formatShare(meta.areaKm2 / cityAreaKm2)}）</small>
      </dd>
      {children}
    </dl>
  );
}
