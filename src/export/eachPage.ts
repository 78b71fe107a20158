import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import type { DeckExportOptions } from './deck';

/**
 * The loop every deck exporter shares: runs `step` for each page in order, reports progress
 * ({ done: 0 } first, then after each page) and stops between pages when the signal is aborted.
 */
export async function eachPage<T>(pages: readonly T[], options: Pick<DeckExportOptions, 'onProgress' | 'signal'>, step: (page: T, index: number) => Promise<void>): Promise<void> {
  if (pages.length === 0) throw new Error(t(m.noSlides));
  const total = pages.length;
  options.onProgress?.({ done: 0, total });
  for (let i = 0; i < total; i++) {
    options.signal?.throwIfAborted();
    await step(pages[i], i);
    options.onProgress?.({ done: i + 1, total });
  }
  options.signal?.throwIfAborted();
}
