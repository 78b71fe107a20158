import { deflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { PNG_PIXELS_FORMAT, bytesToBinaryString, framedPixels, pngPixels, registerPngPixels } from './pdfImage';

function crcTable(): number[] {
  return Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
}
const TABLE = crcTable();
const crc = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc(new Uint8Array([...head.subarray(4), ...body])), 0);
  return Buffer.concat([head, body, tail]);
}
/** A PNG of width × height, every row filtered with 'None', in IDAT chunks of at most `split` bytes. */
function png(width: number, height: number, colorType: 2 | 6, split = 1 << 20): { file: Uint8Array; zlib: Buffer } {
  const channels = colorType === 2 ? 3 : 4;
  const rows = Buffer.alloc(height * (1 + width * channels));
  for (let y = 0; y < height; y++) for (let i = 0; i < width * channels; i++) rows[y * (1 + width * channels) + 1 + i] = (y * 7 + i) & 0xff;
  const zlib = deflateSync(rows);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, colorType, 0, 0, 0], 8);
  const idat: Buffer[] = [];
  for (let i = 0; i < zlib.length; i += split) idat.push(chunk('IDAT', zlib.subarray(i, i + split)));
  const file = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...idat, chunk('IEND', new Uint8Array())]);
  return { file: new Uint8Array(file), zlib };
}

describe('a PNG into a PDF as it is', () => {
  it('reads the size and the IDAT stream of an 8-bit RGB PNG, across several IDAT chunks', () => {
    const { file, zlib } = png(40, 30, 2, 50);
    const pixels = pngPixels(file)!;
    expect(pixels.width).toBe(40);
    expect(pixels.height).toBe(30);
    expect(Buffer.from(pixels.data).equals(zlib)).toBe(true);
  });

  it('leaves a PNG with alpha (or not a PNG at all) to jsPDF', () => {
    expect(pngPixels(png(4, 4, 6).file)).toBeNull();
    expect(pngPixels(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it('puts the stream in the PDF untouched, with the PNG predictor, at the page size', () => {
    const { file, zlib } = png(64, 36, 2);
    registerPngPixels(jsPDF.API as unknown as Record<string, unknown>, bytesToBinaryString);
    const doc = new jsPDF({ orientation: 'landscape', unit: 'px', format: [64, 36], hotfixes: ['px_scaling'], compress: true });
    doc.addImage(framedPixels(pngPixels(file)!), PNG_PIXELS_FORMAT, 0, 0, 64, 36, 'page-1');
    const pdf = Buffer.from(doc.output('arraybuffer'));
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/Width 64\s*\/Height 36/);
    expect(text).toMatch(/\/ColorSpace \/DeviceRGB/);
    expect(text).toContain('/DecodeParms <</Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns 64>>');
    expect(text).toMatch(/\/Filter \/FlateDecode/);
    expect(pdf.includes(zlib)).toBe(true);
  });
});
