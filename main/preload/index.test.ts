import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../../shared/ipc/contract';

// The preload's only runtime dependency is electron; stub it at the boundary and record what it exposes.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('./index');
  });

  it('exposes only window.jiangxin, one function per contract channel and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['jiangxin']);
    const api = exposed.get('jiangxin') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(apiChannels).sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call on its own channel with the request as the only argument', async () => {
    const api = exposed.get('jiangxin') as Record<keyof typeof apiChannels, (request: unknown) => Promise<unknown>>;
    for (const [name, channel] of Object.entries(apiChannels) as [keyof typeof apiChannels, string][]) {
      invoke.mockClear();
      await api[name]({ probe: name });
      expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, { probe: name });
    }
  });
});
