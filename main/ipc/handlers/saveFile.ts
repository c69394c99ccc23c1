/** `jx:file:save`: asks where to save bytes the renderer produced (exports, packages, backups) and writes them. */
import { basename, join } from 'node:path';
import type { IpcResult } from '../../../shared/ipc/contract';
import { errnoCode, fail, ok } from '../ipcResult';
import type { KnownFiles } from '../knownFiles';
import { redactPath } from '../redactPath';
import type { DialogPort, FsPort, IpcHandler, Logger } from '../types';
import { writeFileAtomic } from '../writeFileAtomic';

export interface SaveFileDeps {
  readonly dialog: Pick<DialogPort, 'showSaveDialog'>;
  readonly fs: Pick<FsPort, 'open' | 'rename' | 'unlink'>;
  /** Folder the dialog opens in (the user's Documents in the app). */
  readonly defaultDir: () => string;
  readonly logger: Logger;
  /** Remembers what was written, for show-in-folder. */
  readonly knownFiles?: KnownFiles;
}

export function createSaveFileHandler(deps: SaveFileDeps): IpcHandler<'jx:file:save'> {
  return async (request, { owner }) =>
    saveBytesWithDialog(deps, owner, { title: request.title, suggestedName: request.suggestedName, filters: request.filters }, request.bytes);
}

export interface SaveDialogRequest {
  readonly title: string | undefined;
  readonly suggestedName: string;
  readonly filters: { name: string; extensions: string[] }[];
}

/** Shared by save and print-to-PDF: dialog, then an atomic write. `null` when the user cancels. */
export async function saveBytesWithDialog(
  { dialog, fs, defaultDir, logger, knownFiles }: SaveFileDeps,
  owner: Parameters<DialogPort['showSaveDialog']>[0],
  request: SaveDialogRequest,
  bytes: Uint8Array,
): Promise<IpcResult<{ readonly path: string } | null>> {
  const picked = await dialog.showSaveDialog(owner, {
    ...(request.title === undefined ? {} : { title: request.title }),
    defaultPath: join(defaultDir(), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (picked.canceled || !picked.filePath) return ok(null);
  const path = picked.filePath;
  try {
    await writeFileAtomic(fs, path, bytes);
  } catch (error) {
    logger.warn(`save: cannot write ${redactPath(path)}`, errnoCode(error));
    return fail('file_unwritable', { name: basename(path), reason: errnoCode(error) });
  }
  knownFiles?.remember(path);
  logger.info(`save: wrote ${bytes.byteLength} bytes to ${redactPath(path)}`);
  return ok({ path });
}
