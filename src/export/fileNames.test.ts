import { describe, expect, it } from 'vitest';
import { deckFileName, fileNamePart, slidePngName, slideSubject, viewPngName } from './fileNames';

const day = new Date(2026, 10, 24, 15, 30);

describe('export file names', () => {
  it('names a town view and a city view apart', () => {
    const size = { width: 1920, height: 1080 };
    expect(viewPngName({ subject: '长安镇', view: '镇街视图', date: day, size })).toBe('长安镇-镇街视图-2026-11-24-1920x1080.png');
    expect(viewPngName({ subject: '东莞市', view: '规划图', date: day, size: { width: 3840, height: 2160 } })).toBe('东莞市-规划图-2026-11-24-3840x2160.png');
  });

  it('names a slide by its number and the subject of its title', () => {
    expect(slidePngName(2, 16, '一核三带十区：三带')).toBe('汇报-03-三带.png');
    expect(slidePngName(8, 16, '多节点 1/7：东部智能制造基地')).toBe('汇报-09-东部智能制造基地.png');
    expect(slidePngName(0, 16, '东莞市 35 个镇街')).toBe('汇报-01-东莞市35个镇街.png');
    expect(slidePngName(4, 120, '')).toBe('汇报-005.png');
  });

  it('keeps names a file system accepts, whatever the title says', () => {
    expect(fileNamePart('a/b\\c:d*e?f"g<h>i|j')).toBe('abcdefghij');
    expect(fileNamePart('../../etc/passwd')).toBe('etcpasswd');
    expect([...fileNamePart('长'.repeat(100))]).toHaveLength(40);
    expect(slideSubject('标题：')).toBe('标题');
  });

  it('names deck files with the date and the slide count', () => {
    expect(deckFileName('pdf', day, 16)).toBe('汇报-2026-11-24-16张.pdf');
    expect(deckFileName('pptx', day, 16)).toBe('汇报-2026-11-24-16张.pptx');
    expect(deckFileName('zip', day, 3)).toBe('汇报-2026-11-24-3张-图片.zip');
  });
});
