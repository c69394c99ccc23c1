/**
 * The plain constants of the IPC contract, kept apart from its zod schemas so the sandboxed preload can bundle
 * them without zod (see contract.ts for the channels' payloads and results).
 */
import type { IpcChannel, JiangxinApi } from './contract';

/** Every channel carries this prefix so the app's channels never collide with Electron's or a library's. */
export const IPC_PREFIX = 'jx:';

/** Which channel each API function calls. */
export const apiChannels = {
  appInfo: 'jx:app:info',
  openFiles: 'jx:file:open',
  saveFile: 'jx:file:save',
  printToPdf: 'jx:report:print-to-pdf',
  showInFolder: 'jx:file:show-in-folder',
  writeAutoBackup: 'jx:backup:write-auto',
  listAutoBackups: 'jx:backup:list-auto',
  readAutoBackup: 'jx:backup:read-auto',
} as const satisfies Record<keyof JiangxinApi, IpcChannel>;

/** The custom scheme the renderer is served from. Never rename it: IndexedDB is stored per origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'jiangxin';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
