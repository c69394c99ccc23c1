/**
 * The dashboard (synergy issue): the 2024 demo dashboard rendered with all its charts after navigating to it
 * (target < 500 ms), a year switch (< 200 ms), and the five-year view over five demo years, about five times the
 * demo's records (< 1.5 s). Web build in headless Chromium; times are measured inside the page, from the click
 * to the frame in which every chart has drawn its bars.
 *
 * Baseline, in the same run and the same page: reading the nine whole tables the dashboard used to re-read on
 * every visit (raw IndexedDB getAll, before any computing), which alone is what the snapshot avoids.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildWebApp, projectRoot, webBuildDir } from '../buildWebApp.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { machine, median, writeSection } from './report.mjs';
import { serveFolder } from './staticServer.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const OLD_TABLES = ['departments', 'people', 'competitions', 'entries', 'publications', 'studios', 'projects', 'achievements', 'incentives'];

buildWebApp();
const scratch = mkdtempSync(join(tmpdir(), 'jiangxin-dash-'));
const multiFile = join(scratch, 'multi-year.json');
const gen = spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'scripts/bench/multiYearWorkspace.ts'), multiFile], { stdio: 'inherit' });
if (gen.status !== 0) process.exit(1);

const multiJson = readFileSync(multiFile, 'utf8');
const { server, url } = await serveFolder(webBuildDir, { '/multi-year.json': multiJson });
const launch = (profile) =>
  chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true, viewport: { width: 1280, height: 900 } });

/** In the page: resolves with the time from `start` to the frame in which `ready()` first holds. */
const untilReady = (page, action, readyName, arg) =>
  page.evaluate(
    ([actionName, ready, a]) =>
      new Promise((resolve, reject) => {
        const checks = {
          charts: () => {
            const cards = [...document.querySelectorAll('[data-testid^="chart-"][class*="MuiCard"]')];
            return cards.length === 8 && cards.every((c) => c.querySelector('.MuiBarChart-element') || c.textContent.includes('—'));
          },
          year: (y) => document.querySelector('[data-testid="year-select"]')?.textContent?.includes(String(y)) && checks.charts(),
          trends: (n) => document.querySelectorAll('[data-testid="trends-table"] thead th').length >= n + 1 && document.querySelector('[data-testid="trends"] .MuiLineElement-root, [data-testid="trends"] path') !== null,
        };
        const actions = {
          navigate: () => document.querySelector('[data-testid="nav-dashboard"]').click(),
          trends: () => document.querySelector('[data-testid="view-trends"]').click(),
          none: () => {},
        };
        const start = performance.now();
        actions[actionName]();
        const deadline = start + 30_000;
        const poll = () => {
          if (checks[ready](a)) resolve(performance.now() - start);
          else if (performance.now() > deadline) reject(new Error(`not ready: ${ready}`));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    [action, readyName, arg],
  );

const rawRead = (page) =>
  page.evaluate(async (tables) => {
    const db = await new Promise((res, rej) => {
      const q = indexedDB.open('jiangxin');
      q.onsuccess = () => res(q.result);
      q.onerror = () => rej(q.error);
    });
    const start = performance.now();
    const tx = db.transaction(tables);
    await Promise.all(tables.map((t) => new Promise((res) => (tx.objectStore(t).getAll().onsuccess = res))));
    const ms = performance.now() - start;
    db.close();
    return ms;
  }, OLD_TABLES);

async function toCompetitions(page) {
  await page.getByTestId('nav-competitions').click();
  await page.getByTestId('competitions-table').waitFor();
}

async function chooseYear(page, year) {
  await page.getByTestId('year-select').click();
  const option = page.getByRole('option', { name: String(year), exact: true });
  await option.waitFor();
  // Click the option and measure in the page until the charts of that year are drawn.
  const handle = await option.elementHandle();
  return page.evaluate(
    ([el, y]) =>
      new Promise((resolve) => {
        const start = performance.now();
        el.click();
        const poll = () => {
          const cards = [...document.querySelectorAll('[data-testid^="chart-"][class*="MuiCard"]')];
          const ok = document.querySelector('[data-testid="year-select"]')?.textContent?.includes(String(y)) && cards.length === 8;
          if (ok) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    [handle, year],
  );
}

// ---- the demo workspace -------------------------------------------------------------------------------------
const demoProfile = mkdtempSync(join(scratch, 'demo-'));
const demo = { navigate: [], yearSwitch: [], baseline: [] };
{
  const context = await launch(demoProfile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/?demo=auto`);
  await page.getByTestId('figure-competitions-value').waitFor({ timeout: 180_000 });
  await untilReady(page, 'none', 'charts');
  for (let i = 0; i < RUNS; i += 1) {
    await toCompetitions(page);
    demo.baseline.push(await rawRead(page));
    demo.navigate.push(await untilReady(page, 'navigate', 'charts'));
    demo.yearSwitch.push(await chooseYear(page, 2023));
    demo.yearSwitch.push(await chooseYear(page, 2024));
  }
  await context.close();
}

// ---- five demo years --------------------------------------------------------------------------------------
const multiProfile = mkdtempSync(join(scratch, 'multi-'));
const multi = { firstOpen: 0, fiveYear: [], navigate: [], baseline: [] };
const records = JSON.parse(multiJson);
const total = Object.values(records).reduce((s, rows) => s + rows.length, 0);
{
  const context = await launch(multiProfile);
  const page = context.pages()[0] ?? (await context.newPage());
  // An empty workspace first (the app creates its database), then the records written straight into it.
  await page.goto(`${url}/`);
  await page.getByTestId('welcome').waitFor({ timeout: 180_000 });
  await page.evaluate(async () => {
    const workspace = await (await fetch('/multi-year.json')).json();
    const db = await new Promise((res) => (indexedDB.open('jiangxin').onsuccess = (e) => res(e.target.result)));
    const tables = [...Object.keys(workspace), 'dashboardCache'];
    const tx = db.transaction(tables, 'readwrite');
    for (const [table, rows] of Object.entries(workspace)) for (const row of rows) tx.objectStore(table).put(row);
    tx.objectStore('dashboardCache').clear();
    await new Promise((res, rej) => {
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  });
  // A reload, so the app starts on the written workspace (a hash change alone would keep the welcome page).
  await page.goto(`${url}/#/competitions`);
  await page.reload();
  await page.getByTestId('competitions-table').waitFor({ timeout: 180_000 });
  // The first visit builds the snapshot from the records (written behind the app's back, so nothing was journalled).
  multi.firstOpen = await untilReady(page, 'navigate', 'charts');
  for (let i = 0; i < RUNS; i += 1) {
    await toCompetitions(page);
    multi.baseline.push(await rawRead(page));
    const nav = await untilReady(page, 'navigate', 'charts');
    const trends = await untilReady(page, 'trends', 'trends', 5);
    multi.navigate.push(nav);
    multi.fiveYear.push(nav + trends);
    await page.getByTestId('view-year').click();
  }
  await context.close();
}
await new Promise((resolve) => server.close(resolve));
rmSync(scratch, { recursive: true, force: true });

const ms = (v) => `${v.toFixed(0)} ms`;
const row = (what, values, base, target) => `| ${what} | ${ms(median(values))} | ${ms(median(base))} | ${(median(values) / median(base)).toFixed(2)}× | ${target} |`;

writeSection('dashboard', `
### Dashboard with charts (${new Date().toISOString().slice(0, 10)})

${machine()}; web build in headless Chromium (1280 × 900), ${RUNS} runs each, medians. Timed in the page from the
click to the animation frame in which all eight charts have drawn their bars (year switch: the new year's charts).
Baseline, same run and page: reading the nine whole tables the dashboard used to re-read (raw IndexedDB \`getAll\`,
no computing) — the work the stored snapshot replaces.

| measure | app | baseline (nine-table read) | ratio | target |
| --- | ---: | ---: | ---: | --- |
${row('demo 2024: navigation → dashboard with charts', demo.navigate, demo.baseline, '< 500 ms')}
${row('demo: year switch (2024 ↔ 2023) → new charts', demo.yearSwitch, demo.baseline, '< 200 ms')}
${row(`five demo years (${total.toLocaleString('en')} records): navigation → dashboard with charts`, multi.navigate, multi.baseline, '—')}
${row('five demo years: navigation → five-year view drawn', multi.fiveYear, multi.baseline, '< 1,500 ms')}

First visit after the five years were written behind the app's back (nothing journalled, so the snapshot is
rebuilt from the records once): ${ms(multi.firstOpen)}.
`);
