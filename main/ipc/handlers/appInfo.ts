/** `jx:app:info`: names, versions and the paths a user may need when reporting a problem (Settings page). */
import type { App } from 'electron';
import type { AppInfo } from '../../../shared/ipc/contract';
import { ok } from '../ipcResult';
import type { IpcHandler } from '../types';

export interface AppInfoDeps {
  readonly app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  /** `process.versions` in the app; Electron adds `electron` and `chrome` to it. */
  readonly versions: Readonly<Record<string, string | undefined>>;
  readonly platform: string;
  /** Where electron-log writes the main log file. */
  readonly logPath: () => string;
}

export function createAppInfoHandler({ app, versions, platform, logPath }: AppInfoDeps): IpcHandler<'jx:app:info'> {
  return async () => {
    const info: AppInfo = {
      name: app.getName(),
      version: app.getVersion(),
      electron: versions['electron'] ?? '',
      chrome: versions['chrome'] ?? '',
      node: versions['node'] ?? '',
      platform,
      userDataPath: app.getPath('userData'),
      logPath: logPath(),
    };
    return ok(info);
  };
}
