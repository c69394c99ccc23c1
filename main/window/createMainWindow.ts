/** The one application window: secure preferences, shown when painted (no white flash), loading the renderer. */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { Logger } from '../ipc/types';
import { secureWebPreferences } from './secureWebPreferences';

export interface MainWindowDeps {
  /** `(options) => new BrowserWindow(options)` in the app. */
  readonly newWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly preloadPath: string;
  readonly entryUrl: string;
  readonly iconPath?: string;
  readonly logger: Logger;
}

export function mainWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    // Matches the renderer's body background so the first frame does not flash white.
    backgroundColor: '#f6f5f3',
    title: '匠心 Jiangxin',
    ...(iconPath === undefined ? {} : { icon: iconPath }),
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export function createMainWindow({ newWindow, preloadPath, entryUrl, iconPath, logger }: MainWindowDeps): BrowserWindow {
  const window = newWindow(mainWindowOptions(preloadPath, iconPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(entryUrl).catch((error: unknown) => logger.error(`window: cannot load ${entryUrl}`, error));
  return window;
}
