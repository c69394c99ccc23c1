import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/contentSecurityPolicy';

/**
 * The same renderer built as a plain web app (DESIGN §6): no Electron, the browser platform implementation,
 * used by `npm run web` and by the Playwright e2e suite in Chromium.
 */

const packageJson = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

function cspMeta(): Plugin {
  return {
    name: 'jiangxin-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  // The browser platform reports this as the app version (the desktop app asks main).
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  // The import worker (renderer/workers) is an ES module worker, like the app's own chunks.
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
