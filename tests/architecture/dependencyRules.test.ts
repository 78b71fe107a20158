import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPENDENCY_RULES } from './dependencyRules';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every import of a file: its target (a src path, or a package name) and whether it is type-only. */
export function importsOf(file: string, text: string): { target: string; typeOnly: boolean }[] {
  const found: { target: string; typeOnly: boolean }[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(pattern)) {
    const spec = m[3] ?? m[4];
    const typeOnly = !!m[2];
    if (spec.startsWith('.')) {
      const base = relative(ROOT, resolve(dirname(file), spec.split('?')[0])).replaceAll('\\', '/');
      const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
      found.push({ target: candidates.find((c) => { try { return statSync(join(ROOT, c)).isFile(); } catch { return false; } }) ?? base, typeOnly });
    } else {
      found.push({ target: spec, typeOnly });
    }
  }
  return found;
}

describe('folders point one way (dependency rules)', () => {
  const files = sourceFiles(join(ROOT, 'src'));
  const graph = files.map((file) => ({ from: relative(ROOT, file).replaceAll('\\', '/'), imports: importsOf(file, readFileSync(file, 'utf8')) }));

  it('reads the import graph', () => {
    expect(graph.length).toBeGreaterThan(50);
    expect(graph.find((g) => g.from === 'src/map/mapAdapter.ts')!.imports.map((i) => i.target)).toContain('maplibre-gl');
  });

  for (const rule of DEPENDENCY_RULES) {
    it(rule.name, () => {
      const broken = graph.flatMap(({ from, imports }) =>
        rule.from.test(from) ? imports.filter((i) => rule.to.test(i.target) && !(rule.allowTypeOnly && i.typeOnly)).map((i) => `${from} → ${i.target}`) : [],
      );
      expect(broken).toEqual([]);
    });
  }

  it('a rule catches an arrow that turns back', () => {
    const rule = DEPENDENCY_RULES[0];
    expect(rule.from.test('src/quotas/store.ts') && rule.to.test('src/state/screens/plannerState.ts')).toBe(true);
  });
});
