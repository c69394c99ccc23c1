/**
 * Judging figures of DESIGN §7, measured in Chromium on the real repository code (see judgingBenchPage.ts):
 * saving one mark and refreshing the provisional totals at 300 × 40 × 5 (target p95 < 50 ms), and importing a
 * 20,000-mark score package beside a raw IndexedDB bulk write of the same rows (target ≤ 1.5×).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { machine, writeSection } from './report.mjs';
import { serveFolder } from './staticServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, '.tmp', 'bench-judging');
mkdirSync(out, { recursive: true });
execFileSync(join(root, 'node_modules', '.bin', 'esbuild'), [join(root, 'scripts', 'bench', 'judgingBenchPage.ts'), '--bundle', '--format=iife', '--platform=browser', '--target=es2022', '--minify', `--outfile=${join(out, 'bench.js')}`], { stdio: 'inherit' });

const SAVE_RUNS = Number(process.env.BENCH_SAVE_RUNS ?? 60);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const { server, url } = await serveFolder(out, { '/': '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>' });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(url);
const result = await page.evaluate(([s, i]) => globalThis.runJudgingBench(s, i), [SAVE_RUNS, IMPORT_RUNS]);
await browser.close();
server.close();

console.log(JSON.stringify(result, null, 1));
if (process.env.BENCH_NO_WRITE) process.exit(0);
const ms = (v) => `${v.toFixed(1)} ms`;
const { save, importing } = result;
writeSection(
  'judging',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, Chromium headless.

| what | measured | baseline in the same run | target |
| --- | --- | --- | --- |
| one mark saved (event + marks view, one transaction) and provisional totals refreshed by shared/scoring, ${save.marks.toLocaleString('en')} marks (300 × 40 × 5), ${SAVE_RUNS} saves | p50 ${ms(save.p50)}, **p95 ${ms(save.p95)}** | engine alone p50 ${ms(save.engineP50)}; re-reading every mark from IndexedDB instead p50 ${ms(save.rereadP50)} | p95 < 50 ms |
| importing a ${importing.marks.toLocaleString('en')}-mark score package (${importing.megabytes.toFixed(1)} MB: verify, merge, write events and marks in one transaction), median of ${IMPORT_RUNS} | **${ms(importing.importMedian)}** (${(importing.importMedian / importing.rawMedian).toFixed(2)}×) | raw IndexedDB bulk write of the same ${(importing.marks * 2).toLocaleString('en')} rows: ${ms(importing.rawMedian)} | ≤ 1.5× |`,
);
