import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, DEMO_WHEN_EMPTY_FLAG, isAppUrl, mainWindowUrl, rendererEntryUrl, resolveDevServerUrl } from './rendererOrigin';

describe('renderer origin', () => {
  it('loads app://jiangxin/index.html in production, even if ELECTRON_RENDERER_URL is set', () => {
    expect(APP_ENTRY_URL).toBe('app://jiangxin/index.html');
    const dev = resolveDevServerUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    expect(dev).toBeUndefined();
    expect(rendererEntryUrl(dev)).toBe('app://jiangxin/index.html');
  });

  it('uses a loopback dev server in development, and nothing else', () => {
    expect(resolveDevServerUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toBe('http://localhost:5173');
    expect(rendererEntryUrl('http://localhost:5173')).toBe('http://localhost:5173/index.html');
    expect(resolveDevServerUrl(false, { ELECTRON_RENDERER_URL: 'https://cdn.example.com' })).toBeUndefined();
    expect(resolveDevServerUrl(false, { ELECTRON_RENDERER_URL: 'file:///tmp/index.html' })).toBeUndefined();
    expect(resolveDevServerUrl(false, {})).toBeUndefined();
  });

  it('recognises only the app scheme and host (and the dev server when given)', () => {
    expect(isAppUrl('app://jiangxin/index.html#/print/x')).toBe(true);
    expect(isAppUrl('app://jiangxin.evil/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://jiangxin/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('the main window URL', () => {
  it('asks the renderer for the demo on an empty workspace only when started with the flag', () => {
    expect(mainWindowUrl(APP_ENTRY_URL, ['electron', '.', DEMO_WHEN_EMPTY_FLAG])).toBe('app://jiangxin/index.html?demo=auto');
    expect(mainWindowUrl(APP_ENTRY_URL, ['electron', '.'])).toBe('app://jiangxin/index.html');
  });
});
