/**
 * Fixtures for specs that start from the demo workspace (see demoProfile.ts for how the profile is seeded).
 *
 * - `demoTest`: `page` and `context` open on the test's own copy of the seeded profile, with the config's `use`
 *   options (locale, viewport, baseURL, downloads, trace); `page.goto('./')` shows the demo's dashboard at once.
 * - `test`: the plain empty context, plus `newDemoContext()` for a second window that starts from the demo.
 *
 * Specs whose flow starts empty (the first-run choice, judge laptops, the office copy) keep the plain context.
 */
import { expect, test as base, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { copyTemplate, demoTemplate, removeProfile } from './demoProfile';

/** What a test may change for a seeded context; everything else comes from the config's `use`. */
export type DemoContextOptions = Pick<BrowserContextOptions, 'locale' | 'viewport'>;

interface DemoWorkerFixtures {
  /** The run's seeded template profile (seeded by the first test that needs it). */
  demoProfile: string;
}

interface DemoFixtures {
  /** Opens a browser context on a fresh copy of the seeded profile; closed and removed after the test. */
  newDemoContext: (options?: DemoContextOptions) => Promise<BrowserContext>;
}

/** Generous: the demo is generated and written on a shared 2-core machine, possibly beside another worker's test. */
const SEED_TIMEOUT_MS = 240_000;

export const test = base.extend<DemoFixtures, DemoWorkerFixtures>({
  demoProfile: [
    async ({ playwright, launchOptions }, use, workerInfo) => {
      const { baseURL, locale, viewport } = workerInfo.project.use;
      const template = await demoTemplate(async (dir) => {
        // The same origin as the tests' (IndexedDB is per origin), so the copies open the same database.
        const context = await playwright.chromium.launchPersistentContext(dir, { ...launchOptions, baseURL, locale, viewport });
        try {
          const page = context.pages()[0] ?? (await context.newPage());
          await page.goto('./?demo=auto');
          // The app's own signal that the demo is in: the gate opens only after the load's transaction and its
          // settings are written, and the dashboard's first figure only after its snapshot is stored.
          await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: SEED_TIMEOUT_MS });
        } finally {
          // Closing the browser cleanly flushes IndexedDB's leveldb to disk before the profile is copied.
          await context.close();
        }
      });
      await use(template);
    },
    { scope: 'worker', timeout: SEED_TIMEOUT_MS + 60_000 },
  ],

  newDemoContext: async ({ demoProfile, playwright, launchOptions, baseURL, locale, viewport, acceptDownloads }, use) => {
    const opened: { context: BrowserContext; dir: string }[] = [];
    await use(async (options = {}) => {
      const dir = copyTemplate(demoProfile);
      const context = await playwright.chromium.launchPersistentContext(dir, { ...launchOptions, baseURL, locale, viewport, acceptDownloads, ...options });
      opened.push({ context, dir });
      return context;
    });
    for (const { context, dir } of opened) {
      await context.close();
      removeProfile(dir);
    }
  },
});

/** A test whose `page` (and `context`) start from its own copy of the demo workspace. */
export const demoTest = test.extend({
  context: async ({ newDemoContext }, use) => {
    await use(await newDemoContext());
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect };
