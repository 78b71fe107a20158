import { describe, expect, it } from 'vitest';
import { readFlag } from './rememberedFlag';

describe('a remembered view setting', () => {
  it('reads 1 and 0, and nothing kept as null', () => {
    localStorage.clear();
    expect(readFlag('k')).toBeNull();
    localStorage.setItem('k', '1');
    expect(readFlag('k')).toBe(true);
    localStorage.setItem('k', '0');
    expect(readFlag('k')).toBe(false);
  });

  it('a damaged setting is moved aside with a notice naming it, and the default is used', () => {
    localStorage.clear();
    localStorage.setItem('dgmap.legend.folded', 'yes');
    const notices: string[] = [];
    expect(readFlag('dgmap.legend.folded', undefined, '图例折叠设置', (t) => notices.push(t))).toBeNull();
    expect(notices).toEqual([expect.stringMatching(/^保存的图例折叠设置无法使用：应为 1 或 0，实为 "yes"。原内容已另存为「dgmap\.legend\.folded\.rejected\.\d+」（未删除），现使用默认设置。$/)]);
    expect(localStorage.getItem('dgmap.legend.folded')).toBeNull();
  });
});
