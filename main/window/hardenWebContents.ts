/**
 * Applied to every WebContents the app creates (app 'web-contents-created'), so no window — main, print, or
 * one added later — can leave the app: navigation to any other origin is cancelled, new windows are denied,
 * and <webview> cannot be attached. Links to the outside world are not opened: the app works offline and
 * must not be steered to remote content.
 */
import type { WebContents } from 'electron';
import type { Logger } from '../ipc/types';

type NavigationEvent = { readonly url: string; readonly isMainFrame?: boolean; preventDefault(): void };

export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  isAppUrl: (url: string) => boolean,
  logger: Pick<Logger, 'warn'>,
): void {
  const guard = (kind: string) => (event: NavigationEvent) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    logger.warn(`window: blocked ${kind} to ${event.url}`);
  };
  // will-navigate covers the top frame, will-frame-navigate the iframes (it fires for the top frame too, which
  // is already guarded); will-redirect catches a server-side hop to another origin.
  const frameGuard = guard('frame navigation');
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) frameGuard(event);
  });
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('window: blocked <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn(`window: blocked window.open(${url})`);
    return { action: 'deny' };
  });
}
