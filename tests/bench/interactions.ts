/**
 * Interaction times at 1440×900, measured inside the page from the input event's own timestamp
 * (so a frozen main thread counts) to the frame painted after the result shows, or to the map's
 * next 'idle' when the result is on the map. Camera flights (search, slides) are reported beyond
 * the flight: from the later of the input and the camera's last move to the map's idle.
 */
import type { Page } from 'playwright-core';
import { median, series, type Series } from './stats';

type Until =
  | { kind: 'panel'; town: string }
  | { kind: 'changed'; selector: string; before: string }
  | { kind: 'idle' }
  | { kind: 'flight' }
  | { kind: 'selector'; selector: string };

interface Timing {
  inputAt: number;
  doneAt: number;
  lastCameraMoveAt: number | null;
  longestTaskMs: number;
  /** Map frames drawn from the input to the result (null: the renderer does not count them). */
  frames: number | null;
}

interface BenchTimer {
  arm(until: Until, timeoutMs: number): void;
  result: Promise<Timing> | null;
}

declare global {
  interface Window {
    __benchTimer?: BenchTimer;
  }
}

/** Installed in the page: arms a wait before an input, resolves with when it was painted. */
function installTimer() {
  if (window.__benchTimer) return;
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  let inputAt: number | null = null;
  let onInput: (() => void) | null = null;
  for (const type of ['click', 'keydown', 'input', 'change']) {
    addEventListener(
      type,
      (e) => {
        if (inputAt === null && onInput) {
          inputAt = e.timeStamp;
          onInput();
        }
      },
      true,
    );
  }
  const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
  window.__benchTimer = {
    result: null,
    arm(until, timeoutMs) {
      inputAt = null;
      let longestTaskMs = 0;
      let framesAtInput: number | null = null;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
      });
      observer.observe({ type: 'longtask' });
      this.result = new Promise<Timing>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`no result within ${timeoutMs} ms for ${JSON.stringify(until)}`)), timeoutMs);
        onInput = async () => {
          onInput = null;
          framesAtInput = window.__dgmap?.framesDrawn?.() ?? null;
          let lastCameraMoveAt: number | null = null;
          let doneAt: number;
          if (until.kind === 'idle' || until.kind === 'flight') {
            let watching = until.kind === 'flight';
            if (watching) {
              const probe: [number, number] = [113.75, 22.95];
              let last = '';
              void (async () => {
                while (watching) {
                  const now = await frame();
                  const at = window.__dgmap?.pagePoint(probe).map((v) => v.toFixed(1)).join(',') ?? '';
                  if (last && at !== last) lastCameraMoveAt = now;
                  last = at;
                }
              })();
            }
            await task(); // let the UI hand the change to the map
            await window.__dgmap!.whenIdle();
            doneAt = performance.now();
            watching = false;
          } else {
            const holds = () =>
              until.kind === 'panel'
                ? text('[aria-label="镇街详情"] h2') === until.town
                : until.kind === 'changed'
                  ? text(until.selector) !== until.before
                  : document.querySelector(until.selector) !== null;
            while (!holds()) await frame();
            doneAt = await frame(); // the frame with the result has been painted
          }
          clearTimeout(timeout);
          observer.disconnect();
          const framesNow = window.__dgmap?.framesDrawn?.() ?? null;
          resolve({ inputAt: inputAt!, doneAt, lastCameraMoveAt, longestTaskMs, frames: framesAtInput === null || framesNow === null ? null : framesNow - framesAtInput });
        };
      });
    },
  };
}

async function timed(page: Page, until: Until, act: () => Promise<void>, timeoutMs = 30_000): Promise<Timing> {
  await page.evaluate(installTimer);
  await page.evaluate(([u, t]) => window.__benchTimer!.arm(u, t), [until, timeoutMs] as const);
  await act();
  return page.evaluate(() => window.__benchTimer!.result!);
}

const took = (t: Timing) => t.doneAt - t.inputAt;
const beyondFlight = (t: Timing) => t.doneAt - Math.max(t.inputAt, t.lastCameraMoveAt ?? 0);

async function clickTown(page: Page, lonLat: [number, number]) {
  const [x, y] = await page.evaluate((p) => window.__dgmap!.pagePoint(p), lonLat);
  await page.mouse.move(x, y);
  await page.mouse.click(x, y);
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

export interface ToggleFigures {
  firstLayerToggle: number;
  /** Every toggle after the first, switching on and off. */
  layerToggle: Series;
  layerToggleOn: Series;
  layerToggleOff: Series;
  /**
   * The same toggles from the later of the click and the camera's last move to the map's idle: on the
   * planner's city camera a toggle re-frames the camera round the shown layers (usePlannerFraming), a
   * 900 ms flight on MapLibre that the figures above include.
   */
  layerToggleBeyondFlight: Series;
  /** Toggles that moved the camera (the planner's re-framing). */
  togglesWithFlight: number;
  /** Median map frames drawn per toggle (null: the renderer does not count frames). */
  framesPerToggle: number | null;
}

/**
 * The rows of the 图层 tab the toggle figures switch (by position): the first toggle, which may set
 * up the overlays, then the ones timed (tests/bench/gpuShare.ts and toggleProfile.ts toggle the same).
 */
export const TOGGLED_ROWS = { first: 0, timed: [3, 7, 12, 1, 5, 9] } as const;

/**
 * Layer toggles in the 图层 tab: the first one (it may set up the overlays), then six layers
 * switched on and all seven off again, each from the click to the map's next idle.
 */
async function measureToggles(page: Page, keep: (t: Timing) => Timing): Promise<ToggleFigures> {
  await openTab(page, '图层');
  const boxes = page.locator('.element-row input[type="checkbox"]');
  const count = await boxes.count();
  const picks = [TOGGLED_ROWS.first, ...TOGGLED_ROWS.timed].filter((i) => i < count);
  const first = took(keep(await timed(page, { kind: 'idle' }, () => boxes.nth(picks[0]).click())));
  const on: number[] = [];
  const off: number[] = [];
  const beyond: number[] = [];
  const frames: number[] = [];
  let withFlight = 0;
  for (const i of [...picks.slice(1), ...picks]) {
    const switchingOn = !(await boxes.nth(i).isChecked());
    // 'flight' waits for the map's idle as 'idle' does, and notes when the camera last moved.
    const t = keep(await timed(page, { kind: 'flight' }, () => boxes.nth(i).click()));
    (switchingOn ? on : off).push(took(t));
    beyond.push(beyondFlight(t));
    if (t.lastCameraMoveAt !== null) withFlight++;
    if (t.frames !== null) frames.push(t.frames);
  }
  return {
    firstLayerToggle: Math.round(first),
    layerToggle: series([...on, ...off]),
    layerToggleOn: series(on),
    layerToggleOff: series(off),
    layerToggleBeyondFlight: series(beyond),
    togglesWithFlight: withFlight,
    framesPerToggle: frames.length ? median(frames) : null,
  };
}

export interface InteractionFigures extends ToggleFigures {
  clickTownToPanel: Series;
  nearbyRadius: Series;
  searchToPanel: Series;
  searchFramedBeyondFlight: Series;
  quotaSwitch: Series;
  slideBeyondFlight: Series;
  slideTotal: Series;
  longestTaskMs: number;
}

/** Runs every interaction on a page already showing the planner map (idle). */
export async function measureInteractions(page: Page, labelPoints: Map<string, [number, number]>): Promise<InteractionFigures> {
  let longestTaskMs = 0;
  const keep = (t: Timing) => {
    longestTaskMs = Math.max(longestTaskMs, t.longestTaskMs);
    return t;
  };

  // Click a town → the town panel shows it.
  const clickTowns = ['长安镇', '松山湖管委会', '虎门镇', '石龙镇', '塘厦镇', '麻涌镇', '凤岗镇'];
  const clicks: number[] = [];
  for (const town of clickTowns) {
    clicks.push(took(keep(await timed(page, { kind: 'panel', town }, () => clickTown(page, labelPoints.get(town)!)))));
  }

  // 周边 N 公里: alternate 5 → 15 → 5 … and wait for the list to change.
  const radius = page.getByLabel('距离（公里）');
  const list = '[aria-label="距离范围内的镇街"]';
  const radii: number[] = [];
  for (const km of ['15', '5', '10', '20', '5', '15']) {
    const before = await page.locator(list).textContent();
    radii.push(took(keep(await timed(page, { kind: 'changed', selector: list, before: before ?? '' }, () => radius.fill(km)))));
  }

  // Search → the town in the panel, and framed on the map.
  const search = page.getByRole('combobox', { name: '搜索镇街' });
  const searchPanel: number[] = [];
  const searchFramed: number[] = [];
  for (const [query, town] of [
    ['长安', '长安镇'],
    ['清溪', '清溪镇'],
    ['东城', '东城街道'],
    ['谢岗', '谢岗镇'],
    ['中堂', '中堂镇'],
  ] as const) {
    await search.fill(query);
    const panel = keep(await timed(page, { kind: 'panel', town }, () => search.press('Enter')));
    searchPanel.push(took(panel));
  }
  await page.evaluate(() => window.__dgmap!.whenIdle());
  // The framing: the camera flight is watched from the Enter key to the map's idle.
  for (const [query] of [['松山湖'], ['虎门'], ['樟木头'], ['石排'], ['黄江']] as const) {
    await search.fill(query);
    searchFramed.push(beyondFlight(keep(await timed(page, { kind: 'flight' }, () => search.press('Enter')))));
  }

  // Layer toggles: the first one sets up the overlays.
  const toggles = await measureToggles(page, keep);

  // Quota metric and year → the choropleth painted.
  await openTab(page, '指标');
  await page.evaluate(() => window.__dgmap!.whenIdle());
  const selects = page.locator('[aria-label="指标地图"] select');
  const quota: number[] = [];
  for (const [index, value] of [
    [2, '2026'],
    [2, '2027'],
    [1, 'actual'],
    [1, 'quota'],
    [2, '2025'],
    [0, 'landing'],
    [0, 'discovery'],
  ] as const) {
    const select = selects.nth(index);
    if ((await select.locator(`option[value="${value}"]`).count()) === 0) continue;
    quota.push(took(keep(await timed(page, { kind: 'idle' }, () => select.selectOption(value).then(() => undefined)))));
  }

  // Presenter mode: next slide → the new slide's layers painted, beyond the camera flight.
  const plannerProbe = await page.evaluateHandle(() => window.__dgmap);
  await page.evaluate(() => (window.location.hash = '#/present/1'));
  await page.waitForFunction((old) => window.__dgmap !== old && window.__dgmap?.idle === true && document.querySelector('[data-testid="presenter"]') !== null, plannerProbe, {
    timeout: 30_000,
  });
  await page.evaluate(() => window.__dgmap!.whenIdle());
  const slideBeyond: number[] = [];
  const slideTotal: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = keep(await timed(page, { kind: 'flight' }, () => page.keyboard.press('ArrowRight')));
    slideBeyond.push(beyondFlight(t));
    slideTotal.push(took(t));
  }

  return {
    clickTownToPanel: series(clicks),
    nearbyRadius: series(radii),
    searchToPanel: series(searchPanel),
    searchFramedBeyondFlight: series(searchFramed),
    ...toggles,
    quotaSwitch: series(quota),
    slideBeyondFlight: series(slideBeyond),
    slideTotal: series(slideTotal),
    longestTaskMs: Math.round(longestTaskMs),
  };
}

export interface RendererFigures extends ToggleFigures {
  /** Next slide, from the key to the map's idle (flight included: the Canvas2D renderer does not fly). */
  slideTotal: Series;
  slideBeyondFlight: Series;
  longestTaskMs: number;
}

/** Layer toggles and slide changes only: what the choice of renderer changes (BENCH_ONLY=renderers). */
export async function measureRendererCosts(page: Page): Promise<RendererFigures> {
  let longestTaskMs = 0;
  const keep = (t: Timing) => {
    longestTaskMs = Math.max(longestTaskMs, t.longestTaskMs);
    return t;
  };
  const toggles = await measureToggles(page, keep);

  const plannerProbe = await page.evaluateHandle(() => window.__dgmap);
  await page.evaluate(() => (window.location.hash = '#/present/1'));
  await page.waitForFunction((old) => window.__dgmap !== old && window.__dgmap?.idle === true && document.querySelector('[data-testid="presenter"]') !== null, plannerProbe, {
    timeout: 30_000,
  });
  await page.evaluate(() => window.__dgmap!.whenIdle());
  const slideBeyond: number[] = [];
  const slideTotal: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = keep(await timed(page, { kind: 'flight' }, () => page.keyboard.press('ArrowRight')));
    slideBeyond.push(beyondFlight(t));
    slideTotal.push(took(t));
  }
  return { ...toggles, slideTotal: series(slideTotal), slideBeyondFlight: series(slideBeyond), longestTaskMs: Math.round(longestTaskMs) };
}
