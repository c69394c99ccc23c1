/**
 * The demo workspace seeded once per run into a Chromium profile, and copied for each test that starts from it.
 *
 * Loading the demo writes about 14,000 records to IndexedDB, which takes 15 s or more per test on a busy 2-core
 * machine. The first test that needs it seeds a template profile through the app itself (`?demo=auto`, as a user's
 * first start would); the other worker waits for it on a lock directory. Every test then opens its own copy, so
 * what one test changes never reaches another.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Set by globalSetup.ts: the run's scratch directory, shared by its workers. */
export const DEMO_PROFILE_ROOT_ENV = 'JIANGXIN_E2E_DEMO_PROFILE_ROOT';

/** Chromium's single-instance files: a copy must not carry them, or the copy's browser thinks it is already running. */
const LOCK_FILES = new Set(['SingletonLock', 'SingletonSocket', 'SingletonCookie']);
const POLL_MS = 500;

function runRoot(): string {
  const root = process.env[DEMO_PROFILE_ROOT_ENV];
  if (!root || !existsSync(root)) {
    throw new Error(`${DEMO_PROFILE_ROOT_ENV} is not set: run the suite with tests/e2e/playwright.config.ts (its globalSetup makes the directory)`);
  }
  return root;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of the run's seeded template profile. The first caller seeds it with `seed` while holding the lock;
 * later callers, in this worker or another, wait for it (or for the seeding's failure, reported as theirs).
 */
export async function demoTemplate(seed: (templateDir: string) => Promise<void>): Promise<string> {
  const root = runRoot();
  const template = join(root, 'template');
  const ready = join(root, 'ready');
  const failed = join(root, 'failed');
  const lock = join(root, 'seeding');
  if (existsSync(ready)) return template;
  try {
    mkdirSync(lock);
  } catch {
    return waitForTemplate({ template, ready, failed, lock });
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  try {
    await seed(template);
    writeFileSync(ready, new Date().toISOString());
    return template;
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
}

async function waitForTemplate(paths: { template: string; ready: string; failed: string; lock: string }): Promise<string> {
  for (;;) {
    if (existsSync(paths.ready)) return paths.template;
    if (existsSync(paths.failed)) throw new Error(`seeding the demo profile failed in another worker:\n${readFileSync(paths.failed, 'utf8')}`);
    const pidFile = join(paths.lock, 'pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      if (pid > 0 && !isAlive(pid)) throw new Error(`the worker seeding the demo profile (pid ${pid}) ended before it finished`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A fresh copy of the template for one test, in the run's scratch directory; remove it with `removeProfile`. */
export function copyTemplate(template: string): string {
  const copy = mkdtempSync(join(runRoot(), 'profile-'));
  cpSync(template, copy, { recursive: true, filter: (source) => !LOCK_FILES.has(basename(source)) });
  return copy;
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
