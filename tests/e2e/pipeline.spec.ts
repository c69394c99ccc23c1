/**
 * The talent pipeline on the demo workspace: an award winner not yet in a studio is invited to a suggested studio,
 * the answer "accepted" is recorded, and the person is then a member on the studio's page.
 */
import type { Page } from '@playwright/test';
import { demoTest, expect as baseExpect } from './fixtures';

// The shared two-core machine runs several agents' builds at once: waits get a minute instead of 15 s.
const expect = baseExpect.configure({ timeout: 60_000 });

// The demo load writes the whole workspace; shared machines can be slow.
demoTest.setTimeout(300_000);

async function openDemo(page: Page) {
  await page.goto('./?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 200_000 });
}

demoTest('a winner is invited to a studio, accepts, and appears among its members', async ({ page }) => {
  await openDemo(page);
  await page.getByTestId('nav-pipeline').click();

  // The first candidate: the best award of the newest year, with studios of the same trade suggested.
  const invite = page.getByTestId('pipeline-candidates').getByRole('button', { name: '邀请' }).first();
  await expect(invite).toBeVisible();
  const name = (await invite.getAttribute('data-person-name')) ?? '';
  const personId = ((await invite.getAttribute('data-testid')) ?? '').replace(/^invite-/, '');
  expect(name).not.toBe('');
  await invite.click();

  const dialog = page.getByTestId('invite-dialog');
  await expect(dialog.getByTestId('invite-explain')).toContainText(name);
  await dialog.getByTestId('invite-note').fill('班组推荐');
  await dialog.getByTestId('invite-confirm').click();
  await expect(dialog).toBeHidden();

  // The invitation waits for an answer; recording "accepted" says first that the person joins the studio.
  await page.getByTestId('pipeline-tab-invitations').click();
  await page.getByTestId(`answer-${personId}`).click();
  const answer = page.getByTestId('answer-dialog');
  await expect(answer.getByTestId('answer-explain')).toContainText(name);
  await answer.getByTestId('answer-confirm').click();
  await expect(answer).toBeHidden();

  await page.getByTestId('invitation-status-filter').click();
  await page.getByRole('option', { name: '已接受' }).click();
  const row = page.getByTestId('pipeline-invitations').getByRole('row').filter({ hasText: name });
  await expect(row.getByTestId('invitation-status')).toHaveText('已接受');

  // The studio's page lists the new member.
  await row.getByTestId('invitation-studio').click();
  await expect(page.getByTestId('studio-members')).toContainText(name);
});
