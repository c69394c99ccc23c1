import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveFolder } from './bench/staticServer.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
const { server, url } = await serveFolder(join(process.cwd(), 'dist-web'));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const errors = [];
try {
  for (const language of process.argv.slice(2)) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 });
    await context.addInitScript((lang) => localStorage.setItem('jiangxin.language', lang), language);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${url}/?demo=auto`);
    await page.getByTestId('figure-competitions-value').waitFor({ timeout: 60000 });
    const s = language === 'zh-CN' ? 'zh' : 'en';
    for (const [id, tab] of [['comp-2024-076', 'results'], ['comp-2024-076', 'appeals'], ['comp-2024-076', 'reports'], ['comp-2024-072', 'results']]) {
      await page.goto(`${url}/?demo=auto#/competitions/${id}/${tab}`);
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `/tmp/shots/${id}-${tab}-${s}.png`, fullPage: true });
    }
    await page.goto(`${url}/?demo=auto#/competitions/comp-2024-076/results`);
    await page.getByTestId('results-row').first().click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/entrant-${s}.png` });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(errors.slice(0, 10).join('\n'));
