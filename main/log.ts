/**
 * Logging through electron-log: one rotating file per user (its path is shown in app info, so a user can
 * send it with a problem report), uncaught main-process errors included. Renderer warnings and errors reach
 * the same file through each window's console-message event, so the renderer needs no logging API of its own
 * and the preload exposes nothing but window.jiangxin. Imports electron (through electron-log): only the
 * composition root (main/index.ts) may import this module.
 */
import type { WebContents } from 'electron';
import log from 'electron-log/main';
import { join } from 'node:path';
import type { Logger } from './ipc/types';

export interface AppLog extends Logger {
  /** Absolute path of the current log file. */
  filePath(): string;
}

/** `logsDir` is `<userData>/logs`, so the log follows the data folder (also when it is overridden). */
export function initLog(isDevelopment: boolean, logsDir: string): AppLog {
  log.transports.file.resolvePathFn = () => join(logsDir, 'main.log');
  log.transports.file.level = 'info';
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.console.level = isDevelopment ? 'debug' : 'warn';
  log.errorHandler.startCatching({ showDialog: false });
  return {
    info: (...data) => log.info(...data),
    warn: (...data) => log.warn(...data),
    error: (...data) => log.error(...data),
    filePath: () => log.transports.file.getFile().path,
  };
}

const rendererLog = log.scope('renderer');

/** Copies a window's console warnings and errors into the log file. */
export function forwardRendererConsole(contents: Pick<WebContents, 'on'>): void {
  contents.on('console-message', (event) => {
    if (event.level === 'error') rendererLog.error(event.message, `(${event.sourceId}:${event.lineNumber})`);
    else if (event.level === 'warning') rendererLog.warn(event.message, `(${event.sourceId}:${event.lineNumber})`);
  });
}
