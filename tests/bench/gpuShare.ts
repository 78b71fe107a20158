/**
 * How much of a MapLibre layer toggle is the GPU process drawing the frame. With software WebGL
 * (SwiftShader) the page's WebGL commands run in the GPU process only when the frame is handed to
 * the compositor (a read-back of the canvas, as compositing is in software there), and the page's
 * main thread waits for them: the wait is the frame's drawing, not the page's script.
 */
import type { Browser, Page } from 'playwright-core';
import { TOGGLED_ROWS } from './interactions';
import { round } from './stats';

export interface GpuShare {
  toggles: number;
  /** The GPU process running the page's WebGL commands (trace: CommandBufferService:PutChanged). */
  gpuMsPerToggle: number;
  /** The page's main thread waiting for them (trace: CommandBufferProxyImpl::WaitForGetOffset). */
  waitedMsPerToggle: number;
}

/** Sums the GPU process's command execution and the page's waits in a Chromium trace (category 'gpu'). */
export function gpuShareOfTrace(trace: Buffer, toggles: number): GpuShare {
  const events = (JSON.parse(trace.toString()) as { traceEvents: { name: string; ph: string; dur?: number }[] }).traceEvents;
  const total = (name: string) => events.filter((e) => e.ph === 'X' && e.name === name).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  return {
    toggles,
    gpuMsPerToggle: round(total('CommandBufferService:PutChanged') / toggles),
    waitedMsPerToggle: round(total('CommandBufferProxyImpl::WaitForGetOffset') / toggles),
  };
}

/**
 * On a planner map forced onto MapLibre and idle: the first toggle (the overlays' set-up) untraced,
 * then `toggles` clicks in the 图层 tab, each waited for to the map's idle, traced.
 */
export async function measureToggleGpuShare(browser: Browser, page: Page, toggles = 8): Promise<GpuShare> {
  await page.getByRole('tab', { name: '图层' }).click();
  const boxes = page.locator('.element-row input[type="checkbox"]');
  const settled = () =>
    page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await window.__dgmap!.whenIdle();
    });
  await boxes.nth(TOGGLED_ROWS.first).click();
  await settled();
  const count = await boxes.count();
  const picks = TOGGLED_ROWS.timed.filter((i) => i < count);
  await browser.startTracing(page, { categories: ['gpu'] });
  for (let k = 0; k < toggles; k++) {
    await boxes.nth(picks[k % picks.length]).click();
    await settled();
  }
  return gpuShareOfTrace(await browser.stopTracing(), toggles);
}
