import type { TestProject } from 'vitest/node';
import { ensurePgliteTemplate } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  project.provide('pgliteTemplate', await ensurePgliteTemplate());
}
