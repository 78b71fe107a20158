import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useNoticeStore } from '../state/noticeStore';
import { Notices } from './Notices';

afterEach(() => act(() => useNoticeStore.getState().clear()));

describe('notices', () => {
  it('at most three are open; the older ones are folded into one line that opens into a list', () => {
    render(<Notices />);
    act(() => {
      for (let i = 1; i <= 12; i++) useNoticeStore.getState().notify('warning', `第 ${i} 条`);
    });
    const region = screen.getByRole('status');
    expect([...region.querySelectorAll(':scope > .notice:not(.notice-older) .notice-text')].map((e) => e.textContent)).toEqual(['第 10 条', '第 11 条', '第 12 条']);
    const fold = screen.getByRole('button', { name: '展开较早的 9 条提示' });
    expect(screen.queryByText('第 1 条')).toBeNull();
    fireEvent.click(fold);
    expect(screen.getByText('第 1 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '关闭较早的提示' }));
    expect(useNoticeStore.getState().notices.map((n) => n.text)).toEqual(['第 10 条', '第 11 条', '第 12 条']);
  });

  it('a long notice is one line with a fold-out; a huge one is cut with a count', () => {
    render(<Notices />);
    act(() => useNoticeStore.getState().notify('warning', `保存的幻灯片无法使用：${'很长的原因'.repeat(2000)}`));
    const notice = screen.getByRole('status').querySelector('.notice')!;
    expect(notice.className).not.toContain('notice-open');
    const more = screen.getByRole('button', { name: '详情' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(notice.className).toContain('notice-open');
    expect(screen.getByRole('button', { name: '收起' })).toBeTruthy();
    const text = notice.querySelector('.notice-text')!.textContent!;
    expect(text).toMatch(/…（提示过长，共 10011 字，已截断）$/);
    expect(Array.from(text).length).toBeLessThan(700);
  });

  it('a short notice has no fold-out', () => {
    render(<Notices />);
    act(() => useNoticeStore.getState().notify('info', '已保存。'));
    expect(screen.queryByRole('button', { name: '详情' })).toBeNull();
  });
});
