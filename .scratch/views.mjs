import { chromium } from 'playwright-core';
import { serveFolder } from '/work/wt-studios/scripts/bench/staticServer.mjs';
import { CHROMIUM_ARGS, findChromium } from '/work/wt-studios/scripts/chromium.mjs';
const { server, url } = await serveFolder('/work/wt-studios/dist-web');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const lang = process.argv[2] ?? 'zh-CN';
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript((l) => localStorage.setItem('jiangxin.language', l), lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto(`${url}/?demo=auto`);
  await page.getByTestId('figure-competitions-value').waitFor();
  const s = lang === 'zh-CN' ? 'zh' : 'en';
  for (const v of ['table', 'board', 'calendar', 'timeline']) {
    await page.goto(`${url}/#/projects?view=${v}`);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/st/shots/${v}-${s}.png` });
  }
  await page.goto(`${url}/#/people`);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/st/shots/people-${s}.png` });
} finally { await browser.close(); server.close(); }
