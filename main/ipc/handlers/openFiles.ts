/**
 * `jx:file:open`: lets the user pick file(s) and hands their bytes to the renderer, which does all parsing
 * and validation (packages, spreadsheets). Every chosen file is measured with `stat` before any is read, so an
 * oversize file is refused without loading it into memory and the user learns which file and which limit.
 */
import { basename } from 'node:path';
import { MAX_OPEN_FILE_BYTES, type OpenedFile } from '../../../shared/ipc/contract';
import { errnoCode, fail, ok } from '../ipcResult';
import type { KnownFiles } from '../knownFiles';
import { redactPath } from '../redactPath';
import type { DialogPort, FsPort, IpcHandler, Logger } from '../types';

export interface OpenFilesDeps {
  readonly dialog: Pick<DialogPort, 'showOpenDialog'>;
  readonly fs: Pick<FsPort, 'stat' | 'readFile'>;
  readonly logger: Logger;
  readonly knownFiles?: KnownFiles;
}

export function createOpenFilesHandler({ dialog, fs, logger, knownFiles }: OpenFilesDeps): IpcHandler<'jx:file:open'> {
  return async (request, { owner }) => {
    const limit = Math.min(request.maxBytes ?? MAX_OPEN_FILE_BYTES, MAX_OPEN_FILE_BYTES);
    const picked = await dialog.showOpenDialog(owner, {
      ...(request.title === undefined ? {} : { title: request.title }),
      filters: request.filters,
      properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    if (picked.canceled || picked.filePaths.length === 0) return ok(null);

    for (const path of picked.filePaths) {
      const name = basename(path);
      let size: number;
      try {
        const stats = await fs.stat(path);
        if (!stats.isFile()) return fail('file_unreadable', { name });
        size = stats.size;
      } catch (error) {
        logger.warn(`open: cannot stat ${redactPath(path)}`, errnoCode(error));
        return fail('file_unreadable', { name, reason: errnoCode(error) });
      }
      if (size > limit) return fail('file_too_large', { name, size, limit });
    }

    const files: OpenedFile[] = [];
    for (const path of picked.filePaths) {
      const name = basename(path);
      try {
        const bytes = await fs.readFile(path);
        // The file may have grown since it was measured; the limit holds for what was actually read.
        if (bytes.byteLength > limit) return fail('file_too_large', { name, size: bytes.byteLength, limit });
        files.push({ name, path, bytes: asPlainBytes(bytes) });
        knownFiles?.remember(path);
      } catch (error) {
        logger.warn(`open: cannot read ${redactPath(path)}`, errnoCode(error));
        return fail('file_unreadable', { name, reason: errnoCode(error) });
      }
    }
    return ok(files);
  };
}

/**
 * A plain Uint8Array over exactly the file's bytes. Structured clone sends a view's whole underlying buffer,
 * so a Buffer that shares a larger (pooled) allocation is copied first.
 */
function asPlainBytes(buffer: Uint8Array): Uint8Array {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
    return new Uint8Array(buffer.buffer, 0, buffer.byteLength);
  }
  return new Uint8Array(buffer);
}
