import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke test (Playwright `_electron`). Run through `npm run test:electron` (tests/electron/run.mjs),
 * which skips it plainly when no Electron binary is installed and builds the app first when one is.
 * One worker: the app holds a single-instance lock, and the machines it runs on have two cores.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
