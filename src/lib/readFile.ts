/**
 * Turns the bytes of an uploaded file into text: UTF-8 (with or without BOM), UTF-16 with BOM,
 * and otherwise GB18030 (a superset of GBK, which Excel and Notepad use on Chinese Windows).
 * Shared by every file import (quota CSV, deck JSON).
 */
import { libWords } from './libWords';

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string };

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes and says which encoding was used; bytes that are neither valid UTF-8 nor valid GB18030
 * are refused (never turned into garbled text).
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  const gb = decodeStrict('gb18030', bytes);
  if (gb !== null) return { ok: true, text: gb, encoding: 'GB18030' };
  return { ok: false, error: libWords().unknownEncoding() };
}

/** Lenient decoding (as the quota CSV import has always done): falls back to UTF-8 with replacement characters. */
export function decodeText(bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}

async function fileBytes(file: Blob): Promise<Uint8Array> {
  const buffer = typeof file.arrayBuffer === 'function' ? await file.arrayBuffer() : await new Response(file).arrayBuffer();
  return new Uint8Array(buffer);
}

/** Reads a File (from an <input type="file">) as text with decodeText. */
export async function readFileText(file: Blob): Promise<string> {
  return decodeText(await fileBytes(file));
}

/** Reads a File as text with decodeBytes: the encoding used, or why it could not be read. */
export async function readFileDecoded(file: Blob): Promise<DecodeResult> {
  return decodeBytes(await fileBytes(file));
}
