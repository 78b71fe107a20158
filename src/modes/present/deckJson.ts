/**
 * The deck as a JSON file (export, import, and the copy kept in the browser). Reading it never
 * throws: it says what is wrong, naming the slide (1-based, as the user counts) and the field.
 */
import '../../lib/zodSetup'; // before any schema is built
import * as z from 'zod';
import { errorMessage } from '../../lib/errorText';
import { DECK_FORMAT, DECK_VERSION, deckFileSchema, withUniqueIds, type Slide } from './slide';

/**
 * A deck file larger than this is refused by its size, before it is read (a real deck of 99 slides
 * with long notes is well under 1 MB).
 */
export const MAX_DECK_FILE_BYTES = 10 * 1024 * 1024;

export function deckFileSizeProblem(size: number): string | null {
  return size > MAX_DECK_FILE_BYTES
    ? `文件有 ${(size / 1024 / 1024).toFixed(0)} MB，超过幻灯片文件的上限 ${MAX_DECK_FILE_BYTES / 1024 / 1024} MB，未读取`
    : null;
}

export type DeckParseResult = { ok: true; slides: Slide[] } | { ok: false; error: string };

export function deckToJson(slides: readonly Slide[], now: Date = new Date()): string {
  const file = { format: DECK_FORMAT, schemaVersion: DECK_VERSION, exportedAt: now.toISOString(), slides };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const zhErrors = z.locales.zhCN().localeError;

export function parseDeckJson(text: string): DeckParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `不是有效的 JSON（${errorMessage(e)}）` };
  }
  return parseDeckValue(json);
}

export function parseDeckValue(json: unknown): DeckParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: '内容不是一个对象，不是汇报幻灯片文件' };
  }
  const record = json as Record<string, unknown>;
  if (record.format !== DECK_FORMAT) {
    return {
      ok: false,
      error:
        record.format === undefined
          ? `缺少 format 字段（应为 “${DECK_FORMAT}”），这不是汇报幻灯片文件`
          : `format 为 ${JSON.stringify(record.format)}，不是汇报幻灯片文件（应为 “${DECK_FORMAT}”）`,
    };
  }
  if (record.schemaVersion !== DECK_VERSION) {
    return {
      ok: false,
      error:
        record.schemaVersion === undefined
          ? '缺少版本号 schemaVersion'
          : `版本 ${JSON.stringify(record.schemaVersion)} 未知（本程序读取版本 ${DECK_VERSION}）`,
    };
  }
  const parsed = deckFileSchema.safeParse(json, { error: zhErrors });
  if (!parsed.success) return { ok: false, error: describeDeckError(parsed.error) };
  return { ok: true, slides: withUniqueIds(parsed.data.slides) };
}

/** '第 3 张幻灯片 › layers › 0：图层“x”不存在；…' — at most three problems, then a count. */
function describeDeckError(error: z.ZodError, maxIssues = 3): string {
  const lines = error.issues.slice(0, maxIssues).map((issue) => {
    const path = [...issue.path];
    let where = '';
    if (path[0] === 'slides' && typeof path[1] === 'number') {
      where = `第 ${path[1] + 1} 张幻灯片`;
      path.splice(0, 2);
    }
    const rest = path.map(String).join(' › ');
    const place = [where, rest].filter(Boolean).join(' › ');
    return place ? `${place}：${issue.message}` : issue.message;
  });
  const more = error.issues.length > maxIssues ? `（另有 ${error.issues.length - maxIssues} 处问题）` : '';
  return lines.join('；') + more;
}
