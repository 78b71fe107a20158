import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactElement } from 'react';
import { appGeo } from '../../tests/fixtures/appGeo';
import { GeoContext } from '../app/GeoContext';
import type { MapView } from '../map/mapView';
import { useMapViewStore } from '../map/mapViewStore';
import { emptyMapState, type MapState } from '../state/mapState';
import { composeExport } from './compose';
import type { ExportPage } from './deck';
import { formatDate } from '../lib/dates';
import { ExportDeckButtons } from './ExportDeckButtons';
import { ExportMenu } from './ExportMenu';
import { allElements } from '../layouts/queries';
import { layoutOverlaysFor } from '../map/layers/useLayoutOverlays';
import { pageSubject } from '../map/page/subjectMarks';

// jsdom has no canvas: the drawing is replaced, everything around it (capture, legend, download) is real.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
vi.mock('./compose', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./compose')>()),
  composeExport: vi.fn(async () => ({ composed: true }) as unknown as HTMLCanvasElement),
  canvasToPng: vi.fn(async () => new Blob([PNG as Uint8Array<ArrayBuffer>], { type: 'image/png' })),
  // Whether the legend gets its own page is the page layout's (real); only its drawing is replaced.
  composeLegendPage: vi.fn(async (_size: unknown, layout: { legendPage: unknown }) => (layout.legendPage ? ({ legendPage: true } as unknown as HTMLCanvasElement) : null)),
}));

// The off-screen map needs WebGL: it is replaced by a renderer that records what it was asked to draw.
const renderMap = vi.fn(async (_state: MapState, _size: { width: number; height: number }) => document.createElement('canvas'));
vi.mock('./offscreenMap', () => ({ offscreenRenderer: () => Object.assign(renderMap, { dispose: () => {} }) }));

const geo = appGeo();
const renderWithGeo = (ui: ReactElement) => render(<GeoContext.Provider value={geo}>{ui}</GeoContext.Provider>);
const showing = (ids: string[]): MapState => ({ ...emptyMapState(), overlays: ids.map((id) => ({ id, opacity: 1 })) });

interface Download {
  name: string;
  blob: Blob;
}
let downloads: Download[];

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  renderMap.mockClear();
  useMapViewStore.setState({ view: { getBounds: () => [113.8, 22.8, 114.0, 23.0] } as unknown as MapView });
  vi.mocked(composeExport).mockClear();
});

afterEach(() => {
  vi.restoreAllMocks();
  useMapViewStore.setState({ view: null });
});

const today = () => formatDate(new Date());

describe('ExportMenu', () => {
  it('saves the current view as a 1920×1080 PNG titled and named after what it shows, with the visible layers in the legend', async () => {
    renderWithGeo(<ExportMenu state={showing(['belt-west'])} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe(`西部高端高新产业带-规划图-${today()}-1920x1080.png`);
    expect(downloads[0].blob.type).toBe('image/png');
    // The map below the 96 px title bar, laid out 1920 wide.
    const [drawn, area] = renderMap.mock.calls[0];
    expect(area).toMatchObject({ width: 1920, height: 984 });
    // Drawn off screen from the state, with the camera on what the live map shows now.
    expect(drawn.overlays).toEqual([{ id: 'belt-west', opacity: 1 }]);
    expect(drawn.camera.target).toEqual({ kind: 'bounds', bounds: [113.8, 22.8, 114.0, 23.0] });
    const [, size, options] = vi.mocked(composeExport).mock.calls[0];
    expect(size).toEqual({ width: 1920, height: 1080 });
    expect(options.title).toBe('一核三带十区：西部高端高新产业带');
    expect(options.legend.flatMap((s) => s.rows.map((r) => r.key))).toEqual(['belt-west-whole']);
  });

  it('saves 3840×2160 with a given title', async () => {
    renderWithGeo(<ExportMenu state={emptyMapState()} title="东部智能制造产业带" view="镇街视图" fileSubject="长安镇" />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 3840×2160' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe(`长安镇-镇街视图-${today()}-3840x2160.png`);
    expect(renderMap.mock.calls[0][1]).toMatchObject({ width: 3840, height: 1968 });
    expect(vi.mocked(composeExport).mock.calls[0][2].title).toBe('东部智能制造产业带');
  });

  it('shows that it is busy and blocks a second export until the image is ready', async () => {
    const capture = deferred<HTMLCanvasElement>();
    renderMap.mockReturnValueOnce(capture.promise);
    renderWithGeo(<ExportMenu state={emptyMapState()} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    expect(screen.getByRole('status')).toHaveTextContent('正在导出…');
    expect(screen.getByRole('button', { name: '导出 PNG 1920×1080' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '导出 PNG 3840×2160' })).toBeDisabled();
    await act(async () => capture.resolve(document.createElement('canvas')));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: '导出 PNG 3840×2160' })).toBeEnabled();
  });

  it('says why when the capture fails, and downloads nothing', async () => {
    renderMap.mockRejectedValueOnce(new Error('WebGL 上下文丢失'));
    renderWithGeo(<ExportMenu state={emptyMapState()} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('导出失败：WebGL 上下文丢失');
    expect(downloads).toEqual([]);
    expect(screen.getByRole('button', { name: '导出 PNG 1920×1080' })).toBeEnabled();
    // The next attempt clears the message.
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('exports the state as it is when no map is on screen (its own camera)', async () => {
    useMapViewStore.setState({ view: null });
    renderWithGeo(<ExportMenu state={emptyMapState()} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(renderMap.mock.calls[0][0].camera.target).toEqual({ kind: 'city' });
  });
});

describe('ExportMenu on the planner (a framed page)', () => {
  const city = (ids: string[]): MapState => ({ ...showing(ids), camera: { target: { kind: 'city' }, padding: { top: 0, right: 0, bottom: 400, left: 0 }, seq: 1 } });
  const framed = (state: MapState) => () => ({ state, subject: pageSubject(geo, layoutOverlaysFor(geo), state) });

  it('frames the city round the image’s own legend, not the screen’s framing round the screen’s legend', async () => {
    const state = city(['belt-west']);
    renderWithGeo(<ExportMenu state={state} framedPage={framed(state)} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [drawn] = renderMap.mock.calls[0];
    // Not the live map's box (113.8–114.0): the page's own camera round the whole city.
    expect(drawn.camera.target.kind).toBe('bounds');
    const [w, s, e, n] = (drawn.camera.target as { bounds: [number, number, number, number] }).bounds;
    const [cw, cs, ce, cn] = geo.meta.cityBbox;
    expect(w <= cw && s <= cs && e >= ce && n >= cn).toBe(true);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('with every layer of every plan on, saves the legend as a second image and says so, instead of dropping it', async () => {
    const state = city(allElements().map((e) => e.id));
    renderWithGeo(<ExportMenu state={state} framedPage={framed(state)} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[0].name).toMatch(/-规划图-.*-1920x1080\.png$/);
    expect(downloads[1].name).toMatch(/-图例-规划图-.*-1920x1080\.png$/);
    expect(screen.getByRole('status')).toHaveTextContent(`图例在图上放不下，已另存为第二张图：${downloads[1].name}`);
  });
});

describe('ExportDeckButtons', () => {
  const slides = ['west', 'east', 'yinping'];
  const pages = (): ExportPage[] => slides.map((id, i) => ({ state: showing([`belt-${id}`]), title: `${i + 1}. ${id}` }));

  it("exports every slide into a zip from each slide's own state, showing which slide it is on", async () => {
    const gates = slides.map(() => deferred<HTMLCanvasElement>());
    gates.forEach((gate) => renderMap.mockReturnValueOnce(gate.promise));
    renderWithGeo(<ExportDeckButtons pages={pages} count={3} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 压缩包' }));
    expect(screen.getByRole('status')).toHaveTextContent('正在导出第 1/3 页…');
    expect(screen.getByRole('progressbar', { name: '导出进度' })).toHaveAttribute('value', '0');
    expect(screen.getByRole('button', { name: '导出 PDF' })).toBeDisabled();
    await act(async () => gates[0].resolve(document.createElement('canvas')));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('正在导出第 2/3 页…'));
    expect(screen.getByRole('progressbar', { name: '导出进度' })).toHaveAttribute('value', '1');
    await act(async () => {
      gates[1].resolve(document.createElement('canvas'));
      gates[2].resolve(document.createElement('canvas'));
    });
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(renderMap.mock.calls.map((c) => c[0].overlays[0].id)).toEqual(['belt-west', 'belt-east', 'belt-yinping']);
    expect(downloads[0].name).toBe(`汇报-${today()}-3张-图片.zip`);
    const zip = await JSZip.loadAsync(await downloads[0].blob.arrayBuffer());
    expect(Object.keys(zip.files)).toEqual(['汇报-01-1.west.png', '汇报-02-2.east.png', '汇报-03-3.yinping.png']);
    expect(vi.mocked(composeExport).mock.calls.map((c) => c[2].title)).toEqual(['1. west', '2. east', '3. yinping']);
    // The progress goes once the file is handed over (the next render after the download).
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('a running export can be cancelled: no file, no error, the buttons back', async () => {
    const gate = deferred<HTMLCanvasElement>();
    renderMap.mockReturnValueOnce(gate.promise);
    renderWithGeo(<ExportDeckButtons pages={pages} count={3} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PowerPoint' }));
    expect(screen.getByRole('status')).toHaveTextContent('正在导出第 1/3 页…');
    await userEvent.click(screen.getByRole('button', { name: '取消导出' }));
    await act(async () => gate.resolve(document.createElement('canvas')));
    await waitFor(() => expect(screen.getByRole('button', { name: '导出 PowerPoint' })).toBeEnabled());
    expect(renderMap).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('exports a PDF named by date', async () => {
    renderWithGeo(<ExportDeckButtons pages={pages} count={3} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PDF' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 });
    expect(downloads[0].name).toBe(`汇报-${today()}-3张.pdf`);
    expect(downloads[0].blob.type).toBe('application/pdf');
    const pdf = new TextDecoder('latin1').decode(await downloads[0].blob.arrayBuffer());
    expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3);
  });

  it('shows the error when a slide cannot be drawn', async () => {
    renderMap.mockResolvedValueOnce(document.createElement('canvas')).mockRejectedValueOnce(new Error('幻灯片 2 无法绘制'));
    renderWithGeo(<ExportDeckButtons pages={pages} count={3} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('导出失败：幻灯片 2 无法绘制');
    expect(downloads).toEqual([]);
    expect(screen.getByRole('button', { name: '导出 PDF' })).toBeEnabled();
  });
});
