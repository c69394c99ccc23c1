import { chromium } from 'playwright-core';
import { serveFolder } from './bench/staticServer.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
const { server, url } = await serveFolder('/work/main/dist-web', {});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
await page.goto(`${url}/?demo=auto`);
await page.getByTestId('figure-competitions-value').filter({ hasText: '83' }).waitFor({ timeout: 300000 });
const counts = await page.evaluate(async () => {
  const dbs = await indexedDB.databases();
  const out = {};
  for (const d of dbs) {
    const db = await new Promise((res) => { const r = indexedDB.open(d.name); r.onsuccess = () => res(r.result); });
    for (const name of db.objectStoreNames) {
      out[`${d.name}.${name}`] = await new Promise((res) => { const r = db.transaction(name).objectStore(name).count(); r.onsuccess = () => res(r.result); });
    }
  }
  return out;
});
console.log(Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 25));
await browser.close();
server.close();
