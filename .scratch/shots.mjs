import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveFolder } from '/work/wt-studios/scripts/bench/staticServer.mjs';
import { CHROMIUM_ARGS, findChromium } from '/work/wt-studios/scripts/chromium.mjs';
const out = process.argv[2] ?? '/tmp/st/shots';
const langs = (process.argv[3] ?? 'zh-CN').split(',');
const { server, url } = await serveFolder('/work/wt-studios/dist-web');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const language of langs) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((lang) => localStorage.setItem('jiangxin.language', lang), language);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
    page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
    await page.goto(`${url}/?demo=auto`);
    await page.getByTestId('figure-competitions-value').waitFor({ timeout: 180000 });
    const s = language === 'zh-CN' ? 'zh' : 'en';
    await page.getByTestId('nav-studios').click();
    await page.getByTestId('studios-table').waitFor({ timeout: 120000 });
    await page.getByTestId('studios-table').getByRole('row').nth(1).click();
    await page.getByTestId('studio-overview').waitFor({ timeout: 120000 });
    await page.screenshot({ path: join(out, `studio-detail-${s}.png`), fullPage: true });
    await page.getByTestId('studio-projects').getByRole('row').nth(1).click();
    await page.getByTestId('stage-pipeline').waitFor({ timeout: 120000 });
    await page.screenshot({ path: join(out, `project-detail-${s}.png`), fullPage: true });
    await page.getByTestId('project-members-list').getByRole('row').nth(1).click();
    await page.getByTestId('person-timeline').waitFor({ timeout: 120000 });
    await page.screenshot({ path: join(out, `person-detail-${s}.png`), fullPage: true });
    await page.goBack(); await page.goBack();
    await page.getByTestId('studio-achievements').getByRole('row').nth(1).click();
    await page.getByTestId('achievement-owners-list').waitFor({ timeout: 120000 });
    await page.screenshot({ path: join(out, `achievement-detail-${s}.png`), fullPage: true });
    await page.goto(`${url}/#/projects?view=board`);
    await page.getByTestId('board-card').first().waitFor({ timeout: 120000 });
    await page.screenshot({ path: join(out, `project-board-${s}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
