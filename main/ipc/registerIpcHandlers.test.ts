import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcRequestSchemas } from '../../shared/ipc/contract';
import { isAppUrl } from '../rendererOrigin';
import { fakeDialog, fakeIpcMain, makeTempDir, silentLogger } from '../testing/fakes';
import { createIpcHandlers } from './createIpcHandlers';
import { registerIpcHandlers } from './registerIpcHandlers';
import type { IpcHandlers } from './types';

const appStub = { getName: () => '匠心 Jiangxin', getVersion: () => '0.1.0', getPath: (name: string) => `/fake/${name}` };

function setUp(answers: Parameters<typeof fakeDialog>[0] = {}, devServerUrl?: string) {
  const { dialog, openCalls, saveCalls } = fakeDialog(answers);
  const createPrintWindow = vi.fn(() => {
    throw new Error('no print window in this test');
  });
  const handlers = createIpcHandlers({
    app: appStub,
    versions: { node: '24.0.0', electron: '45.5.0', chrome: '150.0.0' },
    platform: 'linux',
    logPath: () => '/fake/logs/main.log',
    dialog,
    fs,
    shell: { showItemInFolder: vi.fn() },
    createPrintWindow,
    rendererEntryUrl: 'app://jiangxin/index.html',
    logger: silentLogger,
  });
  const { ipcMain, listeners, invoke } = fakeIpcMain();
  registerIpcHandlers(ipcMain, handlers, {
    isAllowedSenderUrl: (url) => isAppUrl(url, devServerUrl),
    ownerOf: () => null,
    logger: silentLogger,
  });
  return { invoke, listeners, openCalls, saveCalls };
}

describe('registerIpcHandlers', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('registers exactly one handler per channel of the contract', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(ipcRequestSchemas).sort());
  });

  it('answers a request from the app origin', async () => {
    const { invoke } = setUp();
    const result = await invoke('jx:app:info', {});
    expect(result).toMatchObject({ ok: true, value: { name: '匠心 Jiangxin', version: '0.1.0', logPath: '/fake/logs/main.log' } });
  });

  it.each([
    ['a remote page', 'https://evil.example/index.html'],
    ['a file:// page', 'file:///tmp/index.html'],
    ['another host on the app scheme', 'app://other/index.html'],
    ['a frame that is gone', null],
  ])('refuses %s with forbidden_sender before showing any dialog', async (_what, senderUrl) => {
    const { invoke, openCalls } = setUp({ open: [join(dir, 'x.bin')] });
    const result = await invoke('jx:file:open', { filters: [] }, senderUrl);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden_sender' } });
    expect(openCalls).toHaveLength(0);
  });

  it('accepts the dev server origin only when one is configured', async () => {
    const dev = setUp({}, 'http://localhost:5173');
    expect(await dev.invoke('jx:app:info', {}, 'http://localhost:5173/index.html#/settings')).toMatchObject({ ok: true });
    const prod = setUp();
    expect(await prod.invoke('jx:app:info', {}, 'http://localhost:5173/index.html')).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });

  it.each([
    ['jx:app:info', { unexpected: true }],
    ['jx:app:info', undefined],
    ['jx:file:open', { filters: [{ name: 'x', extensions: ['../etc'] }] }],
    ['jx:file:save', { suggestedName: '../escape.txt', bytes: new Uint8Array([1]) }],
    ['jx:file:save', { suggestedName: 'a.txt', bytes: 'not bytes' }],
    ['jx:report:print-to-pdf', { route: '/settings', suggestedName: 'a.pdf' }],
    ['jx:file:show-in-folder', { path: '' }],
    ['jx:backup:read-auto', { name: '../../etc/passwd' }],
    ['jx:backup:write-auto', { reason: 'manual', bytes: new Uint8Array(1) }],
  ])('refuses a bad %s payload with invalid_request and runs nothing', async (channel, payload) => {
    const { invoke, openCalls, saveCalls } = setUp({ open: [], save: join(dir, 'out.bin') });
    expect(await invoke(channel, payload)).toEqual({ ok: false, error: { code: 'invalid_request' } });
    expect(openCalls).toHaveLength(0);
    expect(saveCalls).toHaveLength(0);
  });

  it('turns a handler that throws into an error result instead of a rejected invoke', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const boom = async () => {
      throw new Error('boom');
    };
    const handlers: IpcHandlers = {
      'jx:app:info': boom,
      'jx:file:open': boom,
      'jx:file:save': boom,
      'jx:report:print-to-pdf': boom,
      'jx:file:show-in-folder': boom,
      'jx:backup:write-auto': boom,
      'jx:backup:list-auto': boom,
      'jx:backup:read-auto': boom,
    };
    registerIpcHandlers(ipcMain, handlers, { isAllowedSenderUrl: () => true, ownerOf: () => null, logger: silentLogger });
    await expect(invoke('jx:report:print-to-pdf', { route: '/print/x', suggestedName: 'x.pdf' })).resolves.toEqual({
      ok: false,
      error: { code: 'print_failed' },
    });
    await expect(invoke('jx:file:save', { suggestedName: 'x.bin', bytes: new Uint8Array() })).resolves.toEqual({
      ok: false,
      error: { code: 'file_unwritable' },
    });
  });
});
