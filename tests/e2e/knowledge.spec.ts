/**
 * The knowledge base as a user meets it: write an article with an attached photo, find it by a Chinese word
 * of its body, by a two-character and by a one-character query, with the hits highlighted; find the draft a
 * competition's published results created (the demo's drafts come from the same builder publication uses);
 * and search mixed Latin and Chinese in English.
 */
import type { Page } from '@playwright/test';
import { demoTest, expect, test } from './fixtures';

// Generous for a loaded machine; on an idle one the three flows take well under a minute together.
test.setTimeout(180_000);

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const TITLE = '道岔雾化润滑作业要点';

async function startEmpty(page: Page) {
  await page.goto('./');
  await page.getByTestId('welcome-start-empty').click();
  await page.goto('./#/knowledge/new/edit');
}

async function writeArticle(page: Page, title: string, body: string) {
  await page.getByTestId('article-title').fill(title);
  await page.getByTestId('article-body-input').fill(body);
}

async function search(page: Page, query: string) {
  await page.getByTestId('knowledge-search').fill(query);
  await expect(page.getByTestId('search-results')).toBeVisible();
}

test('an article written with an attachment is found by a word, two characters and one character, highlighted', async ({ page }) => {
  await startEmpty(page);
  await writeArticle(page, TITLE, '## 做法\n\n冬季对转辙机滑床板进行雾化润滑，润滑后犇速检查道岔密贴。\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('article-attach').click();
  await (await chooser).setFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByTestId('attachment-list')).toContainText('现场照片.png');
  await expect(page.getByTestId('article-body-input')).toHaveValue(/!\[现场照片\.png\]\(attachment:[\w-]+\)/);
  await page.getByTestId('article-save').click();

  // The article page shows the photo from the attachment (a local blob URL, nothing remote).
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByTestId('article-body').locator('img')).toHaveAttribute('src', /^blob:/);
  await expect(page.getByTestId('attachment-list')).toContainText('现场照片.png');

  await page.getByRole('link', { name: /返回知识库/ }).click();
  for (const query of ['雾化润滑', '雾化', '犇']) {
    await search(page, query);
    const results = page.getByTestId('search-result');
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText(TITLE);
    await expect(results.first().getByTestId('search-snippet').locator('mark').first()).toHaveText(query);
  }
  // Two characters that the article has only apart do not find it.
  await search(page, '雾润');
  await expect(page.getByTestId('search-result')).toHaveCount(0);
  await expect(page.getByTestId('search-count')).toContainText('没有找到');

  await page.getByTestId('knowledge-search').fill('');
  await expect(page.getByTestId('knowledge-recent')).toContainText(TITLE);
});

demoTest('the draft created from a competition’s published results is found with the source filter', async ({ page }) => {
  await page.goto('./?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 90_000 });
  await page.goto('./?demo=auto#/knowledge');
  // The list is read a page at a time (50; the demo's articles fit in one), with a count of all.
  await expect(page.getByTestId('knowledge-shown')).toHaveText(/^显示 \d+ \/ \d+ 条$/);
  await page.getByTestId('facet-source-competition').click();
  await page.getByTestId('facet-status-draft').click();
  await search(page, '获奖名单');
  const first = page.getByTestId('search-result').first();
  await expect(first).toContainText('经验总结');
  await first.click();
  await expect(page.getByTestId('article-draft-note')).toBeVisible();
  await expect(page.getByTestId('article-body')).toContainText('获奖名单');
  await expect(page.getByTestId('article-links').getByRole('link').first()).toHaveAttribute('href', /#\/competitions\//);

  // The editor's pickers ask for a few matches as one types: a studio by a word inside its name, an author.
  await page.getByTestId('article-edit').click();
  await page.getByTestId('article-links-input').fill('焊接');
  await page.getByRole('option', { name: '钢轨焊接工匠创新工作室' }).click();
  await page.getByTestId('article-authors').fill('王');
  // The suggestions follow the typing (debounced): wait until they all answer "王" before choosing one.
  await expect(async () => {
    const names = await page.getByRole('option').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.startsWith('王'))).toBe(true);
  }).toPass();
  const author = page.getByRole('option').first();
  const authorName = ((await author.textContent()) ?? '').split('（')[0]!;
  await author.click();
  await page.getByTestId('article-save').click();
  await expect(page.getByTestId('article-links')).toContainText('钢轨焊接工匠创新工作室');
  await expect(page.getByTestId('article-links').getByRole('link').first()).toHaveAttribute('href', /#\/competitions\//);
  await expect(page.getByTestId('article-authors')).toContainText(authorName);
});

test('in English, mixed Latin and Chinese queries find and highlight', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('jiangxin.language', 'en-US'));
  await startEmpty(page);
  await writeArticle(page, 'ATS故障应急处置', 'DC110V 控制回路断电后，检查接触网与 5G 车地通信。');
  await page.getByTestId('article-save').click();
  await page.getByRole('link', { name: /Back to the knowledge base/ }).click();
  for (const [query, marked] of [
    ['dc110v 接触网', 'DC110V'],
    ['5G', '5G'],
  ] as const) {
    await search(page, query);
    await expect(page.getByTestId('search-count')).toHaveText('Results: 1');
    await expect(page.getByTestId('search-snippet').locator('mark').first()).toHaveText(marked);
  }
  await search(page, 'ats故障');
  await expect(page.getByTestId('search-result').locator('mark')).toHaveText(['ATS', '故障']);
});
