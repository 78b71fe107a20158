import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeText, readFileDecoded } from './readFile';

const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => parseInt(b, 16)));
/** 长安镇简介 in GBK (as Notepad on Chinese Windows saves it). */
const GBK_TITLE = hex('b3a4b0b2d5f2bcf2bde9');

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a BOM, and says so', () => {
    const utf8 = new TextEncoder().encode('长安镇简介');
    expect(decodeBytes(utf8)).toEqual({ ok: true, text: '长安镇简介', encoding: 'UTF-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text: '长安镇简介', encoding: 'UTF-8' });
  });

  it('reads GBK text as GB18030 instead of garbling it', () => {
    expect(decodeBytes(GBK_TITLE)).toEqual({ ok: true, text: '长安镇简介', encoding: 'GB18030' });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x7f, 0x95]); // 长 = U+957F
    expect(decodeBytes(le)).toEqual({ ok: true, text: '长', encoding: 'UTF-16LE' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, with a message naming both', () => {
    const result = decodeBytes(new Uint8Array([0x41, 0xff, 0x41]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/UTF-8.*GBK/);
  });

  it('decodeText stays lenient for the quota import', () => {
    expect(decodeText(GBK_TITLE)).toBe('长安镇简介');
    expect(decodeText(new Uint8Array([0x41, 0xff, 0x41]))).toBe('A\uFFFDA');
  });

  it('reads a File', async () => {
    expect(await readFileDecoded(new File([GBK_TITLE], 'deck.json'))).toMatchObject({ ok: true, text: '长安镇简介' });
  });
});
