import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './index';

async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

describe('the command line', () => {
  it('prints the demo figures computed from the records', async () => {
    const { code, text } = await run('figures');
    expect(code).toBe(0);
    expect(text).toContain('competitions 83 (national 1, provincial 2, municipal 4, company 9, grassroots 67)');
    expect(text).toContain('utility-model patents 24');
  });

  it('writes the demo workspace and computes figures from that file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jx-cli-'));
    const file = join(dir, 'demo.json');
    expect((await run('demo', '--out', file)).code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8')).competitions).toHaveLength(83);
    const { text } = await run('figures', '--workspace', file, '--year', '2024');
    expect(text).toContain('studios 18: municipal model-worker 3, municipal staff 11');
  });

  it('refuses a file that is not a competition package, with its reason and exit code 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jx-cli-'));
    const file = join(dir, 'bad.jxcomp');
    await writeFile(file, '{"format":"something-else"}');
    const { code, text } = await run('validate-package', file);
    expect(code).toBe(1);
    expect(text).toContain('refused: wrong_format');
  });

  it('explains its usage on a bad command', async () => {
    const { code, text } = await run('frobnicate');
    expect(code).toBe(2);
    expect(text).toContain('unknown command "frobnicate"');
    expect(text).toContain('validate-package FILE');
  });
});
