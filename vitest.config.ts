import { defineConfig } from 'vitest/config';

// Unit tests: shared logic, main-process handlers (electron stubbed at the boundary) and the Dexie layer
// against fake-indexeddb. Browser flows live in tests/e2e and run in real Chromium through Playwright.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 30_000,
  },
});
