/** The desktop implementation: the only code that reads `window.jiangxin` (the preload API). */
import type { IpcResult, JiangxinApi } from '../../shared/ipc/contract';
import { PlatformError, type Platform } from './types';

declare global {
  interface Window {
    /** Present only inside the Electron app, exposed by main/preload. */
    readonly jiangxin?: JiangxinApi;
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

export function createElectronPlatform(api: JiangxinApi): Platform {
  return {
    kind: 'electron',
    appInfo: async () => unwrap(await api.appInfo({})),
    openFiles: async ({ title, filters = [], multiple = false, maxBytes }) => {
      const files = unwrap(await api.openFiles({ title, filters: [...filters], multiple, maxBytes }));
      return files && files.map((file) => ({ name: file.name, bytes: file.bytes }));
    },
    saveFile: async ({ title, suggestedName, filters = [], bytes }) => {
      const saved = unwrap(await api.saveFile({ title, suggestedName, filters: [...filters], bytes }));
      return saved && { path: saved.path, name: baseName(saved.path) };
    },
    printToPdf: async ({ route, suggestedName, landscape = false }) => {
      const saved = unwrap(await api.printToPdf({ route, suggestedName, landscape }));
      return saved && { path: saved.path, name: baseName(saved.path) };
    },
    showInFolder: async (path) => {
      unwrap(await api.showInFolder({ path }));
    },
    autoBackups: {
      write: async (reason, bytes) => unwrap(await api.writeAutoBackup({ reason, bytes })),
      list: async () => unwrap(await api.listAutoBackups({})),
      read: async (name) => unwrap(await api.readAutoBackup({ name })),
    },
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
