import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Desktop build (DESIGN §5): out/main (ES module, package.json "main"), out/preload (CommonJS — sandboxed
 * preloads cannot load ES modules or anything but `electron`), out/renderer (served as app://jiangxin/).
 *
 * Main and preload bundle their dependencies (zod, electron-log) instead of loading them from node_modules,
 * so the packaged app needs no node_modules at all (electron-builder.yml excludes it); only `electron` and
 * Node built-ins stay external, which electron-vite's presets already ensure.
 */
const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'main/index.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'main/preload/index.ts') },
        // One self-contained CommonJS file: a sandboxed preload can require only `electron`.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    // The import worker (renderer/workers) is an ES module worker, like the app's own chunks.
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
