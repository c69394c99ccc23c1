import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveFolder } from '../bench/staticServer.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
const [,, lang = 'zh-CN', name = 'dash', hash = '', w = '1024', h = '768', full = 'full'] = process.argv;
const { server, url } = await serveFolder('/work/wt-synergy/dist-web');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: +w, height: +h } });
await context.addInitScript((l) => localStorage.setItem('jiangxin.language', l), lang);
const page = await context.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`${url}/?demo=auto`);
await page.getByTestId('figure-competitions-value').waitFor({ timeout: 60000 });
if (hash) { await page.goto(`${url}/${hash}`); await page.waitForTimeout(1500); }
await page.waitForTimeout(800);
await page.screenshot({ path: `/tmp/synb/${name}.png`, fullPage: full === 'full' });
await browser.close(); server.close();
