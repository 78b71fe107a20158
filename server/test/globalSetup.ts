import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openMigrated } from '../src/open';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Creating a PGlite database (its initdb) takes seconds; the tests copy one migrated template
 * made here instead of creating their own.
 */
export default async function setup(project: TestProject) {
  const root = join(tmpdir(), `dgmap-server-tests-${process.pid}`);
  const template = join(root, 'template');
  mkdirSync(root, { recursive: true });
  if (!existsSync(join(template, 'PG_VERSION'))) {
    const building = join(root, 'building');
    rmSync(building, { recursive: true, force: true });
    const { close } = await openMigrated({ dataDir: building }, 'test template');
    await close();
    rmSync(join(building, 'dgmap.lock'), { force: true });
    cpSync(building, template, { recursive: true });
  }
  project.provide('pgliteTemplate', template);
  return () => rmSync(root, { recursive: true, force: true });
}
