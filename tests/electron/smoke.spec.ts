/**
 * Desktop smoke test: the built app starts, serves the renderer from app://jiangxin, exposes only
 * window.jiangxin (no Node in the page), keeps the window on the app, and answers app info over IPC.
 * Runs the development binary on out/ by default, or a packaged build given as JIANGXIN_ELECTRON_EXECUTABLE.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { JiangxinApi } from '../../shared/ipc/contract';

const repoRoot = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

let app: ElectronApplication;
let page: Page;
let userDataDir: string;

test.beforeAll(async () => {
  // A fresh data folder per run, so the test neither reads nor writes the developer's own workspace.
  userDataDir = await mkdtemp(join(tmpdir(), 'jiangxin-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env['ELECTRON_RENDERER_URL']; // always the production path: app://jiangxin, not a dev server
  env['JIANGXIN_USER_DATA_DIR'] = userDataDir;
  const executablePath = process.env['JIANGXIN_ELECTRON_EXECUTABLE'];
  app = executablePath ? await electron.launch({ executablePath, env }) : await electron.launch({ args: [repoRoot], cwd: repoRoot, env });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  await rm(userDataDir, { recursive: true, force: true });
});

test('loads the renderer from app://jiangxin', async () => {
  expect(page.url()).toMatch(/^app:\/\/jiangxin\/index\.html/);
  const csp = await page.evaluate(async () => (await fetch('app://jiangxin/index.html')).headers.get('content-security-policy'));
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});

test('exposes window.jiangxin and nothing of Node', async () => {
  const seen = await page.evaluate(() => {
    const api = (window as unknown as { jiangxin?: Record<string, unknown> }).jiangxin;
    return {
      api: api ? Object.keys(api).sort() : null,
      require: 'require' in globalThis,
      process: 'process' in globalThis,
      module: 'module' in globalThis,
      ipcRenderer: 'ipcRenderer' in globalThis,
    };
  });
  expect(seen).toEqual({
    api: ['appInfo', 'openFiles', 'printToPdf', 'saveFile', 'showInFolder'],
    require: false,
    process: false,
    module: false,
    ipcRenderer: false,
  });
});

test('app info reaches the renderer and the Settings page', async () => {
  const info = await page.evaluate(() => (window as unknown as { jiangxin: JiangxinApi }).jiangxin.appInfo({}));
  expect(info).toMatchObject({ ok: true, value: { version } });
  await page.evaluate(() => (window.location.hash = '#/settings'));
  await expect(page.getByTestId('app-version')).toContainText(version);
});

test('stays on the app when the page tries to leave or open windows', async () => {
  await page.evaluate(() => (window.location.href = 'https://example.com/'));
  await page.waitForTimeout(1_000);
  expect(page.url()).toMatch(/^app:\/\/jiangxin\//);
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('refuses an invalid IPC request with invalid_request', async () => {
  const result = await page.evaluate(() =>
    (window as unknown as { jiangxin: { saveFile(request: unknown): Promise<unknown> } }).jiangxin.saveFile({ suggestedName: '../x' }),
  );
  expect(result).toEqual({ ok: false, error: { code: 'invalid_request' } });
});
