import { afterEach, describe, expect, it } from 'vitest';
import { loadStoredRecord, parseJson, type StoredRecordSpec } from '../lib/savedRecord';
import { decodeBytes } from '../lib/readFile';
import { setLanguageForThisPage } from './language';
import { hasChinese } from './names';

afterEach(() => setLanguageForThisPage('zh'));

function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const spec = (what: string, instead: string): StoredRecordSpec<unknown> => ({
  key: 'k',
  rejectedPrefix: 'k.rejected.',
  what,
  instead,
  check: (raw) => parseJson(raw),
});

describe('the sentences of src/lib, given by the catalogue', () => {
  it('say in Chinese what they said before', () => {
    const loaded = loadStoredRecord(memoryStorage({ k: '{' }), spec('指标数据', '现从默认值开始'), () => 1000);
    expect(loaded.notice).toMatch(/^保存的指标数据无法使用：不是有效的 JSON（.+）。原内容已另存为「k\.rejected\.1000」（未删除），现从默认值开始。$/);
  });

  it('say it in English on an English page', () => {
    setLanguageForThisPage('en');
    const loaded = loadStoredRecord(memoryStorage({ k: '{' }), spec('quota data', 'starting from the defaults now'), () => 1000);
    expect(loaded.notice).toMatch(/^The saved quota data cannot be used: Not valid JSON \(.+\)\. It was kept as “k\.rejected\.1000” \(not deleted\); starting from the defaults now\.$/);
    const undecodable = decodeBytes(new Uint8Array([0xff, 0x00, 0x81, 0x30, 0xfe]));
    expect(undecodable.ok).toBe(false);
    if (!undecodable.ok) expect(hasChinese(undecodable.error)).toBe(false);
  });
});
