/**
 * `jx:file:show-in-folder`: reveals a file the app saved (an export, a backup) in the system file manager.
 * Only files this session wrote or opened are revealed (knownFiles.ts): any other path, relative or absolute,
 * is refused with `invalid_request` without touching the disk, so the channel cannot probe the machine.
 */
import type { Shell } from 'electron';
import { basename, isAbsolute } from 'node:path';
import { errnoCode, fail, ok } from '../ipcResult';
import type { KnownFiles } from '../knownFiles';
import type { FsPort, IpcHandler } from '../types';

export interface ShowInFolderDeps {
  readonly shell: Pick<Shell, 'showItemInFolder'>;
  readonly fs: Pick<FsPort, 'stat'>;
  readonly knownFiles: KnownFiles;
}

export function createShowInFolderHandler({ shell, fs, knownFiles }: ShowInFolderDeps): IpcHandler<'jx:file:show-in-folder'> {
  return async ({ path }) => {
    if (!isAbsolute(path) || !knownFiles.has(path)) return fail('invalid_request');
    try {
      await fs.stat(path);
    } catch (error) {
      return fail('file_unreadable', { name: basename(path), reason: errnoCode(error) });
    }
    shell.showItemInFolder(path);
    return ok(null);
  };
}
