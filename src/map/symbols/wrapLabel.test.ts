import { describe, expect, it } from 'vitest';
import { LABEL_LINE_CHARS, wrapLabel } from './wrapLabel';

describe('breaking a map label into lines', () => {
  it('breaks a long English base name at its spaces into even lines none longer than the limit', () => {
    const lines = wrapLabel('Dongguan digital economy integrated development industry base').split('\n');
    expect(lines).toEqual(['Dongguan digital economy', 'integrated development', 'industry base']);
    const even = wrapLabel('Linshen new-generation electronic information industry base').split('\n');
    expect(even.length).toBe(3);
    for (const line of [...lines, ...even]) expect(line.length).toBeLessThanOrEqual(LABEL_LINE_CHARS);
    // The words and their order are kept.
    expect(even.join(' ')).toBe('Linshen new-generation electronic information industry base');
  });

  it('evens the lines instead of filling the first ones and leaving a word alone on the last', () => {
    // Filled line by line to 24 characters: 'Eastern intelligent' / 'manufacturing industry' / 'base'.
    expect(wrapLabel('Eastern intelligent manufacturing industry base').split('\n')).toEqual(['Eastern intelligent', 'manufacturing', 'industry base']);
  });

  it('leaves short names and Chinese names on one line', () => {
    expect(wrapLabel('Dongguan new energy base')).toBe('Dongguan new energy base');
    expect(wrapLabel('东莞数字经济融合发展产业基地')).toBe('东莞数字经济融合发展产业基地');
    expect(wrapLabel('东莞数字经济融合发展产业基地东莞数字经济融合发展产业基地')).not.toContain('\n');
  });

  it('never breaks inside a word longer than the limit', () => {
    const lines = wrapLabel('Supercalifragilisticexpialidocious industry base', 10).split('\n');
    expect(lines[0]).toBe('Supercalifragilisticexpialidocious');
    expect(lines.slice(1).join(' ')).toBe('industry base');
  });
});
