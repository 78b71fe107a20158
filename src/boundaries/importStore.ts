import { create } from 'zustand';
import type { Topology } from 'topojson-specification';
import type { BoundaryReport } from '../geo/pipeline/pipeline';
import type { GeoMeta } from '../geo/types';
import { runImport, type RunningImport } from './runImport';
import { boundaryMessages as m } from '../i18n/catalogue/boundaries';
import { t } from '../i18n/messages';

type Status = 'idle' | 'running' | 'done' | 'failed';

interface BoundaryImportState {
  status: Status;
  fileName: string | null;
  stage: string;
  share: number;
  report: BoundaryReport | null;
  result: { topology: Topology; meta: GeoMeta } | null;
  message: string | null;
  start: (file: File, reference: Pick<GeoMeta, 'towns'>) => void;
  cancel: () => void;
  clear: () => void;
}

let running: RunningImport | null = null;

/** The 边界 panel's import in progress or its report; kept while the user switches tabs. */
export const useBoundaryImportStore = create<BoundaryImportState>((set, get) => ({
  status: 'idle',
  fileName: null,
  stage: '',
  share: 0,
  report: null,
  result: null,
  message: null,
  start: (file, reference) => {
    running?.cancel();
    set({ status: 'running', fileName: file.name, stage: t(m.readingFile), share: 0, report: null, result: null, message: null });
    const current = runImport(file, reference, (stage, share) => {
      if (running === current) set({ stage, share });
    });
    running = current;
    void current.result.then((outcome) => {
      if (running !== current) return;
      running = null;
      if (outcome.kind === 'cancelled') set({ status: 'idle', message: t(m.cancelled, { file: file.name }) });
      else if (outcome.kind === 'failed') set({ status: 'failed', message: outcome.message });
      else
        set({
          status: 'done',
          report: outcome.report,
          result: outcome.topology && outcome.meta ? { topology: outcome.topology, meta: outcome.meta } : null,
        });
    });
  },
  cancel: () => {
    if (get().status === 'running') running?.cancel();
  },
  clear: () => {
    running?.cancel();
    running = null;
    set({ status: 'idle', fileName: null, stage: '', share: 0, report: null, result: null, message: null });
  },
}));
