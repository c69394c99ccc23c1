/**
 * Cold start of the web build to the first usable screen with the demo workspace (target < 1.0 s), and the
 * initial JavaScript size (target < 500 KB gzip).
 *
 * Each run starts a new Chromium process on a profile that already holds the demo workspace, opens the app and
 * waits for the dashboard's `jiangxin:first-usable` performance mark (set when the computed figures are on
 * screen). The baseline is the same browser start opening a one-line static page, in the same run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildWebApp } from '../buildWebApp.mjs';
import { machine, median, writeSection } from './report.mjs';
import { serveFolder } from './staticServer.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist-web');
const RUNS = 9;

buildWebApp();

// Initial JS: the entry script and everything it preloads, as the browser fetches them before first paint.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map((m) => m[1] ?? m[2]);
const sizes = initial.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const gzipTotal = sizes.reduce((s, f) => s + f.gzip, 0);
const rawTotal = sizes.reduce((s, f) => s + f.raw, 0);

const { server, url } = await serveFolder(dist, { '/baseline.html': '<!doctype html><title>b</title><p id="ready">ready</p>' });
const profile = mkdtempSync(join(tmpdir(), 'jiangxin-bench-'));
const launch = () => chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true, viewport: { width: 1440, height: 900 } });

// Prepare the profile: load the demo workspace once.
{
  const context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/?demo=auto`);
  await page.waitForFunction(() => performance.getEntriesByName('jiangxin:first-usable').length > 0, null, { timeout: 60_000 });
  await context.close();
}

async function measure(path, ready) {
  const started = performance.now();
  const context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}${path}`);
  const inPage = await page.evaluate(ready);
  const wall = performance.now() - started;
  await context.close();
  return { inPage, wall };
}

const app = [];
const baseline = [];
for (let i = 0; i < RUNS; i += 1) {
  baseline.push(await measure('/baseline.html', () => new Promise((resolve) => {
    const done = () => resolve(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
    if (document.readyState === 'complete') done();
    else addEventListener('load', done);
  })));
  app.push(await measure('/', () => new Promise((resolve) => {
    const poll = () => {
      const mark = performance.getEntriesByName('jiangxin:first-usable')[0];
      if (mark) resolve(mark.startTime);
      else setTimeout(poll, 5);
    };
    poll();
  })));
}
await new Promise((resolve) => server.close(resolve));
rmSync(profile, { recursive: true, force: true });

const appMs = median(app.map((r) => r.inPage));
const baseMs = median(baseline.map((r) => r.inPage));
const appWall = median(app.map((r) => r.wall));
const baseWall = median(baseline.map((r) => r.wall));
const kb = (n) => (n / 1024).toFixed(1);

writeSection('cold-start', `
### Cold start of the web build, demo workspace (${new Date().toISOString().slice(0, 10)})

${machine()}; Chromium headless, ${RUNS} runs, each a new browser process on a profile holding the demo workspace.

| measure | app | baseline (static one-line page) | ratio | target |
| --- | ---: | ---: | ---: | --- |
| navigation start → first usable screen (dashboard figures computed and shown), median | ${appMs.toFixed(0)} ms | ${baseMs.toFixed(0)} ms | ${(appMs / baseMs).toFixed(1)}× | < 1,000 ms |
| browser launch + navigation → ready, median wall time | ${appWall.toFixed(0)} ms | ${baseWall.toFixed(0)} ms | ${(appWall / baseWall).toFixed(2)}× | — |

Initial JavaScript (entry script and its module preloads): **${kb(gzipTotal)} KB gzip** (${kb(rawTotal)} KB raw) in ${sizes.length} files; target < 500 KB gzip.

| file | raw KB | gzip KB |
| --- | ---: | ---: |
${sizes.map((s) => `| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} |`).join('\n')}
`);
