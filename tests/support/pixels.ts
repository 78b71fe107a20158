/** Reading pixels in Node: PNG files (screenshots, exported slides) and the images inside a jsPDF PDF. */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** Bytes per pixel (3 = RGB, 4 = RGBA). */
  channels: number;
  data: Uint8Array;
}

/** Undoes the PNG row filters (also used by PDF's /Predictor 15). */
function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const type = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[row - stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp] : 0;
      let p = raw[src + x];
      if (type === 1) p += a;
      else if (type === 2) p += b;
      else if (type === 3) p += (a + b) >> 1;
      else if (type === 4) {
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        p += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[row + x] = p & 0xff;
    }
  }
  return out;
}

/** Decodes an 8-bit RGB or RGBA PNG (what Chromium's screenshots and canvas.toBlob write). */
export function decodePng(bytes: Uint8Array): Pixels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = Buffer.from(bytes.subarray(offset + 4, offset + 8)).toString('latin1');
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const colorType = body[9];
      if (body[8] !== 8 || (colorType !== 2 && colorType !== 6)) throw new Error(`unsupported PNG (depth ${body[8]}, colour type ${colorType})`);
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, channels, data: unfilter(raw, width, height, channels) };
}

/** The RGB images of a PDF in the order they were written (jsPDF: the order they were added). */
export function pdfImages(pdf: Buffer): Pixels[] {
  const text = pdf.toString('latin1');
  const images: Pixels[] = [];
  for (const m of text.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const dict = m[1];
    if (!/\/Subtype\s*\/Image/.test(dict) || !/\/DeviceRGB/.test(dict)) continue;
    const width = Number(/\/Width\s+(\d+)/.exec(dict)![1]);
    const height = Number(/\/Height\s+(\d+)/.exec(dict)![1]);
    const length = Number(/\/Length\s+(\d+)/.exec(dict)![1]);
    const start = m.index! + m[0].length;
    let data: Uint8Array = new Uint8Array(inflateSync(pdf.subarray(start, start + length)));
    if (/\/Predictor\s+1[0-5]/.test(dict)) data = unfilter(data, width, height, 3);
    images.push({ width, height, channels: 3, data });
  }
  return images;
}

/** Mean absolute difference of the RGB channels on a grid of sample points (0–255). */
export function meanDifference(a: Pixels, b: Pixels, step = 6): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let sum = 0;
  let n = 0;
  for (let y = 0; y < a.height; y += step) {
    for (let x = 0; x < a.width; x += step) {
      const ia = (y * a.width + x) * a.channels;
      const ib = (y * b.width + x) * b.channels;
      for (let c = 0; c < 3; c++) sum += Math.abs(a.data[ia + c] - b.data[ib + c]);
      n += 3;
    }
  }
  return sum / n;
}

/** The RGB colour at (x, y). */
export function pixelAt(p: Pixels, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * p.width + Math.round(x)) * p.channels;
  return [p.data[i], p.data[i + 1], p.data[i + 2]];
}

export const hexRgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
export const colorDistance = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
