import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DeckEditor } from './DeckEditor';
import type { PlannerSnapshot } from './applySlide';
import type { Slide } from './slide';

describe('deck file import', () => {
  it('a 70 MB deck file is refused by its size before it is read', async () => {
    render(<DeckEditor current={1} onGoTo={() => {}} planner={{} as PlannerSnapshot} captureView={() => ({}) as Slide} />);
    const file = new File(['{}'], 'huge-deck.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 70 * 1024 * 1024 });
    const read = vi.fn();
    Object.defineProperty(file, 'arrayBuffer', { value: read });
    Object.defineProperty(file, 'text', { value: read });
    Object.defineProperty(file, 'stream', { value: read });
    fireEvent.change(screen.getByLabelText('导入 JSON'), { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toBe('无法导入「huge-deck.json」：文件有 70 MB，超过幻灯片文件的上限 10 MB，未读取');
    expect(read).not.toHaveBeenCalled();
  });
});
