#!/usr/bin/env node
/**
 * `npm run screenshots`: builds the web app, loads the demo workspace in Chromium and saves screenshots of the
 * main screens in Chinese and English to docs/screenshots/ (the README shows the Chinese dashboard).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildWebApp } from './buildWebApp.mjs';
import { serveFolder } from './bench/staticServer.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

if (!process.argv.includes('--no-build')) {
  buildWebApp();
}

const { server, url } = await serveFolder(join(root, 'dist-web'));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const language of ['zh-CN', 'en-US']) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1500 }, deviceScaleFactor: 1 });
    await context.addInitScript((lang) => localStorage.setItem('jiangxin.language', lang), language);
    const page = await context.newPage();
    await page.goto(`${url}/?demo=auto`);
    await page.getByTestId('figure-competitions-value').waitFor();
    const suffix = language === 'zh-CN' ? 'zh' : 'en';
    await page.screenshot({ path: join(out, `dashboard-${suffix}.png`), fullPage: true });
    for (const item of ['competitions', 'studios', 'people']) {
      await page.getByTestId(`nav-${item}`).click();
      await page.getByTestId(`${item}-table`).waitFor();
      await page.screenshot({ path: join(out, `${item}-${suffix}.png`) });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots written to ${out}`);
