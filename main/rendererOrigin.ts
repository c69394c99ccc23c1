/**
 * Where the renderer is loaded from, and which URLs count as "the app".
 *
 * In production the renderer is served from `app://jiangxin/` (DESIGN §5: never renamed, IndexedDB is per
 * origin). In development electron-vite sets ELECTRON_RENDERER_URL to its dev server; we honour it only in an
 * unpackaged app and only on a loopback host, so an environment variable can never point the installed app at
 * remote content.
 */
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../shared/ipc/contract';

/** The page every window of the app loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The dev server URL to load instead of the app scheme, or undefined in production. */
export function resolveDevServerUrl(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !raw) return undefined;
  const url = parseUrl(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return url.origin;
}

/** The renderer's entry page: the dev server's index.html in development, app://jiangxin/index.html otherwise. */
export function rendererEntryUrl(devServerUrl: string | undefined): string {
  return devServerUrl ? `${devServerUrl}/index.html` : APP_ENTRY_URL;
}

/** Command-line flag (`npm start` passes it) that opens an empty, never-initialised workspace on the demo. */
export const DEMO_WHEN_EMPTY_FLAG = '--demo-when-empty';

/** The main window's first URL: the entry page, asking the renderer to load the demo when started with the flag. */
export function mainWindowUrl(entryUrl: string, argv: readonly string[]): string {
  return argv.includes(DEMO_WHEN_EMPTY_FLAG) ? `${entryUrl}?demo=auto` : entryUrl;
}

/**
 * True when `url` belongs to the app: the app scheme and host, or (in development) the dev server's origin.
 * `URL.origin` is "null" for custom schemes, so scheme and host are compared instead.
 */
export function isAppUrl(url: string | undefined, devServerUrl?: string): boolean {
  const parsed = url === undefined ? undefined : parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return devServerUrl !== undefined && parsed.origin === devServerUrl;
}

function parseUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
