/** Picks the platform implementation once: Electron when the preload API is there, the browser otherwise. */
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './types';

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= window.jiangxin ? createElectronPlatform(window.jiangxin) : createBrowserPlatform();
  return current;
}

export * from './types';
