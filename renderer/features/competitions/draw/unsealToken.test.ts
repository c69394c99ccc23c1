import { describe, expect, it } from 'vitest';
import { activeUnseal, grantUnseal, revokeUnseal, UNSEAL_TTL_MS, unsealKey } from './unsealToken';

function memoryStore() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('unseal grants', () => {
  const now = 1_700_000_000_000;

  it('holds in the unsealing tab until it expires', () => {
    const stores = { session: memoryStore(), local: memoryStore() };
    const grant = grantUnseal('c-1', 'j-enc', { now, stores });
    expect(stores.session.data.has('jiangxin.unsealed.c-1')).toBe(true);
    expect(unsealKey('c-1')).toBe('jiangxin.unsealed.c-1');
    expect(activeUnseal('c-1', { now: now + UNSEAL_TTL_MS - 1, stores })).toEqual(grant);
    expect(activeUnseal('c-2', { now, stores })).toBeNull();
    expect(activeUnseal('c-1', { now: now + UNSEAL_TTL_MS, stores })).toBeNull();
    expect(stores.session.data.size).toBe(0);
  });

  it('reaches a print window (no session storage of its own) only with the grant’s token', () => {
    const unsealing = { session: memoryStore(), local: memoryStore() };
    const grant = grantUnseal('c-1', 'j-enc', { now, stores: unsealing });
    const printWindow = { session: memoryStore(), local: unsealing.local };
    expect(activeUnseal('c-1', { now, stores: printWindow })).toBeNull();
    expect(activeUnseal('c-1', { now, stores: printWindow, urlToken: 'f'.repeat(32) })).toBeNull();
    expect(activeUnseal('c-1', { now, stores: printWindow, urlToken: grant.token })).toEqual(grant);
  });

  it('ends when sealed again, and ignores damaged records', () => {
    const stores = { session: memoryStore(), local: memoryStore() };
    const grant = grantUnseal('c-1', 'j-enc', { now, stores });
    revokeUnseal('c-1', stores);
    expect(activeUnseal('c-1', { now, stores, urlToken: grant.token })).toBeNull();
    stores.session.setItem(unsealKey('c-1'), '{"token":1}');
    stores.local.setItem(unsealKey('c-1'), 'not json');
    expect(activeUnseal('c-1', { now, stores })).toBeNull();
  });
});
