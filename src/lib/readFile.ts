/**
 * Turns the bytes of an uploaded file into text: UTF-8 (with or without BOM), UTF-16 with BOM,
 * and otherwise GB18030 (a superset of GBK, which Excel uses for "CSV" on Chinese Windows).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

/** Reads a File (from an <input type="file">) as text with decodeText. */
export async function readFileText(file: Blob): Promise<string> {
  const buffer = typeof file.arrayBuffer === 'function' ? await file.arrayBuffer() : await new Response(file).arrayBuffer();
  return decodeText(new Uint8Array(buffer));
}
