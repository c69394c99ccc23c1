import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../rendererOrigin';
import { silentLogger } from '../testing/fakes';
import { hardenWebContents } from './hardenWebContents';

type OpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  }) as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
  const navigate = (event: string, url: string, isMainFrame = true) => {
    let prevented = false;
    emitter.emit(event, { url, isMainFrame, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, navigate, open: (url: string) => openHandler?.({ url } as Parameters<OpenHandler>[0]) };
}

describe('hardenWebContents', () => {
  const setUp = () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, (url) => isAppUrl(url), silentLogger);
    return fake;
  };

  it('lets the app navigate within itself', () => {
    expect(setUp().navigate('will-navigate', 'app://jiangxin/index.html#/settings')).toBe(false);
  });

  it('cancels navigation, iframe navigation and redirects to any other origin', () => {
    const { navigate } = setUp();
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-frame-navigate', 'https://example.com/', false)).toBe(true);
    expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('denies every new window, even one on the app origin', () => {
    const { open } = setUp();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://jiangxin/index.html')).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const { navigate } = setUp();
    expect(navigate('will-attach-webview', 'app://jiangxin/index.html')).toBe(true);
  });
});
