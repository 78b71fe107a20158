import { describe, expect, it } from 'vitest';
import { hasChinese } from '../i18n/names';
import { QUOTA_UNIT_NAMES } from './quotaUnits';
import { displayShortTownName, displayTownName } from './townNames';

describe('town names in the page language', () => {
  it('keeps Chinese as it was: the full name, or the short name for labels', () => {
    expect(displayTownName('长安镇', 'zh')).toBe('长安镇');
    expect(displayShortTownName('长安镇', 'zh')).toBe('长安');
    expect(displayShortTownName('滨海湾新区', 'zh')).toBe('滨海湾');
  });

  it('shows pinyin or the official English name in English', () => {
    expect(displayTownName('长安镇', 'en')).toBe("Chang'an");
    expect(displayShortTownName('松山湖管委会', 'en')).toBe('Songshan Lake');
    expect(displayTownName('滨海湾新区', 'en')).toBe('Binhaiwan');
    expect(displayTownName('虎门港管委会', 'en')).toBe('Humen Port (Dongguan Port)');
    expect(displayShortTownName('虎门港管委会', 'en')).toBe('Humen Port');
    expect(displayShortTownName('东莞生态园', 'en')).toBe('Ecological Park');
  });

  it('gives every quota unit a name with no Chinese in English', () => {
    for (const name of QUOTA_UNIT_NAMES) {
      expect(hasChinese(displayTownName(name, 'en'))).toBe(false);
      expect(hasChinese(displayShortTownName(name, 'en'))).toBe(false);
    }
  });

  it('returns an unknown name as given', () => {
    expect(displayTownName('不存在镇', 'en')).toBe('不存在镇');
  });
});
