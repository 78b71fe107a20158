// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLanguageStore } from '../i18n/language';
import { showScriptsFailed } from './scriptsFailed';

describe('the app’s scripts did not load', () => {
  afterEach(() => useLanguageStore.setState({ language: 'zh' }));

  it('replaces the blank page with an alert naming the error, and a button that reloads', () => {
    const root = document.createElement('div');
    root.append(document.createElement('span'));
    const reload = vi.fn();
    showScriptsFailed(root, new TypeError('Failed to fetch dynamically imported module: /assets/main-Ab12.js'), reload);
    const alert = root.querySelector('[role="alert"]');
    expect(root.children).toHaveLength(1);
    expect(alert?.textContent).toContain('程序的脚本未能载入');
    expect(alert?.textContent).toContain('/assets/main-Ab12.js');
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('刷新页面');
    button.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('speaks English on an English page', () => {
    useLanguageStore.setState({ language: 'en' });
    const root = document.createElement('div');
    showScriptsFailed(root, 'offline', () => {});
    expect(root.textContent).toContain('The app’s scripts did not load (offline)');
    expect(root.querySelector('button')?.textContent).toBe('Reload the page');
  });
});
