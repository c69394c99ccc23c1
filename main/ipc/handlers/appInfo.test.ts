import { describe, expect, it } from 'vitest';
import { createAppInfoHandler } from './appInfo';

describe('app info', () => {
  it('reports names, versions and the user data and log paths', async () => {
    const handler = createAppInfoHandler({
      app: { getName: () => '匠心 Jiangxin', getVersion: () => '1.2.3', getPath: (name) => `/home/u/.config/${name}` },
      versions: { electron: '45.5.0', chrome: '150.0.1', node: '24.1.0' },
      platform: 'win32',
      logPath: () => 'C:\\logs\\main.log',
    });
    expect(await handler({}, { owner: null })).toEqual({
      ok: true,
      value: {
        name: '匠心 Jiangxin',
        version: '1.2.3',
        electron: '45.5.0',
        chrome: '150.0.1',
        node: '24.1.0',
        platform: 'win32',
        userDataPath: '/home/u/.config/userData',
        logPath: 'C:\\logs\\main.log',
      },
    });
  });
});
