#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark and rewrites the measured section of docs/benchmarks.md.
 * Each benchmark measures its subject beside a baseline in the same run and reports medians and ratios,
 * because these machines are noisy. Individual benchmarks: node scripts/bench/<name>.mjs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(join(here, 'bench'))
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, [join(here, 'bench', name)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
