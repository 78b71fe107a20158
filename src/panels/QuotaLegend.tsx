import { legendSections } from '../map/legend';
import { useQuotaChoropleth } from '../quotas/useQuotaChoropleth';
import { useQuotaView } from '../state/screens/quotaViewContext';
import { quotaFill } from '../state/townFill';
import { Legend } from './layers/Legend';
import './quotas/quotas.css';

/** The screen's choropleth's class breaks and colours, with the swatch for unset values. */
export function QuotaLegend() {
  const { field, measure, year } = useQuotaView();
  const { fillLegend } = quotaFill(useQuotaChoropleth({ field, measure, year }));
  const [section] = legendSections({ overlays: [], selected: [], fillLegend });
  return <Legend section={section} listLabel={fillLegend?.label} />;
}
