import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapView } from '../map/mapView';
import { useMapViewStore } from '../map/mapViewStore';
import { useLayerStore } from '../state/layerStore';
import { composeExport } from './compose';
import { formatDate } from '../lib/dates';
import { ExportDeckButtons } from './ExportDeckButtons';
import { ExportMenu } from './ExportMenu';

// jsdom has no canvas: the drawing is replaced, everything around it (capture, legend, download) is real.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
vi.mock('./compose', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./compose')>()),
  composeExport: vi.fn(async () => ({ composed: true }) as unknown as HTMLCanvasElement),
  canvasToPng: vi.fn(async () => new Blob([PNG as Uint8Array<ArrayBuffer>], { type: 'image/png' })),
}));

interface Download {
  name: string;
  blob: Blob;
}
let downloads: Download[];
let captureImage: ReturnType<typeof vi.fn>;

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
  captureImage = vi.fn(async () => document.createElement('canvas'));
  useMapViewStore.setState({ view: { captureImage } as unknown as MapView });
  vi.mocked(composeExport).mockClear();
});

afterEach(() => {
  vi.restoreAllMocks();
  useMapViewStore.setState({ view: null });
  useLayerStore.setState({ visible: [] });
});

const today = () => formatDate(new Date());

describe('ExportMenu', () => {
  it('saves the current view as a 1920×1080 PNG with the title and the visible layers in the legend', async () => {
    useLayerStore.setState({ visible: ['belt-west'] });
    render(<ExportMenu />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe(`dgmap-${today()}-1920x1080.png`);
    expect(downloads[0].blob.type).toBe('image/png');
    // The map below the 96 px title bar, laid out 1920 wide.
    expect(captureImage).toHaveBeenCalledWith({ width: 1920, height: 984 });
    const [, size, options] = vi.mocked(composeExport).mock.calls[0];
    expect(size).toEqual({ width: 1920, height: 1080 });
    expect(options.title).toBe('东莞规划布局图');
    expect(options.legend.flatMap((s) => s.rows.map((r) => r.key))).toEqual(['belt-west-whole']);
  });

  it('saves 3840×2160 with a given title', async () => {
    render(<ExportMenu title="东部智能制造产业带" />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 3840×2160' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe(`dgmap-${today()}-3840x2160.png`);
    expect(captureImage).toHaveBeenCalledWith({ width: 3840, height: 1968 });
    expect(vi.mocked(composeExport).mock.calls[0][2].title).toBe('东部智能制造产业带');
  });

  it('shows that it is busy and blocks a second export until the image is ready', async () => {
    const capture = deferred<HTMLCanvasElement>();
    captureImage.mockReturnValueOnce(capture.promise);
    render(<ExportMenu />);
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
    captureImage.mockRejectedValueOnce(new Error('WebGL 上下文丢失'));
    render(<ExportMenu />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('导出失败：WebGL 上下文丢失');
    expect(downloads).toEqual([]);
    expect(screen.getByRole('button', { name: '导出 PNG 1920×1080' })).toBeEnabled();
    // The next attempt clears the message.
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the map is not there yet', async () => {
    useMapViewStore.setState({ view: null });
    render(<ExportMenu />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 1920×1080' }));
    expect(screen.getByRole('alert')).toHaveTextContent('地图尚未加载');
  });
});

describe('ExportDeckButtons', () => {
  const slides = ['west', 'east', 'yinping'];

  it('exports every slide into a zip, showing which slide it is on', async () => {
    const gates = slides.map(() => deferred());
    const applied: string[] = [];
    const applySlide = vi.fn(async (slide: string) => {
      await gates[slides.indexOf(slide)].promise;
      applied.push(slide);
    });
    const onFinished = vi.fn();
    render(<ExportDeckButtons slides={slides} applySlide={applySlide} describe={(s, i) => ({ title: `${i + 1}. ${s}` })} onFinished={onFinished} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG 压缩包' }));
    expect(screen.getByRole('status')).toHaveTextContent('正在导出第 1/3 页…');
    expect(screen.getByRole('progressbar', { name: '导出进度' })).toHaveAttribute('value', '0');
    expect(screen.getByRole('button', { name: '导出 PDF' })).toBeDisabled();
    await act(async () => gates[0].resolve());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('正在导出第 2/3 页…'));
    expect(screen.getByRole('progressbar', { name: '导出进度' })).toHaveAttribute('value', '1');
    expect(captureImage).toHaveBeenCalledTimes(1);
    await act(async () => {
      gates[1].resolve();
      gates[2].resolve();
    });
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(applied).toEqual(slides);
    expect(downloads[0].name).toBe(`dgmap-${today()}-slides.zip`);
    const zip = await JSZip.loadAsync(await downloads[0].blob.arrayBuffer());
    expect(Object.keys(zip.files)).toEqual(['slide-01.png', 'slide-02.png', 'slide-03.png']);
    expect(vi.mocked(composeExport).mock.calls.map((c) => c[2].title)).toEqual(['1. west', '2. east', '3. yinping']);
    expect(screen.queryByRole('status')).toBeNull();
    expect(onFinished).toHaveBeenCalledTimes(1);
  });

  it('exports a PDF named by date', async () => {
    render(<ExportDeckButtons slides={slides} applySlide={async () => {}} describe={(s) => ({ title: s })} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PDF' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 });
    expect(downloads[0].name).toBe(`dgmap-${today()}-deck.pdf`);
    expect(downloads[0].blob.type).toBe('application/pdf');
    const pdf = new TextDecoder('latin1').decode(await downloads[0].blob.arrayBuffer());
    expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3);
  });

  it('shows the error when a slide cannot be shown, and still hands control back', async () => {
    const onFinished = vi.fn();
    const applySlide = vi.fn(async (slide: string) => {
      if (slide === 'east') throw new Error('幻灯片 2 无法显示');
    });
    render(<ExportDeckButtons slides={slides} applySlide={applySlide} describe={(s) => ({ title: s })} onFinished={onFinished} />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('导出失败：幻灯片 2 无法显示');
    expect(downloads).toEqual([]);
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: '导出 PDF' })).toBeEnabled();
  });
});
