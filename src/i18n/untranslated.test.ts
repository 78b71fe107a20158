import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChinese } from './names';

/**
 * Every user-visible string lives in `src/i18n/catalogue/`. This finds Chinese written anywhere else in
 * the code of the folders below (comments aside), so a string added without its English fails here.
 * Chinese that is data, not UI (a CSV column a Chinese file uses, a place's own name, a quote kept in
 * Chinese), carries `i18n-exempt: <why>` on its line, or `i18n-exempt-file: <why>` once in the file.
 */
const CHECKED_FOLDERS: readonly string[] = [
  'src/i18n',
  'src/panels/LanguageSwitch.tsx',
  'src/App.tsx',
  'src/main.tsx',
  'src/Root.tsx',
  'src/layouts',
  'src/plans',
  'src/state',
  'src/map',
  'src/towns',
  'src/boundaries',
  'src/app',
  'src/modes',
  'src/export',
  'src/quotas',
  'src/targets',
  'src/panels',
  'src/lib',
  'src/geo',
];

const SRC = join(__dirname, '..');
const ROOT = join(SRC, '..');

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'generated') files.push(...sourceFiles(path));
    } else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$|\.d\.ts$/.test(entry)) files.push(path);
  }
  return files;
}

/** The line without its comment (a `//` after code, or a line that is all comment). */
function codeOf(line: string): string {
  const trimmed = line.trim();
  if (/^(\/\/|\*|\/\*|\{\/\*)/.test(trimmed)) return '';
  return line.replace(/\s\/\/\s.*$/, '').replace(/\{\/\*.*?\*\/\}/g, '').replace(/\/\*.*?\*\//g, '');
}

function untranslatedLines(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('i18n-exempt-file:')) continue;
    text.split('\n').forEach((line, index) => {
      if (line.includes('i18n-exempt:')) return;
      if (hasChinese(codeOf(line))) found.push(`${relative(ROOT, file)}:${index + 1}: ${line.trim().slice(0, 100)}`);
    });
  }
  return found;
}

describe('every UI string is in the message catalogue', () => {
  const files = sourceFiles(SRC).filter((file) => !relative(ROOT, file).startsWith('src/i18n/catalogue/'));
  it.each(CHECKED_FOLDERS)('%s writes no Chinese outside the catalogue', (folder) => {
    const inFolder = files.filter((file) => relative(ROOT, file).startsWith(folder));
    expect(inFolder.length).toBeGreaterThan(0);
    expect(untranslatedLines(inFolder)).toEqual([]);
  });

  it('finds Chinese in code but not in comments or exempt lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
    const file = join(dir, 'sample.tsx');
    writeFileSync(
      file,
      [
        '// 注释不算',
        "const label = '图层';",
        "const column = '镇街'; // i18n-exempt: CSV column name",
        "const ok = t(messages.layers); // 注释",
        '<p>{/* 说明 */}</p>',
      ].join('\n'),
    );
    expect(untranslatedLines([file])).toEqual([`${relative(ROOT, file)}:2: const label = '图层';`]);
  });
});
