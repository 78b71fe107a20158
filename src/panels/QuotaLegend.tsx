import { legendSections } from '../map/legend';
import { useQuotaChoropleth } from '../quotas/useQuotaChoropleth';
import { quotaFill } from '../state/townFill';
import { Legend } from './layers/Legend';
import './quotas/quotas.css';

/** The choropleth's class breaks and colours, with the swatch for unset values. */
export function QuotaLegend() {
  const { fillLegend } = quotaFill(useQuotaChoropleth());
  const [section] = legendSections({ overlays: [], selected: [], fillLegend });
  return <Legend section={section} listLabel={fillLegend?.label} />;
}
