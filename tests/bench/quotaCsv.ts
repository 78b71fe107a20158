/**
 * A large quota CSV with unknown (misspelled) town names, imported through the quota panel's file
 * input: from the input's change event to the check result on screen, with the longest main-thread
 * task meanwhile (a frozen page shows up there).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { TOWN_FACTS } from '../../src/towns/townFacts';

const METRIC_WORDS = ['发现指标', '落地指标', '发现实际', '落地实际'];

/** Long format, `rows` rows; every fifth row names a town that does not exist (one of ~2,000 misspellings). */
export function writeQuotaCsv(path: string, rows: number): { bytes: number; unknownRows: number } {
  const typoChars = '之乎者也东西南北上下左右甲乙丙丁';
  const lines = ['镇街,年份,指标,数值'];
  let unknownRows = 0;
  for (let i = 0; i < rows; i++) {
    const town = TOWN_FACTS[i % TOWN_FACTS.length];
    let name = i % 3 === 0 ? town.shortName : town.name;
    if (i % 5 === 4) {
      const variant = ((i / 5) | 0) % 2000;
      const typo = TOWN_FACTS[variant % TOWN_FACTS.length].shortName;
      name = `${typo}${typoChars[variant % typoChars.length]}${variant}`;
      unknownRows++;
    }
    lines.push(`${name},${2025 + (i % 3)},${METRIC_WORDS[i % 4]},${i % 50}`);
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(path, text);
  return { bytes: Buffer.byteLength(text), unknownRows };
}

export interface CsvImportFigures {
  reportedMs: number;
  longestTaskMs: number;
  summary: string;
}

export async function measureCsvImport(page: Page, csvPath: string): Promise<CsvImportFigures> {
  await page.getByRole('tab', { name: '指标' }).click();
  const input = page.locator('[aria-label="导入与导出指标"] input[type="file"][accept*=".csv"]');
  await page.evaluate(() => {
    const state = { changeAt: 0, longest: 0, observer: new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longest = Math.max(state.longest, e.duration);
    }) };
    state.observer.observe({ type: 'longtask' });
    addEventListener('change', (e) => (state.changeAt = e.timeStamp), { capture: true, once: true });
    (window as unknown as { __csvBench: typeof state }).__csvBench = state;
  });
  await input.setInputFiles(csvPath);
  await page.waitForSelector('[aria-label="导入预览"]', { timeout: 120_000 });
  return page.evaluate(
    () =>
      new Promise<CsvImportFigures>((resolve) =>
        requestAnimationFrame(() => {
          const state = (window as unknown as { __csvBench: { changeAt: number; longest: number; observer: PerformanceObserver } }).__csvBench;
          state.observer.disconnect();
          const preview = document.querySelector('[aria-label="导入预览"]')!;
          resolve({
            reportedMs: performance.now() - state.changeAt,
            longestTaskMs: state.longest,
            summary: (preview.querySelector('p')?.textContent ?? preview.textContent ?? '').slice(0, 120),
          });
        }),
      ),
  );
}
