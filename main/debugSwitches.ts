/**
 * Packaged builds refuse to start with debugging switches. `--remote-debugging-port` (Chromium's DevTools
 * protocol) or `--inspect` (the Node inspector; also closed by the fuse in electron-builder.yml) would let any
 * program on the machine read the renderer's memory — an unsealed code map, a PIN as it is typed — or drive the
 * app. A development run (not packaged) and the separate Playwright test build (electron-builder.test.yml, marked
 * `jiangxin.testBuild` in its package.json, never what `npm run dist` ships) may use them.
 */

/** Switches refused, each also in its `--name=value` form. */
export const DEBUG_SWITCHES = ['--remote-debugging-port', '--remote-debugging-pipe', '--inspect', '--inspect-brk', '--inspect-port'] as const;

/** The debugging switches found in a command line (argv as the process got it). */
export function debugSwitchesIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => DEBUG_SWITCHES.some((name) => arg === name || arg.startsWith(`${name}=`)));
}

/** The switches that stop this start; empty when it may go on. */
export function refusedDebugSwitches({ isPackaged, testBuild, argv }: { isPackaged: boolean; testBuild: boolean; argv: readonly string[] }): string[] {
  if (!isPackaged || testBuild) return [];
  return debugSwitchesIn(argv);
}

/** True for the Playwright test build: its package.json (electron-builder.test.yml extraMetadata) says so. */
export function isTestBuild(packageJsonText: string | undefined): boolean {
  if (!packageJsonText) return false;
  try {
    const parsed = JSON.parse(packageJsonText) as { jiangxin?: { testBuild?: unknown } };
    return parsed.jiangxin?.testBuild === true;
  } catch {
    return false;
  }
}
