/**
 * The chief judge's results flow on a demo competition in review whose marks are locked (集团“匠心杯”机电设备检修工):
 * live results show anonymous codes only → the open appeal is upheld and changes one mark (results recompute) →
 * publication freezes a snapshot with its hash (names revealed) → the results workbook is exported and read back
 * cell by cell against the screen (the team ranking too: the cup ranks units' teams) → certificates print to PDF with the hash.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { demoTest, expect } from './fixtures';
import { DEMO_SEAL_PASSPHRASE } from '../../shared/demo/data/demoPin';

const COMPETITION = 'comp-2024-076';
const CODE = /^[A-Z]\d{3}$/;

/** The demo workspace loads on first visit (generated in the page: slow on a busy 2-core machine). */
async function openResults(page: Page) {
  await page.goto('./?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 120_000 });
  // The encryption officer unseals (揭封) the code map in this window after sign-off: codes appear, names do not.
  await page.goto(`./?demo=auto#/competitions/${COMPETITION}/draw`);
  await page.getByTestId('draw-unseal').click();
  await page.getByTestId('draw-passphrase').fill(DEMO_SEAL_PASSPHRASE);
  await page.getByTestId('draw-unseal-submit').click();
  await expect(page.getByTestId('draw-sealed-table')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('tab-results').click();
}

demoTest('results → an appeal changes a mark → publish → workbook and certificates carry the snapshot hash', async ({ page }) => {
  demoTest.setTimeout(420_000);
  await openResults(page);

  // Live results before publication: codes only, publishing blocked by the open appeal.
  const ranking = page.getByTestId('results-ranking');
  await expect(ranking.getByTestId('results-row').first()).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('results-snapshot')).toContainText('只显示加密号');
  await expect(page.getByTestId('results-publish')).toBeDisabled();
  const firstCells = ranking.getByTestId('results-row').first().locator('td');
  await expect(firstCells.nth(1)).toHaveText(CODE);
  expect(await ranking.locator('th').allInnerTexts()).not.toContain('姓名');

  // The entrant's breakdown shows every judge's raw marks.
  await ranking.getByTestId('results-row').first().click();
  await expect(page.getByTestId('entrant-breakdown')).toContainText('1号裁判');
  await page.getByRole('button', { name: '关闭' }).click();

  // The arbitration group upholds the open appeal and raises one 0–3 mark of the appellant.
  await page.getByTestId('tab-appeals').click();
  await page.getByTestId('appeal-rule').click();
  await page.getByTestId('appeal-upheld').click();
  await page.getByRole('combobox', { name: '评分记录' }).click();
  const option = page.getByRole('option', { name: /: L[0-2]$/ }).first();
  const optionText = await option.innerText();
  await option.click();
  await page.getByTestId('appeal-change-value').fill('3');
  await page.getByTestId('appeal-change-reason').fill('调阅录像确认作业规范');
  await page.getByTestId('appeal-change-add').click();
  await expect(page.getByTestId('appeal-pending-change')).toContainText('→ L3');
  await page.getByTestId('appeal-ruled-by').fill('监督仲裁组 王敏');
  await page.getByTestId('appeal-ruling').fill('经调阅录像，申诉成立，更正该项评分。');
  await page.getByTestId('appeal-ruling-save').click();
  await expect(page.getByTestId('appeal-mark-change')).toContainText('调阅录像确认作业规范');
  await expect(page.getByTestId('appeal-mark-change')).toContainText(`${optionText.split(': ').pop()} → L3`);

  // Publish: asks first, then freezes the snapshot; the competition is published and names appear.
  await page.getByTestId('tab-results').click();
  await page.getByTestId('results-publish').click();
  await page.getByTestId('results-publish-confirm').click();
  await expect(page.getByTestId('competition-status')).toHaveText('已公示');
  const snapshotText = await page.getByTestId('results-snapshot').innerText();
  const hash = /[0-9a-f]{64}/.exec(snapshotText)?.[0];
  expect(hash).toBeDefined();
  await expect(ranking.locator('th').filter({ hasText: '姓名' })).toHaveCount(1);
  const screenRows = await ranking.getByTestId('results-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
  );
  // The group cup is a team event too: each unit's team scores the mean of its members' totals, with team awards.
  const teamRows = await page.getByTestId('results-team-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
  );
  expect(teamRows.length).toBeGreaterThan(1);
  expect(teamRows[0]![0]).toBe('1');
  expect(teamRows[0]![1]).toMatch(/中心[一二三四五六七八九十]队$/);

  // The results workbook, read back cell by cell against the screen.
  await page.getByTestId('tab-reports').click();
  await expect(page.getByTestId('reports-snapshot')).toContainText(hash!);
  const download = page.waitForEvent('download');
  await page.getByTestId('report-workbook').click();
  const dir = mkdtempSync(join(tmpdir(), 'jx-results-'));
  const xlsxPath = join(dir, 'results.xlsx');
  await (await download).saveAs(xlsxPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名', '模块明细', '评分明细', '审计摘要', '团体排名']);
  const teamSheet = workbook.worksheets[4]!;
  teamRows.forEach(([rank, team, , score, award], i) => {
    const row = teamSheet.getRow(6 + i);
    expect(row.getCell(1).value).toBe(Number(rank));
    expect(row.getCell(2).value).toBe(team);
    expect((row.getCell(4).value as number).toFixed(2)).toBe(score);
    expect(row.getCell(5).value ?? '').toBe(award);
  });
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('B2').value).toBe(hash);
  expect(sheet.getRow(5).values).toEqual([undefined, '名次', '加密号', '姓名', '单位', '状态', '总分', '奖项', '理论知识', '实际操作']);
  // Screen columns: rank, code, name, total, the two parts, the T-score (screen only), award, tie.
  screenRows.forEach(([rank, code, name, total, theory, practical, , award], i) => {
    const row = sheet.getRow(6 + i);
    expect(row.getCell(1).value).toBe(Number(rank));
    expect(row.getCell(2).value).toBe(code);
    expect(row.getCell(3).value).toBe(name);
    expect((row.getCell(6).value as number).toFixed(2)).toBe(total);
    expect(row.getCell(7).value ?? '').toBe(award);
    expect((row.getCell(8).value as number).toFixed(2)).toBe(theory);
    expect((row.getCell(9).value as number).toFixed(2)).toBe(practical);
  });
  const audit = workbook.worksheets[3]!;
  const auditValues = new Map<string, unknown>();
  audit.eachRow((row) => auditValues.set(String(row.getCell(1).value), row.getCell(2).value));
  expect(auditValues.get('因申诉更改的评分')).toBe(1);
  expect(auditValues.get('申诉')).toBe(1);

  // Certificates: one landscape page per award winner, Chinese layout, with the snapshot hash.
  const printPage = await page.context().newPage();
  await printPage.goto(`./?demo=auto#/print/results/${COMPETITION}/certificates`);
  await printPage.waitForFunction(() => (window as { __jiangxinPrintReady?: boolean }).__jiangxinPrintReady === true);
  const certificates = await printPage.getByTestId('report-certificate').count();
  expect(certificates).toBe(screenRows.filter((r) => r[7]).length);
  const pdfPath = join(dir, 'certificates.pdf');
  writeFileSync(pdfPath, await printPage.pdf({ format: 'A4', landscape: true, printBackground: true }));
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('荣誉证书');
  expect(pdfText).toContain(screenRows[0]![2]!);
  expect(pdfText.replace(/\s/g, '')).toContain(hash!);
});

demoTest('the results tab speaks English too', async ({ page }) => {
  demoTest.setTimeout(180_000);
  await page.addInitScript(() => localStorage.setItem('jiangxin.language', 'en-US'));
  await openResults(page);
  await expect(page.getByTestId('results-ranking')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('results-snapshot')).toContainText('anonymous codes only');
  await expect(page.getByTestId('results-awards')).toContainText('By ratio: first 10 %');
  await expect(page.getByTestId('results-unranked')).toContainText(/Absent|Withdrawn/);
});
