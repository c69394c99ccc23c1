/**
 * The knowledge browse page on 20,000 articles, in Chromium: opening it (article count, the first page of 50
 * newest summaries, every facet's counts) and clicking a filter, as the page asks its repository through the
 * articles' indexes. Baseline in the same run: what the page did before (every summary in one query, then
 * filter, sort and count in memory) and a bare `toArray` of the summaries.
 *
 * The app's own code (database, knowledge repository) is bundled with esbuild into a bench page; the summaries
 * are generated in the page (Zipf-distributed tags, departments and categories) and written with bulkAdd.
 *
 *   node scripts/bench/knowledgeBrowse.bench.mjs [articleCount]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { machine, median, writeSection } from './report.mjs';
import { serveFolder } from './staticServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLES = Number(process.argv[2] ?? 20_000);
const RUNS = 9;
const work = join(root, '.tmp', 'bench-knowledge-browse');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'site'), { recursive: true });

await build({
  entryPoints: [join(root, 'scripts', 'bench', 'knowledgeBrowse.entry.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  outfile: join(work, 'site', 'bench.js'),
  logLevel: 'warning',
});
writeFileSync(join(work, 'site', 'index.html'), '<!doctype html><meta charset="utf-8"><script src="bench.js"></script><p>bench</p>');
const { server, url } = await serveFolder(join(work, 'site'));
const context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${url}/index.html`);
await page.waitForFunction(() => 'kbrowse' in globalThis);

const loadAtStart = os.loadavg()[0];
const seeded = await page.evaluate((n) => globalThis.kbrowse.seed(n), ARTICLES);
console.log(`seeded ${ARTICLES} summaries in ${seeded.ms.toFixed(0)} ms`);

/** The cases timed: the page as it opens, and the filters a user clicks first. */
const CASES = [
  { name: 'open (no filter)', filters: {} },
  { name: 'one filter: a kind', filters: { kind: 'technique' } },
  { name: 'one filter: a common tag', filters: { tag: '标签1' } },
  { name: 'one filter: a category', filters: { categoryIds: ['cat-2'] } },
  { name: 'three filters: kind, status, year', filters: { kind: 'best_practice', status: 'published', year: 2022 } },
];

async function timeRuns(fn, ...args) {
  return timeRunsN(RUNS, fn, ...args);
}

async function timeRunsN(runs, fn, ...args) {
  await page.evaluate(([f, a]) => globalThis.kbrowse[f](...a), [fn, args]); // warm-up
  const ms = [];
  let last;
  for (let i = 0; i < runs; i += 1) {
    last = await page.evaluate(([f, a]) => globalThis.kbrowse[f](...a), [fn, args]);
    ms.push(last.ms);
  }
  return { ms: median(ms), last };
}

const rows = [];
for (const c of CASES) {
  const app = await timeRuns('openApp', c.filters);
  const baseline = await timeRuns('openBaseline', c.filters);
  const counts = await timeRuns('part', 'counts', c.filters);
  const first = await timeRuns('part', 'page', c.filters);
  const indexCounts = await timeRunsN(3, 'part', 'indexCounts', c.filters);
  const stamp = await timeRuns('part', 'stamp', c.filters);
  if (app.last.total !== baseline.last.total || app.last.rows !== baseline.last.rows) throw new Error(`${c.name}: app and baseline disagree`);
  rows.push({ ...c, app: app.ms, baseline: baseline.ms, counts: counts.ms, page: first.ms, indexCounts: indexCounts.ms, stamp: stamp.ms, total: app.last.total });
  console.log(c.name, rows.at(-1));
}
const toArray = await timeRuns('toArray');
console.log('toArray', toArray.ms);
await context.close();
server.close();

const f = (n) => `${n.toFixed(1)} ms`;
writeSection('knowledge-browse', `
### Knowledge browse page, ${ARTICLES.toLocaleString('en-US')} articles (${new Date().toISOString().slice(0, 10)})

${machine()}, load average ${loadAtStart.toFixed(1)} when the run started (the machine is shared: absolute times swing with it, the ratios within the run hold); headless Chromium; ${ARTICLES.toLocaleString('en-US')} generated article summaries (400 tags, 30 categories and 60 departments, Zipf-distributed; 12 years, 5 kinds, 3 sources). Median of ${RUNS} runs after a warm-up. **App**: what the browse page asks its repository when it opens or a filter is clicked, through the facets' posting lists and the articles' indexes: the article count, the first page of 50 summaries newest first and every facet's counts (each facet counting the articles that match the other filters). **Baseline** in the same run: what the page did before, every summary in one query, then filtering, sorting and counting in memory. A bare \`toArray\` of the ${ARTICLES.toLocaleString('en-US')} summaries alone takes ${f(toArray.ms)}.

| case | matching | app (page + counts) | of which counts | of which first page | baseline (all summaries) | ratio | counts through the indexes alone |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => `| ${r.name} | ${r.total.toLocaleString('en-US')} | ${f(r.app)} | ${f(r.counts)} | ${f(r.page)} | ${f(r.baseline)} | ${(r.baseline / r.app).toFixed(1)}× | ${f(r.indexCounts)} |`).join('\n')}

App counts come from the facets' posting lists (database version 11: one row per facet value with the ids of its articles, kept in the same transaction as the articles), read in one request. The last column is the first design, counting through the articles' indexes alone (\`where(index).equals(v).count()\` per value, or each value's primary keys intersected with the other filters'): a request per facet value (about 500 here), median of 3 runs in the same run; it is why the posting lists exist.

The app never holds more than the page it shows (50 rows, "load more" adds 50); the baseline holds all ${ARTICLES.toLocaleString('en-US')} summaries in the page's live query and re-reads them all at every article write.
`);
