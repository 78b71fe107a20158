import type { Finding } from './findings';

/** Files larger than this are refused before any work: simplify them first (e.g. mapshaper -simplify). */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export function tooLargeMessage(fileName: string, bytes: number): string {
  return `${fileName} 有 ${(bytes / 1024 / 1024).toFixed(0)} MB，超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB 的上限，未做任何处理。请先简化边界（例如 mapshaper -simplify 10%）或只保留东莞的 35 个镇街后再导入。`;
}

/**
 * Reads a GeoJSON text: a UTF-8 byte-order mark is removed (and said so), a syntax error names
 * the file and the place.
 */
export function parseGeoJsonText(text: string, fileName: string): { value: unknown; notes: Finding[] } | { error: Finding } {
  const notes: Finding[] = [];
  let body = text;
  if (body.charCodeAt(0) === 0xfeff) {
    body = body.slice(1);
    notes.push({ severity: 'info', code: 'bom', message: `${fileName} 开头有 UTF-8 BOM（字节顺序标记），已去掉` });
  }
  try {
    return { value: JSON.parse(body), notes };
  } catch (error) {
    return {
      error: {
        severity: 'error',
        code: 'not-json',
        message: `${fileName} 不是有效的 JSON：${(error as Error).message}。请确认导出的是 GeoJSON 文本文件，且没有被截断。`,
      },
    };
  }
}
