/**
 * Judging figures of DESIGN §7, measured in Chromium on the real repository code (see judgingBenchPage.ts):
 * saving one mark and refreshing the provisional totals at 300 × 40 × 5 (target p95 < 50 ms), and importing a
 * 20,000-mark score package beside a raw IndexedDB bulk write of the same rows (target ≤ 1.5×).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
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

const loadBefore = os.loadavg();
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
const x = (v) => `${v.toFixed(2)}×`;
const load = (l) => l.map((v) => v.toFixed(1)).join(', ');
const { save, importing } = result;
writeSection(
  'judging',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, Chromium headless. Machine load (\`uptime\` load averages over 1, 5 and 15 minutes, on 2 cores shared with other sessions): ${load(loadBefore)} at the start, ${load(os.loadavg())} at the end.

| what | measured | baseline in the same run | target |
| --- | --- | --- | --- |
| one mark saved (event + marks view, one transaction) and the live provisional totals refreshed by shared/scoring (change notification, one mark re-read, its entrant rescored, all re-ranked), ${save.marks.toLocaleString('en')} marks (300 × 40 × 5), ${SAVE_RUNS} saves | p50 ${ms(save.p50)}, **p95 ${ms(save.p95)}** (the IndexedDB write alone: p50 ${ms(save.writeP50)}, p95 ${ms(save.writeP95)}) | the engine over all ${save.marks.toLocaleString('en')} marks in memory: p50 ${ms(save.engineP50)}, p95 ${ms(save.engineP95)}; the board before this change (re-read every mark from IndexedDB, recompute the totals): p50 ${ms(save.rereadP50)} (${save.rereadRuns} runs) | p95 < 50 ms |
| the same, plus flags and the completeness matrix refreshed (the whole review board) | p50 ${ms(save.boardP50)}, p95 ${ms(save.boardP95)} | | |
| importing a ${importing.marks.toLocaleString('en')}-mark score package (${importing.megabytes.toFixed(1)} MB: verify, merge, write events and marks in one transaction), median of ${IMPORT_RUNS} | **${ms(importing.importMedian)}**: **${x(importing.ratioIndexedMedian)}** the indexed raw write, ${x(importing.ratioMedian)} the unindexed one (medians of each run's ratio; runs ${importing.imports.map((v, i) => x(v / importing.rawsIndexed[i])).join(', ')} and ${importing.imports.map((v, i) => x(v / importing.raws[i])).join(', ')}); of which the checks alone (signature, chains, marks) ${ms(importing.verifyMedian)} | raw IndexedDB write of the same ${(importing.marks * 2).toLocaleString('en')} rows in one transaction: ${ms(importing.rawIndexedMedian)} into stores with the app's indexes; ${ms(importing.rawMedian)} into stores without any index | ≤ 1.5× |`,
);
