/** Builds the web renderer into dist-web (for benchmarks and screenshots); exits the process if the build fails. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const webBuildDir = join(projectRoot, 'dist-web');

export function buildWebApp() {
  const vite = join(projectRoot, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
