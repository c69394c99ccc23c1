/**
 * Importing a 10,000-row roster through the UI of the web build in Chromium (targets: preview < 3 s, write < 5 s).
 *
 * Each run creates a competition, picks a fresh 10,000-row xlsx (new employee numbers each run, so every row
 * creates a person and an entry), and times file pick → preview shown with its counts, and confirm → roster
 * table showing all entries. Baselines in the same run: reading the same workbook with exceljs in Node
 * (the unavoidable parse), and a raw IndexedDB bulk write of 20,000 plain rows (a person and an entry per line)
 * in the same browser.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { buildWebApp } from '../buildWebApp.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { machine, median, writeSection } from './report.mjs';
import { serveFolder } from './staticServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROWS = 10_000;
const RUNS = 3;
const DEPARTMENTS = ['信号一车间', '信号二车间', '通信车间', '变电车间', '接触网车间', '线路车间'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂';

buildWebApp();

async function rosterBytes(run) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['姓名', '工号', '部门', '工种']);
  for (let i = 0; i < ROWS; i += 1) {
    const name = SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] + GIVEN[(i * 7) % GIVEN.length];
    sheet.addRow([name, `B${run}${String(i).padStart(5, '0')}`, DEPARTMENTS[i % DEPARTMENTS.length], '信号工']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function nodeParse(bytes) {
  const started = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  let cells = 0;
  workbook.worksheets[0].eachRow((row) => {
    cells += row.cellCount;
  });
  if (cells < ROWS) throw new Error('baseline read too few cells');
  return performance.now() - started;
}

const { server, url } = await serveFolder(join(root, 'dist-web'));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
const page = await context.newPage();
await page.goto(`${url}/?demo=auto`);
await page.getByTestId('figure-competitions-value').waitFor({ timeout: 60_000 });

const results = [];
for (let run = 1; run <= RUNS; run += 1) {
  const bytes = await rosterBytes(run);
  const parseMs = await nodeParse(bytes);

  await page.goto(`${url}/#/competitions`);
  await page.getByTestId('new-competition').click();
  await page.getByTestId('field-name').fill(`基准测试 ${run}`);
  await page.getByTestId('field-trade').fill('信号工');
  await page.getByTestId('create-competition').click();
  await page.getByTestId('status-advance').click();
  await page.getByTestId('competition-status').filter({ hasText: '报名中' }).waitFor();
  await page.getByTestId('tab-roster').click();

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('roster-import').click();
  const picked = performance.now();
  await (await chooser).setFiles({ name: 'roster.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
  await page.getByTestId('roster-preview-ok-count').filter({ hasText: /10[,\s]?000/ }).waitFor({ timeout: 120_000 });
  const previewMs = performance.now() - picked;

  const confirmed = performance.now();
  await page.getByTestId('roster-preview-confirm').click();
  await page.getByTestId('roster-import-done').waitFor({ timeout: 120_000 });
  await page.getByTestId('roster-count').filter({ hasText: /10[,\s]?000/ }).waitFor({ timeout: 120_000 });
  const writeMs = performance.now() - confirmed;

  const rawWriteMs = await page.evaluate(async (rows) => {
    const open = indexedDB.open(`bench-raw-${Math.random()}`, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('people', { keyPath: 'id' });
      open.result.createObjectStore('entries', { keyPath: 'id' });
    };
    const db = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    const tx = db.transaction(['people', 'entries'], 'readwrite');
    const people = tx.objectStore('people');
    const entries = tx.objectStore('entries');
    for (let i = 0; i < rows; i += 1) {
      people.put({ id: `p${i}`, version: 1, updatedAt: new Date().toISOString(), name: '王伟', employeeNo: `X${i}`, departmentId: 'd', trade: '信号工', honours: [] });
      entries.put({ id: `e${i}`, version: 1, updatedAt: new Date().toISOString(), competitionId: 'c', memberIds: [`p${i}`], departmentId: 'd', coachIds: [], status: 'registered' });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    db.close();
    return ms;
  }, ROWS);

  results.push({ previewMs, writeMs, parseMs, rawWriteMs });
  console.log(`run ${run}: preview ${previewMs.toFixed(0)} ms, write ${writeMs.toFixed(0)} ms; baselines parse ${parseMs.toFixed(0)} ms, raw write ${rawWriteMs.toFixed(0)} ms`);
}
await browser.close();
server.close();

const m = (key) => median(results.map((r) => r[key]));
writeSection('roster-import', `
### Roster import, ${ROWS.toLocaleString('en-US')} rows (${new Date().toISOString().slice(0, 10)})

${machine()}; web build in headless Chromium, driven through the roster tab; ${RUNS} runs, medians.

| step | app | baseline | ratio | target |
| --- | ---: | ---: | ---: | --- |
| pick file → preview with every row checked and counted | ${m('previewMs').toFixed(0)} ms | ${m('parseMs').toFixed(0)} ms (exceljs reading the same file in Node) | ${(m('previewMs') / m('parseMs')).toFixed(1)}× | < 3,000 ms |
| confirm → all ${ROWS.toLocaleString('en-US')} entries written (one transaction) and listed | ${m('writeMs').toFixed(0)} ms | ${m('rawWriteMs').toFixed(0)} ms (raw IndexedDB put of the same ${(ROWS * 2).toLocaleString('en-US')} rows) | ${(m('writeMs') / m('rawWriteMs')).toFixed(1)}× | < 5,000 ms |
`);
