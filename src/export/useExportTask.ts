import { useState } from 'react';
import type { MapView } from '../map/mapView';
import { useMapViewStore } from '../map/mapViewStore';
import { errorMessage } from '../state/savedState';

/**
 * One export at a time on the live map view, for the export buttons: `busy` while it runs, and
 * `error` ('导出失败：…') when it could not start or failed. `after` runs once the task has
 * finished or failed (not when there was no map to export from).
 */
export function useExportTask() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (task: (view: MapView) => Promise<void>, after?: () => void | Promise<void>) => {
    const view = useMapViewStore.getState().view;
    setError(null);
    if (!view) {
      setError('导出失败：地图尚未加载');
      return;
    }
    setBusy(true);
    try {
      await task(view);
    } catch (e) {
      setError(`导出失败：${errorMessage(e)}`);
    } finally {
      setBusy(false);
      await after?.();
    }
  };

  return { busy, error, run };
}
