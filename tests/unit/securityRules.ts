/**
 * A static security scan of the Electron configuration, as a rule set in the spirit of Electronegativity's
 * checks (context isolation, sandbox, node integration, web security, insecure content, webview, experimental
 * features, CSP, navigation and new-window handlers, permission handler, openExternal, remote module, fuses),
 * run on this repository's own sources so it needs no network and no binary. The fuse rule also compares the
 * shipped electron-builder.yml with electron-builder.test.yml: the test build may differ only by the Node
 * inspector fuse (which Playwright's _electron needs) and its output folder.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { secureWebPreferences } from '../../main/window/secureWebPreferences';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

export interface RuleResult {
  readonly rule: string;
  readonly passed: boolean;
  readonly detail: string;
  readonly where: string;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** The hardened values of every fuse, as shipped. */
const SHIPPED_FUSES: Readonly<Record<string, boolean>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

/** Fuses the test build may flip, and why. */
const TEST_ONLY_FUSES = new Set(['enableNodeCliInspectArguments']);

/**
 * The `key: value` lines of one top-level block of an electron-builder YAML file (both files keep these blocks
 * flat, two-space indented; anything else makes the check fail rather than pass).
 */
export function yamlBlock(text: string, block: string): Record<string, unknown> | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `${block}:`);
  if (start < 0) return undefined;
  const values: Record<string, unknown> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^ {2}([A-Za-z]+):\s*(.*?)\s*$/.exec(line);
    if (!match) break;
    const raw = match[2]!;
    values[match[1]!] = raw === 'true' ? true : raw === 'false' ? false : raw;
  }
  return values;
}

export function checkFuses(shippedYaml: string, testYaml: string): string[] {
  const problems: string[] = [];
  const shipped = { electronFuses: yamlBlock(shippedYaml, 'electronFuses'), directories: yamlBlock(shippedYaml, 'directories') as { output?: string } | undefined };
  const test = { electronFuses: yamlBlock(testYaml, 'electronFuses'), directories: yamlBlock(testYaml, 'directories') as { output?: string } | undefined };
  for (const [fuse, value] of Object.entries(SHIPPED_FUSES)) {
    if (shipped.electronFuses?.[fuse] !== value) problems.push(`electron-builder.yml: ${fuse} must be ${String(value)}`);
    if (!TEST_ONLY_FUSES.has(fuse) && test.electronFuses?.[fuse] !== value) problems.push(`electron-builder.test.yml: ${fuse} must be ${String(value)} as shipped`);
  }
  const output = test.directories?.output;
  if (!output || output === (shipped.directories?.output ?? 'dist')) problems.push('electron-builder.test.yml must build into its own folder, never the release folder');
  return problems;
}

export function runSecurityRules(): RuleResult[] {
  const results: RuleResult[] = [];
  const rule = (name: string, where: string, problems: string[]) =>
    results.push({ rule: name, where, passed: problems.length === 0, detail: problems.join('; ') });
  const prefs = secureWebPreferences('/preload.cjs');
  const expectPref = (key: keyof typeof prefs, value: unknown) => (prefs[key] === value ? [] : [`${key} is ${String(prefs[key])}`]);

  rule('CONTEXT_ISOLATION_JS_CHECK', 'main/window/secureWebPreferences.ts', expectPref('contextIsolation', true));
  rule('SANDBOX_JS_CHECK', 'main/window/secureWebPreferences.ts', [...expectPref('sandbox', true), ...(read('main/index.ts').includes('app.enableSandbox()') ? [] : ['app.enableSandbox() not called'])]);
  rule('NODE_INTEGRATION_JS_CHECK', 'main/window/secureWebPreferences.ts', [
    ...expectPref('nodeIntegration', false),
    ...expectPref('nodeIntegrationInWorker', false),
    ...expectPref('nodeIntegrationInSubFrames', false),
  ]);
  rule('WEB_SECURITY_JS_CHECK', 'main/window/secureWebPreferences.ts', expectPref('webSecurity', true));
  rule('INSECURE_CONTENT_JS_CHECK', 'main/window/secureWebPreferences.ts', expectPref('allowRunningInsecureContent', false));
  rule('EXPERIMENTAL_FEATURES_JS_CHECK', 'main/window/secureWebPreferences.ts', expectPref('experimentalFeatures', false));
  rule('WEBVIEW_TAG / ATTACH_WEBVIEW', 'main/window/*', [...expectPref('webviewTag', false), ...(read('main/window/hardenWebContents.ts').includes("'will-attach-webview'") ? [] : ['no will-attach-webview guard'])]);
  const csp = CONTENT_SECURITY_POLICY;
  rule('CSP_GLOBAL_CHECK', 'shared/security/contentSecurityPolicy.ts', [
    ...(csp.includes("'unsafe-eval'") ? ["'unsafe-eval' allowed"] : []),
    ...(/script-src 'self'(;|$)/.test(csp) ? [] : ['script-src is not only self']),
    ...(csp.includes("object-src 'none'") ? [] : ["object-src is not 'none'"]),
  ]);
  const harden = read('main/window/hardenWebContents.ts');
  rule('AUXCLICK / NEW_WINDOW / NAVIGATION handlers', 'main/window/hardenWebContents.ts', [
    ...(harden.includes("'will-navigate'") ? [] : ['no will-navigate guard']),
    ...(harden.includes('setWindowOpenHandler') && harden.includes("action: 'deny'") ? [] : ['window.open not denied']),
  ]);
  rule('PERMISSION_REQUEST_HANDLER_JS_CHECK', 'main/window/lockDownSession.ts', read('main/window/lockDownSession.ts').includes('setPermissionRequestHandler') ? [] : ['no permission request handler']);

  const mainAndRenderer = [...sources('main'), ...sources('renderer'), ...sources('shared')];
  const offending = (pattern: RegExp) => mainAndRenderer.filter((file) => pattern.test(read(file)));
  rule('OPEN_EXTERNAL_JS_CHECK', 'main, renderer, shared', offending(/shell\.openExternal\(/).map((f) => `${f} calls openExternal`));
  rule('REMOTE_MODULE_JS_CHECK', 'main, renderer, shared', offending(/enableRemoteModule|@electron\/remote/).map((f) => `${f} uses the remote module`));
  rule('Preferences never weakened elsewhere', 'main, renderer, shared', offending(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|allowRunningInsecureContent:\s*true/).map((f) => `${f} weakens a web preference`));
  const preload = read('main/preload/index.ts');
  rule('PRELOAD exposes only the typed API', 'main/preload/index.ts', [
    ...((preload.match(/exposeInMainWorld\(/g) ?? []).length === 1 ? [] : ['more than one exposeInMainWorld']),
    ...(/exposeInMainWorld\([^)]*ipcRenderer/.test(preload) ? ['ipcRenderer exposed'] : []),
  ]);
  rule('ELECTRON_FUSES (shipped hardened, test build cannot reach a release)', 'electron-builder.yml, electron-builder.test.yml', checkFuses(read('electron-builder.yml'), read('electron-builder.test.yml')));
  return results;
}

export type AuditResult =
  | { readonly status: 'ran'; readonly critical: number; readonly high: number; readonly summary: string }
  | { readonly status: 'skipped'; readonly summary: string };

/** `npm audit --omit=dev` of the shipped dependencies; skipped, with the reason, when the registry cannot answer. */
export function runAudit(timeoutMs = 90_000): Promise<AuditResult> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      resolve({ status: 'skipped', summary: `skipped: the registry did not answer within ${timeoutMs / 1000} s (offline?)` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'skipped', summary: `skipped: npm could not be run (${error.message})` });
    });
    child.on('close', () => {
      clearTimeout(timer);
      try {
        const report = JSON.parse(out) as { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { summary?: string } };
        const counts = report.metadata?.vulnerabilities;
        if (!counts) {
          const reason = report.message ?? report.error?.summary ?? 'no report';
          return resolve({ status: 'skipped', summary: `skipped: the registry gave no audit report (${reason.split('\n')[0]!.slice(0, 120)})` });
        }
        const summary = `ran on the shipped dependencies: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`;
        resolve({ status: 'ran', critical: counts['critical'] ?? 0, high: counts['high'] ?? 0, summary });
      } catch {
        resolve({ status: 'skipped', summary: 'skipped: npm audit printed no JSON (registry unreachable?)' });
      }
    });
  });
}
