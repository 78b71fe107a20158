import { startTestFile } from './harness';

// Run before each end-to-end file (vite.config.ts, e2e project `setupFiles`): see startTestFile.
await startTestFile();
