import { describe, expect, it } from 'vitest';
import { BUILTIN_PLAN_FILES, BUILTIN_PLANS } from './builtin';
import { builtinPlanProblems } from './checkBuiltinPlans';

describe('the built-in plans (checked here and at build time, not in the page)', () => {
  it('every built-in file passes the plan checks and reads the same without them', () => {
    expect(builtinPlanProblems()).toEqual([]);
    expect(BUILTIN_PLANS.length).toBe(Object.keys(BUILTIN_PLAN_FILES).length);
  });

  it('a damaged built-in file is named with its problem', () => {
    const files = BUILTIN_PLAN_FILES as Record<string, unknown>;
    const saved = files.fyp14;
    const copy = structuredClone(saved) as { elements: { members: { town: string }[] }[] };
    copy.elements[0].members[0].town = '长按镇';
    files.fyp14 = copy;
    try {
      const problems = builtinPlanProblems();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('fyp14');
      expect(problems[0]).toContain('长按镇');
    } finally {
      files.fyp14 = saved;
    }
  });
});
