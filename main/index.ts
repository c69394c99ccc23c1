/**
 * Main-process entry and composition root: the only module that imports Electron's runtime objects and wires
 * them into the plain functions that do the work (protocol, window, session rules, IPC handlers). Everything
 * it calls is testable in Node without Electron; this file only connects.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { startApp } from './appLifecycle';
import { isTestBuild, refusedDebugSwitches } from './debugSwitches';
import { createIpcHandlers } from './ipc/createIpcHandlers';
import { createDialogPort } from './ipc/dialogPort';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { forwardRendererConsole, initLog } from './log';
import { buildMenuTemplate } from './menu';
import { registerAppProtocol, registerAppSchemePrivileges } from './protocol';
import { isAppUrl, mainWindowUrl, rendererEntryUrl, resolveDevServerUrl } from './rendererOrigin';
import { userDataDirOverride } from './userDataDir';
import { createMainWindow } from './window/createMainWindow';
import { createPrintWindow } from './window/createPrintWindow';
import { hardenWebContents } from './window/hardenWebContents';
import { lockDownSession } from './window/lockDownSession';

// Before anything else: a packaged build started with debugging switches stops here (debugSwitches.ts).
const refusedSwitches = refusedDebugSwitches({
  isPackaged: app.isPackaged,
  testBuild: app.isPackaged && isTestBuild(readPackageJson()),
  argv: process.argv,
});
if (refusedSwitches.length > 0) {
  dialog.showErrorBox('匠心 Jiangxin', `匠心不能带调试参数启动：${refusedSwitches.join(' ')}\nJiangxin does not start with debugging switches: ${refusedSwitches.join(' ')}`);
  app.exit(1);
}

function readPackageJson(): string | undefined {
  try {
    return readFileSync(join(app.getAppPath(), 'package.json'), 'utf8');
  } catch {
    return undefined;
  }
}

// First, before anything (the log file, the single-instance lock, IndexedDB) resolves the userData folder.
const userDataDir = userDataDirOverride(process.env);
if (userDataDir) app.setPath('userData', userDataDir);

const isDevelopment = !app.isPackaged;
const log = initLog(isDevelopment, join(app.getPath('userData'), 'logs'));
const devServerUrl = resolveDevServerUrl(app.isPackaged, process.env);
const entryUrl = rendererEntryUrl(devServerUrl);
const isOwnUrl = (url: string | undefined): boolean => isAppUrl(url, devServerUrl);

// Layout of the build (electron.vite.config.ts): out/main/index.js beside out/preload and out/renderer.
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = join(import.meta.dirname, '../renderer');
const newWindow = (options: Electron.BrowserWindowConstructorOptions): BrowserWindow => new BrowserWindow(options);

// Both must happen before 'ready': scheme privileges are read at startup, and the sandbox flag applies to
// every renderer, including any a dependency might open.
registerAppSchemePrivileges(protocol);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId('cn.jiangxin.app');

app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, isOwnUrl, log);
  forwardRendererConsole(contents);
});

function onReady(): void {
  registerAppProtocol(protocol, { rootDir: rendererDir, fs });
  lockDownSession(session.defaultSession, devServerUrl, log);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, isDevelopment)));
  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      app,
      versions: process.versions,
      platform: process.platform,
      logPath: log.filePath,
      dialog: createDialogPort(dialog),
      fs,
      shell,
      createPrintWindow: () => createPrintWindow(newWindow, preloadPath),
      rendererEntryUrl: entryUrl,
      logger: log,
    }),
    { isAllowedSenderUrl: isOwnUrl, ownerOf: (sender) => BrowserWindow.fromWebContents(sender), logger: log },
  );
  log.info(`app: ${app.getName()} ${app.getVersion()} starting, renderer at ${entryUrl}`);
}

startApp({
  app,
  platform: process.platform,
  onReady,
  createWindow: () => createMainWindow({ newWindow, preloadPath, entryUrl: mainWindowUrl(entryUrl, process.argv), logger: log }),
  logger: log,
});
