/**
 * Test doubles for the Electron boundary only (dialogs, ipcMain, the sender). File-system behaviour is tested
 * against the real fs in a temp folder; these fakes stand in for what Node cannot provide without Electron.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { APP_ENTRY_URL } from '../rendererOrigin';
import type { DialogPort, IpcInvokeEventLike, IpcMainLike, Logger } from '../ipc/types';

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A dialog that answers with the given paths (`null` = the user cancelled) and records what it was asked. */
export function fakeDialog(answers: { open?: readonly string[] | null; save?: string | null } = {}) {
  const openCalls: OpenDialogOptions[] = [];
  const saveCalls: SaveDialogOptions[] = [];
  const dialog: DialogPort = {
    showOpenDialog: async (_owner, options) => {
      openCalls.push(options);
      const paths = answers.open ?? null;
      return paths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [...paths] };
    },
    showSaveDialog: async (_owner, options) => {
      saveCalls.push(options);
      const path = answers.save ?? null;
      return path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path };
    },
  };
  return { dialog, openCalls, saveCalls };
}

type Listener = (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>;

/** Records `ipcMain.handle` registrations and invokes them as a renderer frame at `senderUrl` would. */
export function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const invoke = (channel: string, payload: unknown, senderUrl: string | null = APP_ENTRY_URL): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl }, sender: {} as WebContents }, payload);
  };
  return { ipcMain, listeners, invoke };
}

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'jiangxin-main-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
