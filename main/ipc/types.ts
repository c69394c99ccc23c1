/**
 * Types shared by the IPC handlers: the handler map typed from the contract, and the narrow "ports" through
 * which handlers reach Electron and the file system. Handlers receive ports as parameters, so Vitest runs them
 * in plain Node with fakes (or the real fs in a temp folder) and no module here loads `electron` at import time:
 * every Electron import below is type-only.
 */
import type {
  BrowserWindow,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import type { FileHandle } from 'node:fs/promises';
import type { IpcChannel, IpcRequest, IpcResults } from '../../shared/ipc/contract';

/** What every handler learns about the call besides its payload. */
export interface IpcCallContext {
  /** The window that sent the request; dialogs are made modal to it. Null when it is gone. */
  readonly owner: BrowserWindow | null;
}

/** A handler receives an already validated request and never throws for expected failures. */
export type IpcHandler<C extends IpcChannel> = (request: IpcRequest<C>, context: IpcCallContext) => Promise<IpcResults[C]>;

/** Exactly one handler per channel of the contract: adding or renaming a channel breaks the build here. */
export type IpcHandlers = { readonly [C in IpcChannel]: IpcHandler<C> };

/** The part of an `IpcMainInvokeEvent` the registration reads. */
export interface IpcInvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: WebContents;
}

/** The part of `ipcMain` the registration uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>): void;
}

/** Electron's `dialog`, with the owner window passed explicitly (Electron's overloads make fakes awkward). */
export interface DialogPort {
  showOpenDialog(owner: BrowserWindow | null, options: OpenDialogOptions): Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
  showSaveDialog(owner: BrowserWindow | null, options: SaveDialogOptions): Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
}

/** The file-system functions the handlers use: `node:fs/promises` satisfies it, in the app and in tests. */
export interface FsPort {
  stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
  open(path: string, flags: string): Promise<FileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Where handlers report what the user does not see. electron-log in the app, a silent stub in tests. */
export interface Logger {
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}
