import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from './testing/fakes';
import { createAppProtocolHandler, registerAppSchemePrivileges } from './protocol';

describe('app:// protocol', () => {
  let dir = '';
  let root = '';
  let cleanup: () => Promise<void> = async () => undefined;
  let readFile: ReturnType<typeof vi.fn<(path: string) => Promise<Uint8Array<ArrayBuffer>>>>;
  let handle: (request: Request) => Promise<Response>;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    root = join(dir, 'renderer');
    await fs.mkdir(join(root, 'assets'), { recursive: true });
    await fs.writeFile(join(root, 'index.html'), '<!doctype html><title>匠心</title>');
    await fs.writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    await fs.writeFile(join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2]));
    // A secret next to the renderer folder that no URL may reach.
    await fs.writeFile(join(dir, 'secret.txt'), 'secret');
    readFile = vi.fn((path: string) => fs.readFile(path));
    handle = createAppProtocolHandler({ rootDir: root, fs: { stat: fs.stat, readFile } });
  });
  afterEach(() => cleanup());

  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves index.html with its MIME type and the strict CSP header', async () => {
    const response = await get('app://jiangxin/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>匠心</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts and fonts with the types Chromium requires', async () => {
    const script = await get('app://jiangxin/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://jiangxin/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('serves index.html for the bare origin and for an extension-less client route', async () => {
    expect(await (await get('app://jiangxin/')).text()).toContain('匠心');
    expect(await (await get('app://jiangxin/competitions/c-1')).text()).toContain('匠心');
  });

  it.each([
    'app://jiangxin/..%2Fsecret.txt',
    'app://jiangxin/%2e%2e%2fsecret.txt',
    'app://jiangxin/assets/..%2F..%2Fsecret.txt',
    'app://jiangxin/..%5Csecret.txt',
    'app://jiangxin/%2E%2E/secret.txt',
  ])('never serves a file outside the renderer folder (%s)', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('secret');
    expect(readFile.mock.calls.map(([path]) => String(path))).not.toContain(join(dir, 'secret.txt'));
  });

  it('refuses an encoded path that escapes the folder with 403', async () => {
    expect((await get('app://jiangxin/assets/..%2F..%2Fsecret.txt')).status).toBe(403);
  });

  it('never serves an absolute path smuggled in encoded form', async () => {
    const response = await get(`app://jiangxin/${encodeURIComponent(join(dir, 'secret.txt'))}`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses a plain ../ path (the URL parser folds it to the root, where the file does not exist)', async () => {
    const response = await get('app://jiangxin/../secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers 404 for a missing asset and for another host', async () => {
    expect((await get('app://jiangxin/assets/missing.js')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://jiangxin/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://jiangxin/index.html', 'POST')).status).toBe(405);
  });

  it('registers the scheme as standard, secure, fetch-capable and streamable', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppSchemePrivileges({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, stream: true }),
      },
    ]);
  });
});
