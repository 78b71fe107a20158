import { describe, expect, it } from 'vitest';
import { hasChinese } from './names';
import type { Message } from './messages';

const modules = import.meta.glob<Record<string, Record<string, Message>>>('./catalogue/*.ts', { eager: true });

function everyMessage(): [string, Message][] {
  const found: [string, Message][] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [exportName, catalogue] of Object.entries(exports)) {
      for (const [key, message] of Object.entries(catalogue)) found.push([`${file} ${exportName}.${key}`, message]);
    }
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Chinese the English may keep: a quote from a plan in 「」 or “”, and the switch naming 中文 itself. */
const withoutAllowedChinese = (text: string) => text.replace(/「[^」]*」|“[^”]*”/g, '').replace(/^中文$/, '');

describe('message catalogue', () => {
  const messages = everyMessage();

  it('has messages', () => {
    expect(messages.length).toBeGreaterThan(0);
  });

  it.each(messages)('%s has both languages, the same parameters, and English without Chinese', (_, message) => {
    expect(message.zh.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
    expect(placeholders(message.en)).toEqual(placeholders(message.zh));
    expect(hasChinese(withoutAllowedChinese(message.en))).toBe(false);
  });
});
