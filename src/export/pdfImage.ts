/**
 * A PNG's pixels into a PDF as they are. The browser encodes each page once (canvas.toBlob, native
 * and off the main thread); an opaque 8-bit RGB PNG's IDAT data is a zlib stream with PNG row
 * filters, which is exactly what a PDF image XObject reads with /FlateDecode and /Predictor 15. So
 * the page goes into the PDF without being decoded and deflated again in JavaScript (what jsPDF's
 * own PNG support does: about 1.4 s a 1920×1080 page here, most of an export's time).
 */

export interface PngPixels {
  width: number;
  height: number;
  /** The concatenated IDAT chunks: a zlib stream of filtered RGB rows. */
  data: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The IDAT stream of a PNG a PDF can take as it is (8-bit RGB, not interlaced); null for any other
 * PNG (alpha, palette, 16-bit, interlaced), which then goes through jsPDF's decoder.
 */
export function pngPixels(png: Uint8Array): PngPixels | null {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let at = 8; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(png[at + 4], png[at + 5], png[at + 6], png[at + 7]);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colorType, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || colorType !== 2 || interlace !== 0) return null;
    } else if (type === 'IDAT') {
      parts.push(body);
      total += body.length;
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  if (!width || !height || parts.length === 0) return null;
  const data = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return { width, height, data };
}

/** The name jsPDF's addImage takes for it (see registerPngPixels). */
export const PNG_PIXELS_FORMAT = 'DGPNGRGB';

/** jsPDF's image processor for pre-filtered RGB pixels; each image names its size in the bytes that precede the stream. */
interface JsPdfApi {
  [key: string]: unknown;
}

/** 8 bytes before the zlib stream: width and height (big-endian), as the processor reads them back. */
export function framedPixels({ width, height, data }: PngPixels): Uint8Array {
  const out = new Uint8Array(8 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  out.set(data, 8);
  return out;
}

/**
 * Teaches jsPDF the format PNG_PIXELS_FORMAT: addImage(framedPixels(p), PNG_PIXELS_FORMAT, …) puts
 * the stream in the file with /FlateDecode and the PNG predictor, untouched. (jsPDF looks a
 * processor up as API['process' + FORMAT]; the bytes start with the width, which matches no image
 * signature, so jsPDF keeps the format it was given.)
 */
export function registerPngPixels(api: JsPdfApi, binaryString: (bytes: Uint8Array) => string): void {
  const name = `process${PNG_PIXELS_FORMAT}`;
  if (api[name]) return;
  api[name] = function (bytes: Uint8Array, index: number, alias: string) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = view.getUint32(0);
    const height = view.getUint32(4);
    return {
      alias,
      index,
      data: binaryString(bytes.subarray(8)),
      width,
      height,
      colorSpace: 'DeviceRGB',
      bitsPerComponent: 8,
      filter: 'FlateDecode',
      decodeParameters: `/Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns ${width}`,
    };
  };
}

/** Bytes as a binary string (one char per byte), as jsPDF writes streams; in chunks, so a long image does not overflow the call stack. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const size = 0x8000;
  for (let i = 0; i < bytes.length; i += size) chunks.push(String.fromCharCode(...bytes.subarray(i, i + size)));
  return chunks.join('');
}
