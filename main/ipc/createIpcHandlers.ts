/**
 * Builds the handler map from its dependencies. The composition root (main/index.ts) passes Electron's real
 * dialog, shell and windows; tests pass fakes. Typed as `IpcHandlers`, so a channel without a handler, or a
 * handler for a channel the contract no longer has, is a compile error.
 */
import { createAppInfoHandler, type AppInfoDeps } from './handlers/appInfo';
import { createOpenFilesHandler } from './handlers/openFiles';
import { createPrintToPdfHandler, type PrintWindow } from './handlers/printToPdf';
import { createSaveFileHandler } from './handlers/saveFile';
import { createShowInFolderHandler } from './handlers/showInFolder';
import type { DialogPort, FsPort, IpcHandlers, Logger } from './types';
import type { Shell } from 'electron';

export interface IpcDeps extends AppInfoDeps {
  readonly dialog: DialogPort;
  readonly fs: FsPort;
  readonly shell: Pick<Shell, 'showItemInFolder'>;
  readonly createPrintWindow: () => PrintWindow;
  readonly rendererEntryUrl: string;
  readonly logger: Logger;
}

export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  const saveDeps = { dialog: deps.dialog, fs: deps.fs, logger: deps.logger, defaultDir: () => deps.app.getPath('documents') };
  return {
    'jx:app:info': createAppInfoHandler(deps),
    'jx:file:open': createOpenFilesHandler(deps),
    'jx:file:save': createSaveFileHandler(saveDeps),
    'jx:report:print-to-pdf': createPrintToPdfHandler({
      ...saveDeps,
      createPrintWindow: deps.createPrintWindow,
      rendererEntryUrl: deps.rendererEntryUrl,
    }),
    'jx:file:show-in-folder': createShowInFolderHandler(deps),
  };
}
