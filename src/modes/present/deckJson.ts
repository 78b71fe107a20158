/**
 * The deck as a JSON file (export, import, and the copy kept in the browser). Reading it never
 * throws: it says what is wrong, naming the slide (1-based, as the user counts) and the field.
 */
import '../../lib/zodSetup'; // before any schema is built
import * as z from 'zod';
import { errorMessage } from '../../lib/errorText';
import { deckFileMessages as m } from '../../i18n/catalogue/present';
import { currentLanguage } from '../../i18n/language';
import { t } from '../../i18n/messages';
import { DECK_FORMAT, DECK_VERSION, deckFileSchema, withUniqueIds, type Slide } from './slide';

/**
 * A deck file larger than this is refused by its size, before it is read (a real deck of 99 slides
 * with long notes is well under 1 MB).
 */
export const MAX_DECK_FILE_BYTES = 10 * 1024 * 1024;

export function deckFileSizeProblem(size: number): string | null {
  return size > MAX_DECK_FILE_BYTES
    ? t(m.tooLarge, { size: (size / 1024 / 1024).toFixed(0), max: MAX_DECK_FILE_BYTES / 1024 / 1024 })
    : null;
}

export type DeckParseResult = { ok: true; slides: Slide[] } | { ok: false; error: string };

export function deckToJson(slides: readonly Slide[], now: Date = new Date()): string {
  const file = { format: DECK_FORMAT, schemaVersion: DECK_VERSION, exportedAt: now.toISOString(), slides };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const zodErrors = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

export function parseDeckJson(text: string): DeckParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: t(m.notJson, { error: errorMessage(e) }) };
  }
  return parseDeckValue(json);
}

export function parseDeckValue(json: unknown): DeckParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: t(m.notObject) };
  }
  const record = json as Record<string, unknown>;
  if (record.format !== DECK_FORMAT) {
    return {
      ok: false,
      error:
        record.format === undefined
          ? t(m.noFormat, { format: DECK_FORMAT })
          : t(m.wrongFormat, { value: JSON.stringify(record.format), format: DECK_FORMAT }),
    };
  }
  if (record.schemaVersion !== DECK_VERSION) {
    return {
      ok: false,
      error:
        record.schemaVersion === undefined
          ? t(m.noVersion)
          : t(m.unknownVersion, { value: JSON.stringify(record.schemaVersion), version: DECK_VERSION }),
    };
  }
  const parsed = deckFileSchema.safeParse(json, { error: zodErrors[currentLanguage()] });
  if (!parsed.success) return { ok: false, error: describeDeckError(parsed.error) };
  return { ok: true, slides: withUniqueIds(parsed.data.slides) };
}

/** '第 3 张幻灯片 › layers › 0：图层“x”不存在；…' — at most three problems, then a count. */
function describeDeckError(error: z.ZodError, maxIssues = 3): string {
  const lines = error.issues.slice(0, maxIssues).map((issue) => {
    const path = [...issue.path];
    let where = '';
    if (path[0] === 'slides' && typeof path[1] === 'number') {
      where = t(m.slideN, { n: path[1] + 1 });
      path.splice(0, 2);
    }
    const rest = path.map(String).join(' › ');
    const place = [where, rest].filter(Boolean).join(' › ');
    return place ? t(m.issue, { place, message: issue.message }) : issue.message;
  });
  const more = error.issues.length > maxIssues ? t(m.moreIssues, { count: error.issues.length - maxIssues }) : '';
  return lines.join(t(m.issueSeparator)) + more;
}
