/**
 * Paper fallback on the master (double entry): a judge scored on the printed sheet; one person types it in and
 * hands over, a second person (not the same name) rejects a cell that does not match the paper, the first corrects
 * only that cell, the second confirms after being told how many marks will be recorded, and the marks count on the
 * review board like any other. Starts from the demo workspace (loaded by the app itself), on a competition in
 * scoring. PAPER_LANG=en-US runs the same flow in English; PAPER_SCREENSHOTS=1 saves each screen at 1,024 × 768.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { demoTest, expect as baseExpect } from './fixtures';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';

const expect = baseExpect.configure({ timeout: 30_000 });

const COMPETITION_ID = 'comp-2024-078';
const MODULE_ID = 'comp-2024-078-p2-m1';
const LANG = process.env.PAPER_LANG === 'en-US' ? 'en-US' : 'zh-CN';
const SHOTS = process.env.PAPER_SCREENSHOTS ? `test-results/paper-screens/${LANG}` : undefined;
const demo = generateDemoWorkspace();
const competition = demo.competitions.find((c) => c.id === COMPETITION_ID)!;
const module = competition.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === MODULE_ID)!;
const [level1, level2, met] = module.items.map((i) => i.id) as [string, string, string];
const judge = demo.judges.find((j) => j.competitionId === COMPETITION_ID && j.role === 'judge' && j.moduleIds.includes(MODULE_ID))!;
const judgeName = demo.people.find((p) => p.id === judge.personId)!.name;
const first = demo.entries
  .filter((e) => e.competitionId === COMPETITION_ID && (e.status === 'registered' || e.status === 'checked_in'))
  .sort((a, b) => a.drawOrder! - b.drawOrder!)[0]!;
const SUBJECT = `order:${first.drawOrder}`;
const cell = (page: Page, itemId: string) => page.getByTestId(`cell-${SUBJECT}-${itemId}`);
const status = (page: Page) => page.getByTestId('paper-sheet-status').first();

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

demoTest('one person types a paper sheet in, another rejects a cell, then confirms; the marks count on the review board', async ({ page }) => {
  // The demo load dominates (90 s measured on the shared 2-core machine under load); the flow itself took 54 s.
  demoTest.setTimeout(300_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.addInitScript((lang) => localStorage.setItem('jiangxin.language', lang), LANG);
  await page.goto('./?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 180_000 });

  // The entry person starts a sheet for the judge's module from the review board.
  await page.goto(`./?demo=auto#/competitions/${COMPETITION_ID}/review`);
  await expect(page.getByTestId('paper-sheets-card')).toBeVisible();
  await page.getByTestId('paper-new').click();
  await page.getByTestId('paper-new-judge').click();
  await page.getByRole('option', { name: new RegExp(judgeName) }).click();
  await page.getByTestId('paper-new-module').click();
  await page.getByRole('option', { name: module.name }).click();
  await page.getByTestId('paper-new-name').fill('张三');
  await expect(page.getByTestId('paper-new-start')).toBeEnabled();
  await shoot(page, '1-new-sheet');
  await page.getByTestId('paper-new-start').click();
  await expect(page.getByTestId('paper-sheet-page')).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-status', 'entering');

  // Typed from the paper by keyboard, as in the judges' grid; one value is typed wrong (2 where the paper says 1).
  await cell(page, level1).click();
  await page.keyboard.press('3');
  await expect(cell(page, level1)).toHaveText('3');
  await page.keyboard.press('2');
  await expect(cell(page, level2)).toHaveText('2');
  await page.keyboard.press('1');
  await expect(cell(page, met)).not.toHaveText('');
  await expect(page.getByTestId('paper-typed-count')).toContainText('3');
  await shoot(page, '2-entry');
  await page.getByTestId('paper-hand-over').click();
  await expect(status(page)).toHaveAttribute('data-status', 'awaiting_confirmation');

  // The confirmer cannot be the entry person, sees the values read-only, and rejects the wrong cell.
  await page.getByTestId('paper-confirmer-name').fill(' 张三 ');
  await expect(page.getByTestId('paper-confirm')).toBeDisabled();
  await page.getByTestId('paper-confirmer-name').fill('李四');
  await cell(page, level2).click();
  await page.keyboard.press('0');
  await expect(cell(page, level2)).toHaveText('2');
  await page.getByTestId('paper-flag-cell').click();
  await expect(cell(page, level2)).toHaveAttribute('data-flag', 'rejected');
  await expect(page.getByTestId('paper-confirm')).toBeDisabled();
  await page.getByTestId('paper-reject-reason').fill('纸上为 1');
  await shoot(page, '3-confirm-reject');
  await page.getByTestId('paper-reject').click();
  await expect(status(page)).toHaveAttribute('data-status', 'returned');

  // Back with the entry person: the rejected cell is marked, and only it can be changed.
  await expect(page.getByTestId('paper-rejected-cell')).toHaveCount(1);
  await expect(page.getByTestId('paper-returned')).toContainText('纸上为 1');
  await cell(page, level1).click();
  await page.keyboard.press('1');
  await expect(page.getByTestId('cell-error')).toBeVisible();
  await expect(cell(page, level1)).toHaveText('3');
  await cell(page, level2).click();
  await page.keyboard.press('1');
  await expect(cell(page, level2)).toHaveText('1');
  await shoot(page, '4-returned');
  await page.getByTestId('paper-hand-over').click();
  await expect(status(page)).toHaveAttribute('data-status', 'awaiting_confirmation');

  // The confirmer confirms after being told what will be recorded.
  await expect(cell(page, level2)).toHaveAttribute('data-flag', 'corrected');
  await page.getByTestId('paper-confirmer-name').fill('李四');
  await page.getByTestId('paper-confirm').click();
  await expect(page.getByTestId('paper-confirm-question')).toContainText(judgeName);
  await expect(page.getByTestId('paper-confirm-question')).toContainText('3');
  await shoot(page, '5-confirm-ask');
  await page.getByTestId('paper-confirm-yes').click();
  await expect(status(page)).toHaveAttribute('data-status', 'confirmed');
  await expect(page.getByTestId('paper-confirmed')).toContainText('李四');
  await shoot(page, '6-confirmed');

  // On the review board the marks count like any other; the sheet's row leads back to it.
  await page.getByTestId('paper-back-to-review').click();
  await expect(page.getByTestId(`completeness-${judge.id}-${MODULE_ID}`)).toContainText(/^3\//);
  await expect(page.getByTestId('paper-sheet-row')).toHaveCount(1);
  await expect(page.getByTestId('paper-sheet-row').getByTestId('paper-sheet-status')).toHaveAttribute('data-status', 'confirmed');
  await shoot(page, '7-review-board');
  await page.getByTestId('paper-sheet-row').click();
  await expect(page.getByTestId('paper-confirmed')).toBeVisible();
  await page.goto(`./?demo=auto#/competitions/${COMPETITION_ID}/audit`);
  await expect(page.getByTestId('audit-log')).toContainText('李四');
});
