/**
 * Builds the handler map from its dependencies. The composition root (main/index.ts) passes Electron's real
 * dialog, shell and windows; tests pass fakes. Typed as `IpcHandlers`, so a channel without a handler, or a
 * handler for a channel the contract no longer has, is a compile error.
 */
import { join } from 'node:path';
import { createAppInfoHandler, type AppInfoDeps } from './handlers/appInfo';
import { createAutoBackupHandlers, type AutoBackupFs } from './handlers/autoBackups';
import { createOpenFilesHandler } from './handlers/openFiles';
import { createPrintToPdfHandler, type PrintWindow } from './handlers/printToPdf';
import { createSaveFileHandler } from './handlers/saveFile';
import { createShowInFolderHandler } from './handlers/showInFolder';
import { createKnownFiles, type KnownFiles } from './knownFiles';
import type { DialogPort, IpcHandlers, Logger } from './types';
import type { Shell } from 'electron';

export interface IpcDeps extends AppInfoDeps {
  readonly dialog: DialogPort;
  readonly fs: AutoBackupFs;
  readonly shell: Pick<Shell, 'showItemInFolder'>;
  readonly createPrintWindow: () => PrintWindow;
  readonly rendererEntryUrl: string;
  readonly logger: Logger;
  /** The files this session wrote or opened; the only ones show-in-folder reveals. */
  readonly knownFiles?: KnownFiles;
  readonly now?: () => Date;
}

export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  const knownFiles = deps.knownFiles ?? createKnownFiles();
  const saveDeps = { dialog: deps.dialog, fs: deps.fs, logger: deps.logger, defaultDir: () => deps.app.getPath('documents'), knownFiles };
  return {
    'jx:app:info': createAppInfoHandler(deps),
    'jx:file:open': createOpenFilesHandler({ ...deps, knownFiles }),
    'jx:file:save': createSaveFileHandler(saveDeps),
    'jx:report:print-to-pdf': createPrintToPdfHandler({
      ...saveDeps,
      createPrintWindow: deps.createPrintWindow,
      rendererEntryUrl: deps.rendererEntryUrl,
    }),
    'jx:file:show-in-folder': createShowInFolderHandler({ ...deps, knownFiles }),
    ...createAutoBackupHandlers({
      fs: deps.fs,
      backupsDir: () => join(deps.app.getPath('userData'), 'backups'),
      now: deps.now ?? (() => new Date()),
      knownFiles,
      logger: deps.logger,
    }),
  };
}
