/**
 * A hidden window for printing a report route to PDF (see ipc/handlers/printToPdf.ts), wrapped in the small
 * `PrintWindow` interface the handler drives. Same preferences and preload as the main window, so the print
 * view runs exactly the code it runs in the app, on the same origin and therefore the same IndexedDB.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PrintWindow } from '../ipc/handlers/printToPdf';
import { secureWebPreferences } from './secureWebPreferences';

export function createPrintWindow(
  newWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  preloadPath: string,
): PrintWindow {
  const window = newWindow({
    show: false,
    // Roughly an A4 page at 96 dpi, so layout measured before printing resembles the printed page.
    width: 794,
    height: 1123,
    // A hidden window is throttled by default; the print view must keep rendering and run its timers.
    webPreferences: { ...secureWebPreferences(preloadPath), backgroundThrottling: false },
  });
  return {
    load: (url) => window.loadURL(url),
    evaluate: (code) => window.webContents.executeJavaScript(code),
    printToPdf: (options) => window.webContents.printToPDF(options),
    close: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
