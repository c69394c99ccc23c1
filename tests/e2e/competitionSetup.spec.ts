/**
 * An organiser sets up a competition on the office laptop and hands the judges their package, as in the
 * competitions issue: template → roster with bad rows, fixed and confirmed → draw → judges (a same-department
 * judge refused) → blank score sheets as PDF (codes, no names) → package → imported on a judge laptop.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { demoTest, expect, test } from './fixtures';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';

const demo = generateDemoWorkspace();
const departmentId = (name: string) => {
  const department = demo.departments.find((d) => d.name === name);
  if (!department) throw new Error(`no department ${name} in the demo`);
  return department.id;
};
/** A demo person of that department who is not in a studio with anyone, to keep the soft warnings predictable. */
const personIn = (name: string) => {
  const person = demo.people.find((p) => p.departmentId === departmentId(name));
  if (!person) throw new Error(`nobody in ${name}`);
  return person;
};

const ENTRANTS = [
  ['赵子墨', 'E2601', '信号一车间'],
  ['钱思远', 'E2602', '信号一车间'],
  ['孙可欣', 'E2603', '信号二车间'],
  ['李明轩', 'E2604', '信号二车间'],
  ['周若溪', 'E2605', '信号一车间'],
  ['吴浩然', 'E2606', '信号二车间'],
] as const;

/** What the user reads on screen, per language; everything else is found by test id. */
const LABELS = {
  'zh-CN': {
    template: '评分细则模板',
    registration: '报名中',
    drawn: '已抽签',
    cancel: '取消',
    verified: /完全一致/,
    judge: '裁判员',
    chief: '裁判长',
    encryption: '加密裁判',
    hardConflict: /部门|车间/,
    imported: '已导入',
    judgeSelect: '裁判',
    refused: '没有导入',
  },
  'en-US': {
    template: 'Rubric template',
    registration: 'Registration',
    drawn: 'Drawn',
    cancel: 'Cancel',
    verified: /match the record exactly/,
    judge: 'Judge',
    chief: 'Chief judge',
    encryption: 'Encryption officer',
    hardConflict: /department|车间/i,
    imported: 'imported',
    judgeSelect: 'Judge',
    refused: 'nothing was imported',
  },
} as const;
type Language = keyof typeof LABELS;
const LANGUAGES = Object.keys(LABELS) as Language[];

async function rosterXlsx(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['姓名', '工号', '部门', '工种']);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function pickFile(page: Page, trigger: () => Promise<void>, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function advanceTo(page: Page, statusLabel: string) {
  await page.getByTestId('status-advance').click();
  await expect(page.getByTestId('competition-status')).toHaveText(statusLabel);
}

async function assignJudge(page: Page, personName: string, role: string, { scoresModules = true } = {}) {
  await page.getByTestId('judges-add').click();
  await page.getByTestId('judge-person').fill(personName);
  await page.getByRole('option', { name: new RegExp(personName) }).first().click();
  await page.getByTestId('judge-role').click();
  await page.getByRole('option', { name: role, exact: true }).click();
  if (scoresModules) {
    await page.getByTestId('judge-modules').click();
    for (const option of await page.getByRole('option').all()) await option.click();
    await page.keyboard.press('Escape');
  }
  await page.getByTestId('judge-save').click();
}

async function setPin(page: Page, assignmentTestId: string, pin: string) {
  await page.getByTestId(assignmentTestId).click();
  await page.getByTestId('judge-pin').fill(pin);
  await page.getByTestId('judge-pin-repeat').fill(pin);
  await page.getByTestId('judge-pin-save').click();
  await expect(page.getByTestId('judge-pin')).toHaveCount(0, { timeout: 30_000 });
}

for (const language of LANGUAGES) {
demoTest(`an organiser sets up a competition and hands the judge laptops their package (${language})`, async ({ page, browser, baseURL }) => {
  demoTest.setTimeout(420_000);
  const L = LABELS[language];
  await page.addInitScript((lang) => localStorage.setItem('jiangxin.language', lang), language);
  // The office laptop holds the demo workspace (seeded once per run, tests/e2e/fixtures.ts).
  await page.goto('./');
  await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 90_000 });

  // A competition from the signalling template.
  await page.getByTestId('nav-competitions').click();
  await page.getByTestId('new-competition').click();
  await page.getByTestId('field-name').fill('2026年信号工技能比武');
  await page.getByTestId('field-trade').fill('信号工');
  await page.getByRole('combobox', { name: L.template }).click();
  await page.getByTestId('template-signal_maintenance_practical').click();
  await expect(page.locator('.MuiMenu-root')).toHaveCount(0);
  await page.getByTestId('create-competition').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2026年信号工技能比武');
  const competitionId = page.url().match(/competitions\/([^/]+)/)?.[1] ?? '';
  expect(competitionId).not.toBe('');
  await page.getByTestId('tab-rubric').click();
  await expect(page.getByTestId('rubric-issues')).toContainText('0');
  await advanceTo(page, L.registration);

  // A roster with bad rows: previewed, nothing written; then the fixed file is confirmed.
  await page.getByTestId('tab-roster').click();
  const bad = [...ENTRANTS.map((e) => [...e, '信号工']), ['', 'E2607', '信号一车间', '信号工'], ['郑雨桐', 'E2601', '信号二车间', '信号工'], ['王一凡', 'E2608', '不存在的车间', '信号工']];
  await pickFile(page, () => page.getByTestId('roster-import').click(), '名单.xlsx', await rosterXlsx(bad));
  const preview = page.getByTestId('roster-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('roster-preview-bad-count')).toContainText('4');
  await expect(preview).toContainText('不存在的车间');
  await preview.getByRole('button', { name: L.cancel }).click();
  await expect(page.getByTestId('roster-table').getByRole('row')).toHaveCount(0);

  await pickFile(page, () => page.getByTestId('roster-import').click(), '名单（已修正）.xlsx', await rosterXlsx(ENTRANTS.map((e) => [...e, '信号工'])));
  await expect(page.getByTestId('roster-preview-bad-count')).toContainText('0');
  await expect(page.getByTestId('roster-preview-ok-count')).toContainText('6');
  await page.getByTestId('roster-preview-confirm').click();
  // The import backs up the whole workspace first (docs/reliability.md), which takes a while with the demo loaded.
  await expect(page.getByTestId('roster-table')).toContainText('赵子墨', { timeout: 120_000 });

  // The draw, recorded with its seed and shown to re-derive; the public list shows order and names, not codes.
  await page.getByTestId('tab-draw').click();
  await page.getByTestId('draw-run').click();
  await expect(page.getByTestId('draw-seed')).not.toBeEmpty();
  await page.getByTestId('draw-verify').click();
  await expect(page.getByTestId('draw-verify-result')).toContainText(L.verified);
  await expect(page.getByTestId('draw-table')).toContainText('赵子墨');
  expect(await page.getByTestId('draw-table').innerText()).not.toMatch(/\b[A-Z]\d{3}\b/);
  await advanceTo(page, L.drawn);

  // Judges: one from the entrants' own workshop is refused; others are assigned and set their PINs.
  await page.getByTestId('tab-judges').click();
  const sameDepartment = personIn('信号一车间');
  await assignJudge(page, sameDepartment.name, L.judge);
  await expect(page.getByTestId('judge-conflict-hard')).toBeVisible();
  await expect(page.getByTestId('judge-conflict-hard')).toContainText(L.hardConflict);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('judges-table')).not.toContainText(sameDepartment.name);

  const judge = personIn('变电车间');
  const chief = personIn('线路车间');
  const officer = personIn('客运部');
  await assignJudge(page, judge.name, L.judge);
  await assignJudge(page, chief.name, L.chief);
  await assignJudge(page, officer.name, L.encryption, { scoresModules: false });
  for (const name of [judge.name, chief.name, officer.name]) await expect(page.getByTestId('judges-table')).toContainText(name);
  for (const testId of await page.locator('[data-testid^="judge-set-pin-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''))) {
    await setPin(page, testId, '482916');
  }

  // The encryption officer draws the anonymous codes in secret and seals them under a passphrase.
  await page.getByTestId('tab-draw').click();
  await page.getByTestId('sealing-draw').click();
  await expect(page.getByTestId('seal-warning')).toBeVisible();
  await page.getByTestId('seal-passphrase').fill('信号工比武的加密口令');
  await page.getByTestId('seal-passphrase-repeat').fill('信号工比武的加密口令');
  await page.getByTestId('seal-confirm').click();
  await expect(page.getByTestId('sealing-done')).toBeVisible({ timeout: 30_000 });
  const sealedText = await page.getByTestId('draw-sealed-table').innerText();
  const codes = [...sealedText.matchAll(/\b[A-Z]\d{3}\b/g)].map((m) => m[0]);
  expect(new Set(codes).size).toBe(6);
  expect(sealedText).toContain('赵子墨');
  await page.getByTestId('draw-reseal').click();

  // Blank score sheets, printed to PDF: the signalling rubric's modules are judged live, so running orders, and
  // neither an entrant's name nor an anonymous code.
  const printPage = await page.context().newPage();
  await printPage.goto(`./#/print/score-sheets/${competitionId}`);
  await printPage.waitForFunction(() => (window as { __jiangxinPrintReady?: boolean }).__jiangxinPrintReady === true);
  await expect(printPage.getByTestId('score-sheet').first()).toBeVisible();
  const dir = mkdtempSync(join(tmpdir(), 'jx-e2e-'));
  const pdfPath = join(dir, 'score-sheets.pdf');
  writeFileSync(pdfPath, await printPage.pdf({ format: 'A4', printBackground: true }));
  await printPage.close();
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const code of codes) expect(pdfText).not.toContain(code);
  for (const [name, employeeNo] of ENTRANTS) {
    expect(pdfText).not.toContain(name);
    expect(pdfText).not.toContain(employeeNo);
  }
  expect(pdfText).toContain(L.chief);

  // The package for the judge laptops.
  await page.getByTestId('tab-package').click();
  await expect(page.getByTestId('package-issues')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByTestId('package-export').click();
  const packagePath = join(dir, 'competition.jxcomp');
  await (await download).saveAs(packagePath);
  const packageText = readFileSync(packagePath, 'utf8');
  for (const [name, employeeNo] of ENTRANTS) {
    expect(packageText).not.toContain(name);
    expect(packageText).not.toContain(employeeNo);
  }
  // Live modules only: the package carries running orders, not the codes.
  for (const code of codes) expect(packageText).not.toContain(`"${code}"`);
  const fingerprint = (await page.getByTestId('package-fingerprint').innerText()).trim();

  // A second copy of the app — the judge laptop — imports it and offers judge mode.
  const judgeLaptop = await browser.newContext({ baseURL, locale: language });
  const laptop = await judgeLaptop.newPage();
  await laptop.addInitScript((lang) => localStorage.setItem('jiangxin.language', lang), language);
  await laptop.goto('./');
  await laptop.getByTestId('welcome-start-empty').click();
  await laptop.getByTestId('nav-judging').click();
  await pickFile(laptop, () => laptop.getByTestId('judging-import').click(), 'competition.jxcomp', readFileSync(packagePath));
  await expect(laptop.getByTestId('confirm-key-fingerprint')).toHaveText(fingerprint);
  await laptop.getByTestId('confirm-key-accept').click();
  await expect(laptop.getByTestId('judging-message')).toContainText(L.imported);
  await laptop.getByTestId('judging-enter').click();
  await laptop.getByRole('combobox', { name: L.judgeSelect }).click();
  await laptop.getByRole('option', { name: new RegExp(judge.name) }).click();
  await laptop.getByTestId('judge-sign-in-pin').fill('000000');
  await laptop.getByTestId('judge-sign-in').click();
  await expect(laptop.getByTestId('judge-sign-in-failed')).toBeVisible();
  await laptop.getByTestId('judge-sign-in-pin').fill('482916');
  await laptop.getByTestId('judge-sign-in').click();
  await expect(laptop.getByTestId('score-workspace')).toBeVisible();
  // Cells are `cell-<subjectRef>-<itemId>`; refs (`order:<n>` or a code) never contain a dash.
  const cellIds = await laptop.locator('[data-testid="score-grid"] [data-testid^="cell-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  const refs = [...new Set(cellIds.map((id) => id.slice('cell-'.length).split('-')[0]))];
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of refs) expect(ref).toMatch(/^order:\d+$/);
  const laptopText = await laptop.locator('body').innerText();
  for (const code of codes) expect(laptopText).not.toContain(code);
  for (const [name] of ENTRANTS) expect(laptopText).not.toContain(name);
  await judgeLaptop.close();
});
}

test('a damaged or version-1 competition package is refused with a plain message and nothing is imported', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('welcome-start-empty').click();
  await page.getByTestId('nav-judging').click();
  await pickFile(page, () => page.getByTestId('judging-import').click(), 'bad.jxcomp', Buffer.from('{"format":"jiangxin.competition-package","version":2,"checksum":{"value":"00"}}'));
  await expect(page.getByTestId('judging-message')).toContainText('没有导入');
  await pickFile(page, () => page.getByTestId('judging-import').click(), 'old.jxcomp', Buffer.from('{"format":"jiangxin.competition-package","version":1,"checksum":{"value":"00"}}'));
  await expect(page.getByTestId('judging-message')).toContainText('重新导出');
  await expect(page.getByTestId('judging-package')).toHaveCount(0);
});
