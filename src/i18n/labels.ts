import { t, type Message } from './messages';

/**
 * A record of labels that reads each one in the page's language when it is read (a getter per key),
 * for data modules whose labels are used as plain strings in many places (`FIELD_LABELS[field]`):
 * callers keep their types, and a test or an export that sets the language gets it.
 */
export function labelsIn<K extends string>(messages: Record<K, Message>): Record<K, string> {
  return withLabels({}, messages);
}

/**
 * An object whose listed string fields are read in the page's language (getters), the others kept:
 * `withLabels({ id: 'kjj', discovery: 100 }, { name: messages.kjj })` has `.name` in either language.
 */
export function withLabels<T extends object, K extends string>(base: T, messages: Record<K, Message>): T & Record<K, string> {
  const out = { ...base } as T & Record<K, string>;
  for (const key of Object.keys(messages) as K[]) {
    Object.defineProperty(out, key, { get: () => t(messages[key]), enumerable: true });
  }
  return out;
}
