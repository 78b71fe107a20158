import { describe, expect, it, vi } from 'vitest';
import { LISTED_REJECTS, MAX_CSV_BYTES, checkQuotaCsv } from './csvCheck';

const csv = (rows: number, name = (i: number) => (i % 2 ? '长按' : `不存在${i % 7}`)) =>
  ['镇街,年份,指标,数值', ...Array.from({ length: rows }, (_, i) => `${name(i)},2025,发现指标,${i % 9}`)].join('\n');

describe('checkQuotaCsv (in the page, as where no Worker exists)', () => {
  it('refuses a file by its size before reading any of it, naming the size and the limit', async () => {
    const file = new File(['镇街,年份,指标,数值\n'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 600 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    const result = await checkQuotaCsv({ file }).result;
    expect(read).not.toHaveBeenCalled();
    expect(result?.error).toContain('「huge.csv」有 600 MB');
    expect(result?.error).toContain(`上限 ${MAX_CSV_BYTES / 1024 / 1024} MB`);
    expect(result?.rows).toEqual([]);
  });

  it('reports progress up to the end, counts every rejected row and sends back the first ones to list', async () => {
    const progress: number[] = [];
    const result = await checkQuotaCsv({ text: csv(50_000) }, (done) => progress.push(done)).result;
    expect(result?.error).toBeNull();
    expect(result?.rejectedTotal).toBe(50_000);
    expect(result?.rejected).toHaveLength(LISTED_REJECTS);
    expect(result?.rejected[1]).toEqual({ line: 3, reason: '未知镇街「长按」，是否为「长安镇」？' });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeLessThanOrEqual(1);
    expect(progress.at(-1)).toBeGreaterThan(0.5);
  });

  it('gives the same suggestion for a misspelling however often it repeats', async () => {
    const result = await checkQuotaCsv({ text: csv(3_000, () => '虎们镇') }).result;
    expect(new Set(result?.rejected.map((r) => r.reason))).toEqual(new Set(['未知镇街「虎们镇」，是否为「虎门镇」？']));
  });

  it('resolves to nothing once cancelled', async () => {
    const task = checkQuotaCsv({ file: new File([csv(1_000)], 'a.csv') });
    task.cancel();
    expect(await task.result).toBeNull();
  });
});
