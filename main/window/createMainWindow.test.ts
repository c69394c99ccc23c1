import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './createMainWindow';

describe('main window options', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security, the preload', () => {
    expect(mainWindowOptions('/app/out/preload/index.cjs').webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
