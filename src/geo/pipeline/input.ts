import type { Finding } from './findings';
import { pipelineMessages as msg } from '../../i18n/catalogue/geo';
import type { Language } from '../../i18n/language';
import { t } from '../../i18n/messages';

/** Files larger than this are refused before any work: simplify them first (e.g. mapshaper -simplify). */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export function tooLargeMessage(fileName: string, bytes: number, language?: Language): string {
  return t(msg.tooLarge, { file: fileName, size: (bytes / 1024 / 1024).toFixed(0), max: MAX_INPUT_BYTES / 1024 / 1024 }, language);
}

/**
 * Reads a GeoJSON text: a UTF-8 byte-order mark is removed (and said so), a syntax error names
 * the file and the place.
 */
export function parseGeoJsonText(text: string, fileName: string, language?: Language): { value: unknown; notes: Finding[] } | { error: Finding } {
  const notes: Finding[] = [];
  let body = text;
  if (body.charCodeAt(0) === 0xfeff) {
    body = body.slice(1);
    notes.push({ severity: 'info', code: 'bom', message: t(msg.bom, { file: fileName }, language) });
  }
  try {
    return { value: JSON.parse(body), notes };
  } catch (error) {
    return {
      error: {
        severity: 'error',
        code: 'not-json',
        message: t(msg.notJson, { file: fileName, error: (error as Error).message }, language),
      },
    };
  }
}
