import type { Message } from './messages';
import { t } from './messages';

/**
 * A record of labels read in the page's language each time a key is read (a getter per key), so a
 * table of labels (`ELEMENT_KIND_LABEL.core`) keeps its shape and follows `setLanguageForThisPage`.
 */
export function localizedRecord<K extends string>(messages: Record<K, Message>): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[]) Object.defineProperty(record, key, { get: () => t(messages[key]), enumerable: true });
  return record;
}
