/**
 * A studio lead's year, as in the studios issue: a new studio with people imported from a file, a project taken
 * from 申报 through a review scorecard with three reviewers to 成果, a patent with its saving registered, the
 * ledger (.xlsx) and annual report (.docx) exported; then the studio's package merged on a second copy.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { demoTest, expect as baseExpect, test } from './fixtures';

// The shared two-core machine runs eight agents' builds at once: waits get a minute instead of 15 s.
const expect = baseExpect.configure({ timeout: 60_000 });

// Generous for a busy shared machine; on an idle one the flow takes well under a minute.
test.describe.configure({ timeout: 480_000 });

const out = mkdtempSync(join(tmpdir(), 'jx-studios-'));
const PEOPLE_CSV = '姓名,工号,部门,工种,技能等级\n严工匠,T90001,变电车间,变电检修工,技师\n贺创新,T90002,接触网车间,接触网工,高级工\n骆协作,T90003,电力环控调度室,电力调度员,中级工\n';

async function openDemo(page: Page) {
  await page.goto('/?demo=auto');
  // Generating and writing the demo takes a while on a busy two-core machine.
  await expect(page.getByTestId('figure-competitions-value')).toBeVisible({ timeout: 150_000 });
}

async function pickPerson(page: Page, testId: string, query: string, option: RegExp) {
  await page.getByTestId(testId).fill(query);
  await page.getByRole('option', { name: option }).click();
}

async function decideGate(page: Page, expected: string) {
  await page.getByTestId('gate-open').click();
  await page.getByTestId('gate-by').fill('工会创新办');
  await page.getByTestId('gate-confirm').click();
  await expect(page.getByTestId('project-stage')).toHaveText(expected);
}

demoTest('a studio lead takes a project from proposal through review to a patent, and exports the year', async ({ page }) => {
  await openDemo(page);

  // People come from a file, checked in the roster's preview before anything is written.
  await page.getByTestId('nav-people').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('people-import').click();
  await (await chooser).setFiles({ name: '人员名单.csv', mimeType: 'text/csv', buffer: Buffer.from(PEOPLE_CSV) });
  await expect(page.getByTestId('roster-preview-ok-count')).toContainText('3');
  await page.getByTestId('roster-preview-confirm').click();
  await expect(page.getByTestId('people-import-done')).toContainText('3');

  // A new studio with members from three departments.
  await page.getByTestId('nav-studios').click();
  await page.getByTestId('new-studio').click();
  await page.getByTestId('studio-name').fill('变电检修工匠创新工作室');
  await pickPerson(page, 'studio-lead', 'T90001', /严工匠/);
  await page.getByRole('combobox', { name: '部门' }).click();
  await page.getByRole('option', { name: '变电车间', exact: true }).click();
  await pickPerson(page, 'studio-members-input', 'T90002', /贺创新/);
  await pickPerson(page, 'studio-members-input', 'T90003', /骆协作/);
  await page.getByTestId('studio-save').click();
  await expect(page.getByRole('heading', { name: '变电检修工匠创新工作室' })).toBeVisible();
  await expect(page.getByTestId('studio-members')).toContainText('来自 3 个部门');

  // A project, proposed and sent to review.
  await page.getByTestId('new-project').click();
  await page.getByTestId('project-title').fill('直流开关柜智能检测装置');
  await pickPerson(page, 'project-members', 'T90001', /严工匠/);
  await pickPerson(page, 'project-members', 'T90002', /贺创新/);
  await page.getByTestId('project-save').click();
  await expect(page.getByTestId('project-stage')).toHaveText('申报');
  await decideGate(page, '评审');
  await expect(page.getByTestId('project-read-only')).toBeVisible();
  await expect(page.getByTestId('edit-project')).toBeDisabled();

  // Three reviewers score the default template; the aggregate passes.
  await page.getByTestId('review-use-template').click();
  const scores = [[8, 7, 9, 6], [7, 7, 8, 7], [9, 6, 8, 8]];
  for (const [i, name] of ['张评审', '王评审', '刘评审'].entries()) {
    await page.getByTestId('reviewer-name').fill(name);
    await page.getByTestId('add-reviewer').click();
    for (const [j, criterion] of ['innovation', 'feasibility', 'benefit', 'team'].entries()) {
      await page.getByTestId(`score-${i}-${criterion}`).fill(String(scores[i]![j]));
    }
  }
  await expect(page.getByTestId('review-total')).toHaveText('76.17');
  await expect(page.getByTestId('review-outcome')).toContainText('评审通过');
  for (const stage of ['立项', '研制', '试用', '成果']) await decideGate(page, stage);
  await expect(page.getByTestId('gate-history')).toContainText('评审 → 立项');

  // A utility-model patent with its yearly saving.
  await page.getByTestId('project-register-achievement').click();
  await page.getByTestId('achievement-title').fill('一种直流开关柜智能检测装置');
  await pickPerson(page, 'achievement-owners', 'T90001', /严工匠/);
  await page.getByTestId('patent-number').fill('ZL 2024 2 0012345.6');
  await page.getByTestId('achievement-savings').fill('12500.50');
  await page.getByTestId('achievement-basis').fill('每年减少委外检测 5 次，每次 2500.10 元');
  await page.getByTestId('achievement-save').click();
  await expect(page.getByTestId('patent-term')).toContainText('10 年');
  await expect(page.getByTestId('achievement-savings-value')).toHaveText('12,500.50');

  // The year's ledger and annual report.
  await page.getByRole('link', { name: '变电检修工匠创新工作室' }).click();
  const year = String(new Date().getFullYear());
  await expect(page.getByTestId('studio-year')).toHaveValue(year);
  await page.getByTestId('studio-exports').click();
  const ledgerDownload = page.waitForEvent('download');
  await page.getByTestId('export-ledger').click();
  const ledgerPath = join(out, 'ledger.xlsx');
  await (await ledgerDownload).saveAs(ledgerPath);
  await page.getByTestId('studio-exports').click();
  const reportDownload = page.waitForEvent('download');
  await page.getByTestId('export-report').click();
  const report = await reportDownload;
  expect(report.suggestedFilename()).toMatch(/\.docx$/);
  await report.saveAs(join(out, 'report.docx'));

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(ledgerPath)).buffer);
  const achievements = workbook.getWorksheet('成果')!;
  expect(achievements.getRow(2).getCell(1).value).toBe('一种直流开关柜智能检测装置');
  expect(achievements.getRow(2).getCell(5).value).toBe(12500.5);
  expect(workbook.getWorksheet('专利')!.getRow(2).getCell(3).value).toBe('ZL 2024 2 0012345.6');
  expect(readFileSync(join(out, 'report.docx')).subarray(0, 2).toString()).toBe('PK');
});

test('the union office merges a studio package, and merging it again adds nothing (English)', async ({ browser, newDemoContext }) => {
  const studioLaptop = await newDemoContext({ locale: 'en-US' });
  await studioLaptop.addInitScript(() => localStorage.setItem('jiangxin.language', 'en-US'));
  const lead = await studioLaptop.newPage();
  await openDemo(lead);
  await lead.getByTestId('nav-studios').click();
  await lead.getByTestId('studios-table').getByRole('row').nth(1).click();
  await lead.getByTestId('studio-exports').click();
  const download = lead.waitForEvent('download');
  await lead.getByTestId('export-package').click();
  const packagePath = join(out, 'studio.jxstudio');
  await (await download).saveAs(packagePath);
  const studioName = await lead.getByRole('heading', { level: 1 }).textContent();

  const officeLaptop = await browser.newContext({ locale: 'en-US' });
  await officeLaptop.addInitScript(() => localStorage.setItem('jiangxin.language', 'en-US'));
  const office = await officeLaptop.newPage();
  await office.goto('/');
  await office.getByTestId('welcome-start-empty').click();
  await office.getByTestId('nav-studios').click();
  for (const round of [1, 2]) {
    const chooser = office.waitForEvent('filechooser');
    await office.getByTestId('import-package').click();
    await (await chooser).setFiles(packagePath);
    await expect(office.getByTestId('merge-summary')).toContainText(round === 1 ? /^[1-9]\d* to add/ : /^0 to add, 0 to update/);
    await office.getByTestId('merge-confirm').click();
    await expect(office.getByTestId('package-message')).toContainText('Merged');
  }
  await expect(office.getByTestId('studios-table').getByRole('row')).toHaveCount(2);
  await office.getByTestId('studios-table').getByRole('row').nth(1).click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(studioName ?? '');
});
