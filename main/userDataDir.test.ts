import { describe, expect, it } from 'vitest';
import { userDataDirOverride } from './userDataDir';

describe('user data folder override', () => {
  it('accepts an absolute folder and ignores anything else', () => {
    expect(userDataDirOverride({ JIANGXIN_USER_DATA_DIR: '/tmp/jiangxin-run' })).toBe('/tmp/jiangxin-run');
    expect(userDataDirOverride({ JIANGXIN_USER_DATA_DIR: 'relative/dir' })).toBeUndefined();
    expect(userDataDirOverride({ JIANGXIN_USER_DATA_DIR: '' })).toBeUndefined();
    expect(userDataDirOverride({})).toBeUndefined();
  });
});
