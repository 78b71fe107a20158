import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the production bundle once and serves it on a free loopback port for the e2e tests. */
export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, and Vite would bake that into the bundle (React's development
  // build): the tests must run the bundle users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir: 'dist' } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report an address');
  project.provide('baseUrl', address.replace(/\/$/, ''));
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}
