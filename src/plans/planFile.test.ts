import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plan2018 from './builtin/plan2018.json';
import { planJsonSchema } from './jsonSchema';
import { MAX_PLAN_FILE_BYTES, closestTown, parsePlanText, parsePlanValue } from './planFile';
import { MAX_ELEMENTS } from './schema';

const base = () => JSON.parse(JSON.stringify(plan2018)) as typeof plan2018 & Record<string, unknown>;
const problemsOf = (value: unknown) => {
  const r = parsePlanValue(value);
  if (r.ok) throw new Error('expected the plan to be refused');
  return r.problems;
};

describe('plan file', () => {
  it('reads a built-in plan file', () => {
    const r = parsePlanValue(base());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.plan.group.nameZh).toBe('一核三带十区');
      expect(r.plan.group.period).toEqual({ start: 2018, end: 2025 });
      expect(r.plan.elements.every((e) => e.plan === 'plan2018')).toBe(true);
    }
  });

  it('names an unknown town with its element and field, and suggests a close name', () => {
    const f = base();
    f.elements[1].members[2].town = '望牛墩村';
    const problems = problemsOf(f);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe('第 2 个元素（belt-west） › members › 第 3 个成员 › town：“望牛墩村”不是东莞的镇街名称，是不是 “望牛墩镇”？');
    expect(closestTown('长按镇')).toBe('长安镇');
    expect(closestTown('北京市')).toBeUndefined();
  });

  it('asks for the full name when a short form is used', () => {
    const f = base();
    f.elements[0].members[0].town = '松山湖';
    expect(problemsOf(f)[0]).toContain('应写作边界文件里的全称 “松山湖管委会”');
  });

  it('refuses duplicate element ids and a member listed twice', () => {
    const f = base();
    f.elements[2].id = 'belt-west';
    f.elements[3].members.push({ ...f.elements[3].members[0] });
    const problems = problemsOf(f);
    expect(problems).toContain('第 3 个元素（belt-west） › id：与第 2 个元素重复');
    expect(problems.some((p) => p.startsWith('第 4 个元素（belt-east） › members › 第 12 个成员 › town：“常平镇”在这个元素里列了两次'))).toBe(true);
  });

  it('names wrong types and values by element and field', () => {
    const f = base() as Record<string, unknown> & { elements: Record<string, unknown>[] };
    f.elements[0].color = 'red';
    (f.elements[4] as { members: unknown }).members = '松山湖管委会';
    f.elements[5].draw = 'circle';
    const problems = problemsOf(f);
    expect(problems.some((p) => p.startsWith('第 1 个元素（core-songshanhu） › color：') && p.includes('#RRGGBB'))).toBe(true);
    expect(problems.some((p) => p.startsWith('第 5 个元素（cluster-ai） › members：'))).toBe(true);
    expect(problems.some((p) => p.startsWith('第 6 个元素（cluster-ict） › draw：'))).toBe(true);
  });

  it('lists the problems of a file with both kinds in stages: fields first, then towns and ids, each naming element and field', () => {
    const f = base() as Record<string, unknown> & { elements: Record<string, unknown>[] };
    f.elements[6].color = 'blue'; // a field problem (schema) late in the file …
    (f.elements[1].members as { town: string }[])[2].town = '望牛墩村'; // … and a town problem early
    f.elements[3].id = 'belt-west'; // an id problem
    (f.elements[0] as { factKind: unknown }).factKind = 42; // another field problem
    (f.elements[2].members as { town: unknown }[])[0].town = 7; // a town of the wrong type: named once, by the schema
    const problems = problemsOf(f);
    expect(problems).toEqual([
      expect.stringMatching(/^第 1 个元素（core-songshanhu） › factKind：/),
      expect.stringMatching(/^第 3 个元素（belt-central） › members › 第 1 个成员 › town：/),
      expect.stringMatching(/^第 7 个元素（[a-z0-9-]+） › color：颜色应写作 #RRGGBB/),
      '第 4 个元素（belt-west） › id：与第 2 个元素重复',
      '第 2 个元素（belt-west） › members › 第 3 个成员 › town：“望牛墩村”不是东莞的镇街名称，是不是 “望牛墩镇”？',
    ]);
    // every message says which element and which field
    for (const p of problems) expect(p).toMatch(/^第 \d+ 个元素（[a-z0-9-]+） › [a-zA-Z]+( › [^：]+)?：/);
  });

  it('does not name a field twice when the schema already refused it (HTML in a town name)', () => {
    const f = base();
    f.elements[0].members[0].town = '<b>松山湖</b>';
    expect(problemsOf(f)).toEqual([expect.stringMatching(/^第 1 个元素（core-songshanhu） › members › 第 1 个成员 › town：含有 HTML 标记/)]);
  });

  it('refuses HTML in any string', () => {
    const f = base();
    f.plan.nameZh = '<img src=x onerror=alert(1)>规划';
    f.elements[0].description = '说明<script>alert(1)</script>';
    const problems = problemsOf(f);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^规划信息 › nameZh：含有 HTML 标记/);
    expect(problems[1]).toMatch(/^第 1 个元素（core-songshanhu） › description：含有 HTML 标记/);
  });

  it('refuses 1,000 elements with the limit named', () => {
    const f = base();
    const one = f.elements[0];
    f.elements = Array.from({ length: 1000 }, (_, i) => ({ ...one, id: `e-${i}` }));
    expect(problemsOf(f)).toEqual([expect.stringMatching(new RegExp(`^elements：元素过多（最多 ${MAX_ELEMENTS} 个）`))]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const text = JSON.stringify({ ...base(), padding: 'x'.repeat(10 * 1024 * 1024) });
    const r = parsePlanText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^文件过大（10\.\d MB，上限 2\.0 MB）/);
    expect(MAX_PLAN_FILE_BYTES).toBe(2 * 1024 * 1024);
  });

  it('refuses a schema version from the future, a missing format and broken JSON', () => {
    expect(problemsOf({ ...base(), schemaVersion: 2 })).toEqual(['文件的格式版本 2 比本程序新（本程序读取版本 1），请更新程序后再导入']);
    expect(problemsOf({ ...base(), format: undefined })[0]).toMatch(/^缺少 format 字段/);
    const broken = parsePlanText('{"format": "dgmap-plan",');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]).toMatch(/^不是有效的 JSON/);
  });

  it('refuses an unknown field, so a typo is not silently dropped', () => {
    const f = base() as Record<string, unknown> & { elements: Record<string, unknown>[] };
    f.elements[0].colour = '#000000';
    expect(problemsOf(f)[0]).toMatch(/^第 1 个元素（core-songshanhu）：.*colour/);
  });

  it('publishes the JSON Schema generated from the zod schema', () => {
    const published = JSON.parse(readFileSync('public/schema/plan.schema.json', 'utf8'));
    expect(published).toEqual(planJsonSchema());
    expect(published.properties.elements.maxItems).toBe(MAX_ELEMENTS);
    expect(published.properties.plan.required).toEqual(['id', 'nameZh', 'title', 'document']);
  });
});
