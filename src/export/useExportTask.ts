import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import { useState } from 'react';
import { useGeo } from '../app/GeoContext';
import { errorMessage } from '../lib/errorText';
import { useLayoutOverlays } from '../map/layers/useLayoutOverlays';
import type { OffscreenRenderer, RenderMap } from './offscreenMap';

/**
 * One export at a time, for the export buttons: `busy` while it runs, and `error` ('导出失败：…')
 * when it failed. The task gets the off-screen renderer; the live map is not involved. `after`
 * runs once the task has finished or failed.
 */
export function useExportTask() {
  const geo = useGeo();
  const overlays = useLayoutOverlays();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (task: (render: RenderMap) => Promise<void>, after?: () => void | Promise<void>) => {
    setError(null);
    setBusy(true);
    let render: OffscreenRenderer | null = null;
    try {
      // The off-screen renderer loads with the first export, not with the screen.
      const { offscreenRenderer } = await import('./offscreenMap');
      render = offscreenRenderer(geo, overlays);
      await task(render);
    } catch (e) {
      setError(t(m.failed, { error: errorMessage(e) }));
    } finally {
      render?.dispose();
      setBusy(false);
      await after?.();
    }
  };

  return { busy, error, run };
}
