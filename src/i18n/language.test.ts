import { describe, expect, it } from 'vitest';
import { initialLanguage, linkInLanguage } from './language';
import { t } from './messages';

describe('language', () => {
  it('opens in the language of the link, then the remembered one, then Chinese', () => {
    expect(initialLanguage('?lang=en', 'zh')).toBe('en');
    expect(initialLanguage('', 'en')).toBe('en');
    expect(initialLanguage('?lang=fr', null)).toBe('zh');
    expect(initialLanguage('', 'garbage')).toBe('zh');
  });

  it('keeps the screen in the link when the language changes', () => {
    const en = linkInLanguage('http://host/app/?x=1#/town/长安镇?layers=a', 'en');
    expect(en).toContain('lang=en');
    expect(en).toContain('x=1');
    expect(en.endsWith('#/town/长安镇?layers=a')).toBe(true);
    expect(linkInLanguage(en, 'zh')).not.toContain('lang=');
  });

  it('fills parameters in either language', () => {
    const message = { zh: '{town}有 {count} 项', en: '{town} has {count} items' };
    expect(t(message, { town: '长安', count: 3 }, 'zh')).toBe('长安有 3 项');
    expect(t(message, { town: "Chang'an", count: 3 }, 'en')).toBe("Chang'an has 3 items");
  });
});
