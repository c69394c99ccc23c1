/**
 * Synergy on the demo workspace: the 2024 dashboard still shows the seed's figures from its stored snapshot, a
 * chart's bar and a table number open the records behind them, a record row opens the record, and a project
 * created from a competition is listed on the competition's projects tab.
 */
import type { Page } from '@playwright/test';
import { demoTest, expect } from './fixtures';

// The demo load writes the whole workspace; shared machines can be slow.
demoTest.setTimeout(300_000);

async function openDemo(page: Page) {
  await page.goto('./?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 200_000 });
}

const figure = async (page: Page, key: string) => (await page.getByTestId(`figure-${key}-value`).innerText()).trim();

demoTest('the 2024 dashboard shows the seed’s figures, and its charts open the records behind them', async ({ page }) => {
  await openDemo(page);
  expect([await figure(page, 'level-national'), await figure(page, 'level-provincial'), await figure(page, 'level-municipal'), await figure(page, 'level-company'), await figure(page, 'level-grassroots')]).toEqual(['1', '2', '4', '9', '67']);
  expect(Number((await figure(page, 'entries')).replace(/\D/g, ''))).toBeGreaterThanOrEqual(2000);
  expect(await figure(page, 'honoured')).toBe('25');
  expect(await figure(page, 'studios')).toBe('18');
  expect(await figure(page, 'studios-municipal-model')).toBe('3');
  expect(await figure(page, 'studios-municipal-staff')).toBe('11');
  expect(await figure(page, 'achievements')).toBe('105');
  expect(await figure(page, 'utility-patents')).toBe('24');
  expect(await figure(page, 'savings')).toMatch(/^1\.8\d?亿$/);

  // The grassroots bar of "competitions by level" opens the 67 grassroots competitions.
  const byLevel = page.getByTestId('chart-competitions-level');
  await byLevel.scrollIntoViewIfNeeded();
  await byLevel.locator('.MuiBarChart-element').last().click();
  const dialog = page.getByTestId('drilldown');
  await expect(dialog.getByTestId('drilldown-count')).toHaveText('67');
  await expect(dialog.getByRole('row').nth(1)).toContainText('基层级');
  await dialog.getByRole('button', { name: '关闭' }).click();

  // The same chart as a table; the savings chart's table opens a money list with its unit and sum.
  await page.getByTestId('chart-savings-kind-as-table').click();
  await page.getByTestId('chart-savings-kind-table').getByRole('button').first().click();
  await expect(dialog.getByTestId('drilldown-total')).toContainText(/合计 [\d,]+\.\d\d 元/);
  await expect(dialog.getByRole('columnheader', { name: '年节约（元）' })).toBeVisible();

  // A record row opens the record itself.
  await dialog.getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/#\/achievements\/[^/]+$/);
});

demoTest('the year-over-year view and the filters recompute the figures', async ({ page }) => {
  await openDemo(page);
  await page.getByTestId('view-trends').click();
  const table = page.getByTestId('trends-table');
  await expect(table.getByRole('columnheader', { name: '2024' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '2023' })).toBeVisible();
  await page.getByTestId('view-year').click();

  await page.getByTestId('filter-trade').click();
  await page.getByRole('option', { name: '信号工', exact: true }).click();
  const signal = Number(await figure(page, 'competitions'));
  expect(signal).toBeGreaterThan(0);
  expect(signal).toBeLessThan(83);
});

demoTest('a project created from a competition is listed on its projects tab and keeps its origin', async ({ page }) => {
  await openDemo(page);
  await page.getByTestId('nav-competitions').click();
  await page.getByTestId('competitions-table').getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/#\/competitions\/[^/]+/);
  await page.getByTestId('tab-projects').click();
  await page.getByTestId('project-from-competition').click();
  await page.getByTestId('new-project-title').fill('道岔快速排障法推广');
  await page.getByTestId('new-project-method').fill('裁判点评：选手的排障顺序值得推广');
  await page.getByTestId('new-project-create').click();
  const list = page.getByTestId('competition-projects');
  await expect(list).toContainText('道岔快速排障法推广');
  await expect(list).toContainText('申报');

  // Its row opens the project's own page (the dashboard counts it from the year it starts: today, not 2024).
  await list.getByRole('row').filter({ hasText: '道岔快速排障法推广' }).click();
  await expect(page).toHaveURL(/#\/projects\/[^/]+$/);
});
