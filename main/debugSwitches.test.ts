import { describe, expect, it } from 'vitest';
import { debugSwitchesIn, isTestBuild, refusedDebugSwitches } from './debugSwitches';

const packaged = { isPackaged: true, testBuild: false };

describe('debugging switches', () => {
  it('are found alone and in their = forms', () => {
    expect(debugSwitchesIn(['app.exe', '--remote-debugging-port=9222', '--inspect', '--inspect-brk=5858', '--inspect-port=1', '--lang=zh-CN'])).toEqual([
      '--remote-debugging-port=9222',
      '--inspect',
      '--inspect-brk=5858',
      '--inspect-port=1',
    ]);
    expect(debugSwitchesIn(['app.exe', '--inspector-like', '--remote-debugging-portal', 'file.jxcomp'])).toEqual([]);
  });

  it('stop a packaged build, not a development run or the Playwright test build', () => {
    const argv = ['jiangxin', '--remote-debugging-port', '9222'];
    expect(refusedDebugSwitches({ ...packaged, argv })).toEqual(['--remote-debugging-port']);
    expect(refusedDebugSwitches({ ...packaged, argv: ['jiangxin', '--inspect=0'] })).toEqual(['--inspect=0']);
    expect(refusedDebugSwitches({ ...packaged, argv: ['jiangxin'] })).toEqual([]);
    expect(refusedDebugSwitches({ isPackaged: false, testBuild: false, argv })).toEqual([]);
    expect(refusedDebugSwitches({ isPackaged: true, testBuild: true, argv })).toEqual([]);
  });

  it('know the test build only by its own package.json mark', () => {
    expect(isTestBuild('{"name":"jiangxin","jiangxin":{"testBuild":true}}')).toBe(true);
    expect(isTestBuild('{"name":"jiangxin"}')).toBe(false);
    expect(isTestBuild('{"jiangxin":{"testBuild":"yes"}}')).toBe(false);
    expect(isTestBuild('not json')).toBe(false);
    expect(isTestBuild(undefined)).toBe(false);
  });
});
