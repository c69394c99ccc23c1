/**
 * `npm run test:electron`: the desktop smoke test, run only where an Electron binary exists (DESIGN §6).
 *
 * Electron's binary is downloaded at install time from outside the package registry; machines without that
 * route have only the npm package (node_modules/electron without dist/). Requiring `electron` there would
 * try to download it, so the binary is located by reading path.txt and checking dist/ directly.
 * A packaged test build (electron-builder.test.yml) can be used instead via JIANGXIN_ELECTRON_EXECUTABLE.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');
const require = createRequire(join(repoRoot, 'package.json'));

/** The Electron executable to test, or the reason there is none. */
function findElectron() {
  const packaged = process.env.JIANGXIN_ELECTRON_EXECUTABLE;
  if (packaged) {
    if (existsSync(packaged)) return { path: packaged, packaged: true };
    // Asked for a specific build that is not there: a mistake to report, not a reason to skip.
    console.error(`tests/electron: JIANGXIN_ELECTRON_EXECUTABLE points to ${packaged}, which does not exist.`);
    process.exit(1);
  }
  let moduleDir;
  try {
    moduleDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(moduleDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'node_modules/electron has no path.txt or dist/, so its install-time binary download was skipped or blocked' };
  }
  const executable = join(moduleDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? { path: executable, packaged: false } : { missing: `${executable} does not exist` };
}

/** Runs a package's CLI with this Node, so no shell or .cmd shim is involved on any platform. */
function runCli(packageName, binName, args, options = {}) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[binName];
  const command = [process.execPath, join(dirname(manifestPath), bin), ...args];
  // Electron needs a display; on a headless Linux box use a virtual one when xvfb-run is available.
  const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const wrapped = options.needsDisplay && headlessLinux && hasXvfbRun() ? ['xvfb-run', '--auto-servernum', ...command] : command;
  const result = spawnSync(wrapped[0], wrapped.slice(1), { cwd: repoRoot, stdio: 'inherit', env: options.env ?? process.env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function hasXvfbRun() {
  return spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;
}

const electron = findElectron();
if (electron.missing) {
  console.log(
    `tests/electron: SKIPPED — no Electron binary is installed on this machine (${electron.missing}: ` +
      'Electron fetches its binary from outside the package registry, which this machine cannot reach); ' +
      'the Electron smoke test runs where the binary exists.',
  );
  process.exit(0);
}

// A packaged test build already contains the app; the development binary runs the fresh out/ build.
if (!electron.packaged) {
  const built = runCli('electron-vite', 'electron-vite', ['build']);
  if (built !== 0) process.exit(built);
}
const env = { ...process.env, JIANGXIN_ELECTRON_EXECUTABLE: electron.packaged ? electron.path : '' };
process.exit(runCli('@playwright/test', 'playwright', ['test', '--config', 'tests/electron/playwright.config.ts'], { needsDisplay: true, env }));
