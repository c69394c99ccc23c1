/**
 * `jx:file:show-in-folder`: reveals a file the app saved (an export, a backup) in the system file manager.
 * Only existing absolute paths are accepted, so a relative or made-up path is refused instead of being
 * resolved against the app's working directory.
 */
import type { Shell } from 'electron';
import { basename, isAbsolute } from 'node:path';
import { errnoCode, fail, ok } from '../ipcResult';
import type { FsPort, IpcHandler } from '../types';

export interface ShowInFolderDeps {
  readonly shell: Pick<Shell, 'showItemInFolder'>;
  readonly fs: Pick<FsPort, 'stat'>;
}

export function createShowInFolderHandler({ shell, fs }: ShowInFolderDeps): IpcHandler<'jx:file:show-in-folder'> {
  return async ({ path }) => {
    if (!isAbsolute(path)) return fail('invalid_request');
    try {
      await fs.stat(path);
    } catch (error) {
      return fail('file_unreadable', { name: basename(path), reason: errnoCode(error) });
    }
    shell.showItemInFolder(path);
    return ok(null);
  };
}
