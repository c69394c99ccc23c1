/**
 * The `app://jiangxin/` scheme the renderer is served from (DESIGN §5).
 *
 * A privileged standard scheme gives the renderer a stable, secure origin of its own — IndexedDB, where all
 * user data lives, is stored per origin, so the scheme and host are never renamed — without the extra powers
 * `file://` pages get. The handler serves only files under the built renderer folder (out/renderer), refuses
 * any path that escapes it, and sends the CSP header with every response.
 */
import type { Protocol } from 'electron';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import type { FsPort } from './ipc/types';
import { mimeTypeFor } from './mimeTypes';

/** Must run before the app is ready: Chromium reads scheme privileges at startup. */
export function registerAppSchemePrivileges(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // codeCache lets V8 cache compiled renderer scripts across starts (cold start target, DESIGN §7).
      // corsEnabled stays unset on purpose: the app only loads its own origin, and without it no other origin
      // can read app:// responses.
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (out/renderer). */
  readonly rootDir: string;
  readonly fs: Pick<FsPort, 'stat' | 'readFile'>;
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // The files change only when the app is updated; revalidating is cheap on a local scheme.
  'cache-control': 'no-cache',
} as const;

export function createAppProtocolHandler({ rootDir, fs }: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'Not Found');

    const filePath = resolveInside(root, url.pathname);
    if (!filePath) return plain(403, 'Forbidden');

    const found = await findFile(fs, filePath, root);
    if (!found) return plain(404, 'Not Found');

    const body = request.method === 'HEAD' ? null : await fs.readFile(found);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': mimeTypeFor(found) } });
  };
}

/**
 * Maps a URL path to a file under `root`, or undefined when it would leave it. The URL parser already folds
 * `/../`, but encoded separators (`..%2F`, `..%5C`) only appear after decoding, so the check runs on the
 * decoded, resolved path.
 */
function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const wanted = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = resolve(root, wanted);
  const rel = relative(root, full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return full;
}

/**
 * The file to serve: the path itself if it is a file; index.html for an extension-less path that does not
 * exist (a client-side route after a reload); otherwise nothing.
 */
async function findFile(fs: AppProtocolOptions['fs'], filePath: string, root: string): Promise<string | undefined> {
  const stats = await fs.stat(filePath).catch(() => undefined);
  if (stats?.isFile()) return filePath;
  if (!stats && extname(filePath) === '') {
    const index = resolve(root, 'index.html');
    return (await fs.stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}
