import { ErrorBoundary } from '../../../app/ErrorBoundary';
import { appMessages } from '../../../i18n/catalogue/app';
import { useT } from '../../../i18n/messages';
import { ComparePanel } from '../../../panels/layers/ComparePanel';
import { LayerPanel } from '../../../panels/layers/LayerPanel';

/** The planner's 图层 tab: the layouts by plan, and the comparison of two elements or layouts. */
export function LayersTab() {
  const t = useT();
  return (
    <ErrorBoundary what={t(appMessages.layerPanel)}>
      <LayerPanel />
      <ComparePanel />
    </ErrorBoundary>
  );
}
