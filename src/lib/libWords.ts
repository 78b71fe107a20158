/**
 * The sentences src/lib writes for the user. lib is generic and imports nothing of the app, so it has
 * no language of its own: the app's message catalogue installs these words (src/i18n/libWords.ts, run
 * when src/i18n/language.ts loads, which every message goes through). Until then lib says the bare
 * facts, without a sentence around them.
 */
export interface LibWords {
  /** A record's check threw. */
  checkThrew(error: string): string;
  /** Saved content is not JSON. */
  notJson(error: string): string;
  /** The browser's storage could not be read: `what` (e.g. quota data) and what is done `instead`. */
  unreadable(what: string, error: string, instead: string): string;
  /** A saved record cannot be used and was moved aside under `rejectedKey`. */
  movedAside(what: string, reason: string, rejectedKey: string, instead: string): string;
  /** A saved record cannot be used and could not be moved aside: it stays under `key`, nothing is saved. */
  keptInPlace(what: string, reason: string, key: string): string;
  /** Saving `what` to the browser failed. */
  notSaved(what: string, error: string): string;
  /** A file's bytes are neither UTF-8 nor GBK/GB18030. */
  unknownEncoding(): string;
}

const bare: LibWords = {
  checkThrew: (error) => error,
  notJson: (error) => `JSON: ${error}`,
  unreadable: (what, error) => `${what}: ${error}`,
  movedAside: (what, reason, rejectedKey) => `${what}: ${reason} → ${rejectedKey}`,
  keptInPlace: (what, reason, key) => `${what}: ${reason} (${key})`,
  notSaved: (what, error) => `${what}: ${error}`,
  unknownEncoding: () => 'UTF-8 / GBK / GB18030?',
};

let installed: LibWords = bare;

export function setLibWords(words: LibWords): void {
  installed = words;
}

export function libWords(): LibWords {
  return installed;
}
