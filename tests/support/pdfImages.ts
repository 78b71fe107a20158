/**
 * The pictures inside a PDF written by jsPDF (one per page in a deck export), decoded to RGB so a
 * test can compare pages: FlateDecode streams with or without PNG predictors, 8 bits, RGB.
 */
import { inflateSync } from 'node:zlib';

export interface RgbImage {
  width: number;
  height: number;
  /** width × height × 3 bytes. */
  rgb: Uint8Array;
}

function unpredict(data: Uint8Array, width: number, colors: number): Uint8Array {
  const stride = width * colors;
  const rows = data.length / (stride + 1);
  const out = new Uint8Array(rows * stride);
  for (let y = 0; y < rows; y++) {
    const filter = data[y * (stride + 1)];
    const src = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? out.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= colors ? row[x - colors] : 0;
      const b = up[x];
      const c = x >= colors ? up[x - colors] : 0;
      let v = src[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = v & 0xff;
    }
  }
  return out;
}

/** Every RGB image of at least `minWidth` px in the PDF, in file order (= page order for jsPDF). */
export function pdfImages(pdf: Buffer, minWidth = 1000): RgbImage[] {
  const text = pdf.toString('latin1');
  const images: RgbImage[] = [];
  const header = /<<((?:(?!>>\s*stream)[\s\S])*?\/Subtype\s*\/Image[\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const dict = m[1];
    const width = Number(/\/Width\s+(\d+)/.exec(dict)?.[1]);
    const height = Number(/\/Height\s+(\d+)/.exec(dict)?.[1]);
    const colorSpaceRgb = /\/ColorSpace\s*\/DeviceRGB/.test(dict);
    if (!(width >= minWidth) || !colorSpaceRgb) continue;
    const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
    const start = m.index + m[0].length;
    let data: Uint8Array = new Uint8Array(pdf.subarray(start, start + length));
    if (/\/FlateDecode/.test(dict)) data = new Uint8Array(inflateSync(data));
    const predictor = Number(/\/Predictor\s+(\d+)/.exec(dict)?.[1] ?? 1);
    const rgb = predictor >= 10 ? unpredict(data, width, 3) : data;
    images.push({ width, height, rgb });
  }
  return images;
}

/** Mean absolute difference per channel (0–255) between two images of the same size, on a grid of samples. */
export function meanDifference(a: RgbImage, b: RgbImage, step = 4): number {
  if (a.width !== b.width || a.height !== b.height) return 255;
  let sum = 0;
  let n = 0;
  for (let y = 0; y < a.height; y += step) {
    for (let x = 0; x < a.width; x += step) {
      const i = (y * a.width + x) * 3;
      sum += Math.abs(a.rgb[i] - b.rgb[i]) + Math.abs(a.rgb[i + 1] - b.rgb[i + 1]) + Math.abs(a.rgb[i + 2] - b.rgb[i + 2]);
      n += 3;
    }
  }
  return sum / n;
}
