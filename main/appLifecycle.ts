/**
 * App lifecycle: one running instance, one main window. A second launch (for example double-clicking a
 * package file while the app runs) focuses the existing window instead of opening a second app on the same
 * IndexedDB. Quitting follows platform habit: closing the last window quits, except on macOS.
 */
import type { App, BrowserWindow } from 'electron';
import type { Logger } from './ipc/types';

export interface LifecycleDeps {
  readonly app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady'>;
  readonly platform: NodeJS.Platform;
  /** Creates the main window (called on ready, and on macOS 'activate' when none is open). */
  readonly createWindow: () => BrowserWindow;
  /** Runs once the app is ready, before the first window is created. */
  readonly onReady: () => void;
  readonly logger: Logger;
}

/** Returns false when another instance already runs (this one then quits). */
export function startApp({ app, platform, createWindow, onReady, logger }: LifecycleDeps): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }

  let mainWindow: BrowserWindow | null = null;
  const showMainWindow = (): void => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    const created = createWindow();
    created.on('closed', () => {
      if (mainWindow === created) mainWindow = null;
    });
    mainWindow = created;
  };

  app.on('second-instance', (_event, argv) => {
    // TODO: hand package files named in argv to the renderer once the IPC contract has an event channel for it.
    // Only how many arguments: they are file paths, which name people and places (nothing personal in logs).
    logger.info(`lifecycle: second instance started with ${argv.length - 1} argument(s)`);
    showMainWindow();
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow || mainWindow.isDestroyed()) showMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      onReady();
      showMainWindow();
    })
    .catch((error: unknown) => {
      logger.error('lifecycle: startup failed', error);
      app.quit();
    });
  return true;
}
