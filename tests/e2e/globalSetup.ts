/**
 * Makes the run's scratch directory for the seeded demo profile (tests/e2e/fixtures.ts) and removes it when the
 * run ends. The profile itself is seeded lazily, by the first test that asks for it, so a run of specs that all
 * start empty pays nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PROFILE_ROOT_ENV } from './demoProfile';

export default function globalSetup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'jx-e2e-demo-'));
  // Workers start after global setup and inherit the runner's environment.
  process.env[DEMO_PROFILE_ROOT_ENV] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
