import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFuses } from './securityRules';

const read = (name: string) => readFileSync(join(import.meta.dirname, '../..', name), 'utf8');

describe('the fuse check', () => {
  it('passes the fuse configuration as it is', () => {
    expect(checkFuses(read('electron-builder.yml'), read('electron-builder.test.yml'))).toEqual([]);
  });

  it('fails when the shipped configuration is weakened, or the test build loosens another fuse or ships to the release folder', () => {
    const shipped = read('electron-builder.yml');
    const test = read('electron-builder.test.yml');
    expect(checkFuses(shipped.replace('  runAsNode: false', '  runAsNode: true'), test)).toContain('electron-builder.yml: runAsNode must be false');
    expect(checkFuses(shipped.replace('  enableNodeCliInspectArguments: false', '  enableNodeCliInspectArguments: true'), test)).toContain(
      'electron-builder.yml: enableNodeCliInspectArguments must be false',
    );
    expect(checkFuses(shipped, test.replace('  onlyLoadAppFromAsar: true', '  onlyLoadAppFromAsar: false'))).toHaveLength(1);
    expect(checkFuses(shipped, test.replace('  output: release-test', '  output: release'))).toHaveLength(1);
    expect(checkFuses(shipped.replace(/electronFuses:[\s\S]*$/, ''), test).length).toBeGreaterThan(5);
  });
});
