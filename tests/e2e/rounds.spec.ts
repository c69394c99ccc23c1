/**
 * Multi-round competitions on the demo workspace: from a published preliminary (南湖车辆段…故障处理技能比武, ranks
 * 1, 2, 3, 4, 4, 6 …) the organiser creates the final with the top 4 — the dialog shows that five advance because
 * two share rank 4, and asks first — and lands on the final in registration, with the five entrants and the link
 * back; the preliminary then links to its final.
 */
import { demoTest, expect as baseExpect } from './fixtures';

const expect = baseExpect.configure({ timeout: 60_000 });
const PRELIMINARY = 'comp-2024-001';
const FINAL_NAME = '南湖车辆段2024年电客车检修工故障处理技能比武决赛';

demoTest('a published preliminary creates its final with the top 4, ties at the boundary included', async ({ page }) => {
  demoTest.setTimeout(240_000);
  await page.goto('./?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 150_000 });
  await page.goto(`./?demo=auto#/competitions/${PRELIMINARY}/results`);
  const preliminaryName = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

  // The rule and the name; who advances is shown before anything is written.
  await page.getByTestId('rounds-create').click();
  await page.getByTestId('rounds-name').fill(FINAL_NAME);
  await page.getByTestId('rounds-mode-top').check();
  await page.getByTestId('rounds-count').fill('4');
  await expect(page.getByTestId('rounds-advancing-count')).toContainText('晋级 5 人');
  await expect(page.getByTestId('rounds-boundary-tie')).toContainText('第 4 名有 2 人同分');
  await expect(page.getByTestId('rounds-advancing-row')).toHaveCount(5);
  const advancing = await page.getByTestId('rounds-advancing-row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent ?? ''));
  await expect(page.getByTestId('rounds-effect')).toContainText(`“${FINAL_NAME}”`);
  await page.getByTestId('rounds-confirm').click();

  // The final: in registration, linked back to the preliminary with its rule, the same five entrants.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FINAL_NAME);
  await expect(page.getByTestId('competition-status')).toHaveText('报名中');
  await expect(page.getByTestId('field-name')).toHaveValue(FINAL_NAME);
  await expect(page.getByTestId('rounds-previous')).toContainText(preliminaryName);
  await expect(page.getByTestId('rounds-previous')).toContainText('前 4 名晋级');
  await page.getByTestId('tab-roster').click();
  await expect(page.getByTestId('roster-count')).toContainText('5');
  for (const name of advancing) await expect(page.getByRole('main')).toContainText(name);
  // The rubric copy can be edited in registration.
  await page.getByTestId('tab-rubric').click();
  await expect(page.getByText('评分细则已锁定')).toHaveCount(0);

  // Back on the preliminary: the link to its final, and no second "create".
  await page.getByTestId('tab-overview').click();
  await page.getByTestId('rounds-previous').getByRole('link').click();
  await expect(page.getByTestId('rounds-next')).toContainText(FINAL_NAME);
  await expect(page.getByTestId('rounds-create')).toHaveCount(0);
});
