/**
 * The union office's year on the demo workspace: the 2024 union annual report exports as Word and as the raw
 * figures workbook (each checked for the 83 competitions), and a reward entered in the incentives ledger is
 * approved, with who approved it recorded.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { demoTest, expect as baseExpect } from './fixtures';

// The shared two-core machine runs several agents' builds at once: waits get a minute instead of 15 s.
const expect = baseExpect.configure({ timeout: 60_000 });
demoTest.describe.configure({ timeout: 240_000 });

const out = mkdtempSync(join(tmpdir(), 'jx-reports-'));

demoTest('the 2024 union annual report exports, and a reward is entered and approved', async ({ page }) => {
  await page.goto('/?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toBeVisible({ timeout: 150_000 });

  await page.getByTestId('nav-reports').click();
  await page.getByTestId('report-year').click();
  await page.getByRole('option', { name: '2024', exact: true }).click();
  await expect(page.getByTestId('report-figures')).toContainText('83');
  await expect(page.getByTestId('report-chart-competitionsByLevel')).toBeVisible();

  const docxDownload = page.waitForEvent('download');
  await page.getByTestId('report-export-docx').click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe('2024年工会年度报告.docx');
  await docx.saveAs(join(out, 'report.docx'));
  const files = unzipSync(readFileSync(join(out, 'report.docx')));
  const documentXml = strFromU8(files['word/document.xml']!);
  expect(documentXml).toContain('全年共组织开展各级技能竞赛 83 场，其中国家级 1 场、省级 2 场、市级 4 场、公司级 9 场、基层级 67 场。');
  expect(Object.keys(files).filter((name) => name.startsWith('word/media/')).length).toBe(6);

  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('report-export-xlsx').click();
  const xlsx = await xlsxDownload;
  await xlsx.saveAs(join(out, 'figures.xlsx'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, 'figures.xlsx'));
  const figures = workbook.getWorksheet('主要指标')!;
  expect(figures.getRow(2).getCell(2).value).toBe(83);
  expect(figures.getRow(2).getCell(1).value).toBe('竞赛场次');

  // A reward entered by hand waits for approval, then is approved by a named person.
  await page.getByTestId('reports-tab-incentives').click();
  await expect(page.getByTestId('ledger-summary')).toBeVisible();
  await page.getByTestId('ledger-add').click();
  await page.getByTestId('incentive-person').fill('王');
  await page.getByRole('option').first().click();
  await page.getByTestId('incentive-source').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('incentive-amount').fill('1500元');
  await page.getByTestId('incentive-save').click();
  await expect(page.getByText('金额只能填数字，例如 1500 或 1500.50。')).toBeVisible();
  await page.getByTestId('incentive-amount').fill('1500');
  await page.getByTestId('incentive-description').fill('岗位练兵优秀奖励');
  await page.getByTestId('incentive-save').click();

  await page.getByTestId('ledger-status-filter').click();
  await page.getByRole('option', { name: '待审批' }).click();
  await expect(page.getByTestId('ledger-summary')).toContainText('共 1 笔，金额合计 1,500.00 元');
  await page.getByTestId('ledger-approve').click();
  await expect(page.getByTestId('decision-body')).toContainText('批准后');
  await page.getByTestId('decision-by').fill('工会主席');
  await page.getByTestId('decision-confirm').click();
  await expect(page.getByTestId('ledger-summary')).toContainText('共 0 笔');

  await page.getByTestId('ledger-status-filter').click();
  await page.getByRole('option', { name: '已批准' }).click();
  const first = page.getByRole('row').nth(1);
  await expect(first).toContainText('岗位练兵优秀奖励');
  await expect(first).toContainText('工会主席');
  await expect(first.getByTestId('ledger-status')).toHaveText('已批准');
});
