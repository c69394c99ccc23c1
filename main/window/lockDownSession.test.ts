import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../testing/fakes';
import { lockDownSession } from './lockDownSession';

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; beforeRequest?: BeforeRequest; urls?: string[] } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: BeforeRequest) => {
        handlers.urls = filter.urls;
        handlers.beforeRequest = listener;
      },
    },
  } as unknown as Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;
  const cancels = (url: string): boolean | undefined => {
    let cancel: boolean | undefined;
    handlers.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
    return cancel;
  };
  return { session, handlers, cancels };
}

describe('lockDownSession', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    lockDownSession(session, undefined, silentLogger);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read'] as const) {
      let granted: boolean | undefined;
      handlers.request?.({} as never, permission, (answer) => (granted = answer), {} as never);
      expect(granted).toBe(false);
    }
    expect(handlers.check?.(null, 'media', 'app://jiangxin', {} as never)).toBe(false);
  });

  it('cancels every http(s) and ws(s) request in production', () => {
    const { session, handlers, cancels } = fakeSession();
    lockDownSession(session, undefined, silentLogger);
    expect(handlers.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    expect(cancels('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancels('http://localhost:5173/index.html')).toBe(true);
  });

  it('lets the dev server (and its HMR socket) through in development only', () => {
    const { session, cancels } = fakeSession();
    lockDownSession(session, 'http://localhost:5173', silentLogger);
    expect(cancels('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancels('ws://localhost:5173/')).toBe(false);
    expect(cancels('https://example.com/')).toBe(true);
  });
});
