/**
 * Lets a run of the app keep its data in a chosen folder instead of the user's profile: the Electron smoke
 * test points each run at a fresh temp folder (Electron ignores Chromium's --user-data-dir for
 * app.getPath('userData')), and an organiser can run a throw-away copy on a venue laptop without touching the
 * real workspace. Only an absolute path is accepted.
 */
import { isAbsolute } from 'node:path';

export const USER_DATA_DIR_ENV = 'JIANGXIN_USER_DATA_DIR';

export function userDataDirOverride(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const dir = env[USER_DATA_DIR_ENV];
  return dir && isAbsolute(dir) ? dir : undefined;
}
