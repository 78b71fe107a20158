import { vi } from 'vitest';

// The unit and dom projects run many files in one worker (isolate: false), so that jsdom and the
// packages (react, turf, zod…) load once per worker instead of once per file: measured, the unit
// and dom tests took half the wall time and a third of the CPU (README "How the suite spends its
// time"). This file runs first before each test file: the app's own modules are evaluated afresh
// for it (no store, mock or registry of one file is seen by the next; a file's vi.mock applies to
// the modules it imports), and a global, environment variable or fake clock a file forgot to
// restore is put back.
vi.resetModules();
vi.unstubAllGlobals();
vi.unstubAllEnvs();
vi.useRealTimers();
