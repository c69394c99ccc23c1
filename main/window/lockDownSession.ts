/**
 * Session-wide rules: every permission request (camera, notifications, geolocation…) is refused, and no
 * request may leave the machine. The CSP already confines the page; cancelling http(s)/ws(s) requests here
 * also covers anything the CSP does not see. In development the Vite dev server (loopback) stays reachable.
 */
import type { Session } from 'electron';
import type { Logger } from '../ipc/types';

const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function lockDownSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>,
  devServerUrl: string | undefined,
  logger: Pick<Logger, 'warn'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn(`session: denied permission ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);

  const devHost = devServerUrl === undefined ? undefined : new URL(devServerUrl).host;
  session.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (details, callback) => {
    const allowed = devHost !== undefined && new URL(details.url).host === devHost;
    if (!allowed) logger.warn(`session: blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
