/**
 * Registers one `ipcMain.handle` listener per channel of the contract (shared/ipc/contract.ts).
 *
 * Every call goes through the same gate, in this order, so no handler can forget a step:
 *  1. the sender frame must be the app itself (app://jiangxin/, or the dev server in development),
 *     otherwise `forbidden_sender` — a frame that navigated elsewhere must not reach the file system;
 *  2. the payload must pass the channel's zod schema, otherwise `invalid_request`;
 *  3. the handler runs on the validated, typed request; anything it throws is logged and becomes a
 *     channel-specific error code, so the renderer always receives an `IpcResult` and never a rejection.
 */
import {
  ipcRequestSchemas,
  type IpcChannel,
  type IpcErrorCode,
  type IpcRequest,
  type IpcResults,
} from '../../shared/ipc/contract';
import { errnoCode, fail, type IpcFailure } from './ipcResult';
import type { IpcHandler, IpcHandlers, IpcInvokeEventLike, IpcMainLike, Logger } from './types';
import type { BrowserWindow, WebContents } from 'electron';

export interface RegisterIpcOptions {
  /** Whether a sender frame URL belongs to the app (see rendererOrigin.isAppUrl). */
  readonly isAllowedSenderUrl: (url: string | undefined) => boolean;
  /** The window that owns the sender, for modal dialogs (BrowserWindow.fromWebContents in the app). */
  readonly ownerOf: (sender: WebContents) => BrowserWindow | null;
  readonly logger: Logger;
}

/**
 * The code returned when a handler throws unexpectedly. The contract has no generic "internal" code, so each
 * channel reports the failure closest to what it was doing.
 */
const unexpectedFailureCode: Readonly<Record<IpcChannel, IpcErrorCode>> = {
  'jx:app:info': 'file_unreadable',
  'jx:file:open': 'file_unreadable',
  'jx:file:save': 'file_unwritable',
  'jx:report:print-to-pdf': 'print_failed',
  'jx:file:show-in-folder': 'file_unreadable',
  'jx:backup:write-auto': 'file_unwritable',
  'jx:backup:list-auto': 'file_unreadable',
  'jx:backup:read-auto': 'file_unreadable',
};

export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, options: RegisterIpcOptions): void {
  const register = <C extends IpcChannel>(channel: C): void => {
    ipcMain.handle(channel, (event, payload) => dispatch(channel, handlers[channel], event, payload, options));
  };
  for (const channel of Object.keys(ipcRequestSchemas) as IpcChannel[]) register(channel);
}

async function dispatch<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  event: IpcInvokeEventLike,
  payload: unknown,
  { isAllowedSenderUrl, ownerOf, logger }: RegisterIpcOptions,
): Promise<IpcResults[C] | IpcFailure> {
  const senderUrl = event.senderFrame?.url;
  if (!isAllowedSenderUrl(senderUrl)) {
    logger.warn(`ipc ${channel}: refused sender ${String(senderUrl)}`);
    return fail('forbidden_sender');
  }
  const parsed = ipcRequestSchemas[channel].safeParse(payload);
  if (!parsed.success) {
    logger.warn(`ipc ${channel}: invalid request`, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    return fail('invalid_request');
  }
  try {
    return await handler(parsed.data as IpcRequest<C>, { owner: ownerOf(event.sender) });
  } catch (error) {
    // The error's kind only: messages of file-system errors carry paths, which carry user names.
    logger.error(`ipc ${channel}: handler failed`, error instanceof Error ? `${error.name} ${errnoCode(error)}` : typeof error);
    return fail(unexpectedFailureCode[channel]);
  }
}
