/**
 * The project board (studios issue): cards dragged between stage columns open the gate decision; a drop that
 * skips a stage names it and asks for the reason, a drop that would skip 评审 is refused; a card leads to its
 * project; the columns are named in English after a language switch. Starts from the demo workspace (seeded
 * once per run, tests/e2e/fixtures.ts).
 */
import type { Page } from '@playwright/test';
import { demoTest, expect as baseExpect } from './fixtures';

// The shared two-core machine runs several agents' builds at once: waits get a minute instead of 15 s.
const expect = baseExpect.configure({ timeout: 60_000 });
demoTest.describe.configure({ timeout: 300_000 });

async function count(page: Page, stage: string): Promise<number> {
  return Number(await page.getByTestId(`board-count-${stage}`).textContent());
}

demoTest('the board moves a project through a gate decision, refuses to skip review, and opens a card', async ({ page }) => {
  await page.goto('/?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toBeVisible({ timeout: 150_000 });
  await page.getByTestId('nav-projects').click();
  await page.getByTestId('view-board').click();
  const board = page.getByTestId('project-board');
  await expect(board.getByTestId('board-card').first()).toBeVisible();

  // 立项 → 试用 skips 研制: the dialog names it and wants who and why before it moves the card.
  const approved = await count(page, 'approved');
  const trial = await count(page, 'trial');
  const card = page.getByTestId('board-column-approved').getByTestId('board-card').first();
  const title = await card.locator('.board-card-title').textContent();
  await card.dragTo(page.getByTestId('board-column-trial'));
  await expect(page.getByRole('dialog')).toContainText('立项');
  await page.getByTestId('gate-by').fill('工会创新办');
  await expect(page.getByTestId('gate-problem')).toBeVisible();
  await page.getByTestId('gate-note').fill('样机已在车间先行试用');
  await expect(page.getByTestId('gate-preview')).toContainText('研制');
  await page.getByTestId('gate-confirm').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('board-count-approved')).toHaveText(String(approved - 1));
  await expect(page.getByTestId('board-count-trial')).toHaveText(String(trial + 1));
  await expect(page.getByTestId('board-column-trial').getByText(title ?? '', { exact: true })).toBeVisible();

  // 申报 → 立项 would skip 评审: refused, and cancelling leaves the card where it was.
  const proposals = await count(page, 'proposal');
  await page.getByTestId('board-column-proposal').getByTestId('board-card').first().dragTo(page.getByTestId('board-column-approved'));
  await page.getByTestId('gate-by').fill('工会创新办');
  await expect(page.getByTestId('gate-problem')).toContainText('评审');
  await expect(page.getByTestId('gate-confirm')).toBeDisabled();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('board-count-proposal')).toHaveText(String(proposals));

  // A card leads to its project.
  await page.getByTestId('board-column-trial').getByText(title ?? '', { exact: true }).click();
  await expect(page.getByTestId('project-stage')).toHaveText('试用');

  // English: the same board, columns named in English.
  await page.evaluate(() => localStorage.setItem('jiangxin.language', 'en-US'));
  await page.goto('/#/projects?view=board');
  await expect(page.getByTestId('board-column-proposal').locator('h3')).toContainText('Proposal');
  await expect(page.getByTestId('board-column-trial').locator('h3')).toContainText('Trial');
  await expect(page.getByTestId('board-column-trial').getByTestId('board-card').first()).toBeVisible();
});
