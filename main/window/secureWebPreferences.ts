/**
 * The webPreferences every window of the app uses (DESIGN §5). Electron's defaults are already close to this;
 * they are spelled out so a future default change or a careless edit shows up in review and in the test.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Dropping a file on the window would otherwise navigate it to file://.
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from a Google CDN: remote traffic, and the UI is Chinese.
    spellcheck: false,
    safeDialogs: true,
  };
}
