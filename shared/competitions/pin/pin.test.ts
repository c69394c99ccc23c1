import { describe, expect, it } from 'vitest';
import { hashPin, PIN_PBKDF2_ITERATIONS, verifyPin } from './hashPin';
import { validatePin } from './validatePin';

describe('validatePin', () => {
  it('accepts 6 to 8 digits for a new PIN', () => {
    for (const pin of ['139468', '90417325']) expect(validatePin(pin)).toEqual({ ok: true });
  });

  it('explains what is wrong', () => {
    expect(validatePin('12a4')).toEqual({ ok: false, code: 'pin_not_digits' });
    expect(validatePin('１２３５')).toEqual({ ok: false, code: 'pin_not_digits' });
    expect(validatePin('2580')).toEqual({ ok: false, code: 'pin_too_short', params: { min: 6 } });
    expect(validatePin('258013579')).toEqual({ ok: false, code: 'pin_too_long', params: { max: 8 } });
    for (const pin of ['000000', '123456', '987654', '3456789']) expect(validatePin(pin)).toEqual({ ok: false, code: 'pin_too_simple' });
  });
});

describe('hashPin / verifyPin', () => {
  it('uses PBKDF2 with at least 100,000 iterations', () => {
    expect(PIN_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(100_000);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const { hash, salt, iterations } = await hashPin('258036');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(iterations).toBe(PIN_PBKDF2_ITERATIONS);
    expect(await verifyPin('258036', hash, salt)).toBe(true);
    expect(await verifyPin('258037', hash, salt)).toBe(false);
    expect(await verifyPin('258036', hash, 'zz')).toBe(false);
    expect(await verifyPin('258036', 'abc', salt)).toBe(false);
  });

  it('salts each hash, and is repeatable with the same salt', async () => {
    const a = await hashPin('139468');
    const b = await hashPin('139468');
    expect(a.hash).not.toBe(b.hash);
    expect((await hashPin('139468', a.salt)).hash).toBe(a.hash);
  });

  it('matches the PBKDF2-HMAC-SHA256 reference value', async () => {
    // RFC 6070-style check with one iteration, computed independently (Python hashlib.pbkdf2_hmac).
    const { hash } = await hashPin('2580', '73616c7473616c74', 1);
    expect(hash).toBe(REFERENCE_2580_SALTSALT_1);
  });

  it('refuses to hash an invalid PIN', async () => {
    await expect(hashPin('12')).rejects.toThrow(RangeError);
  });
});

const REFERENCE_2580_SALTSALT_1 = '0518c59543b53100247fef933bc126701ccacc7da0e0890afbac1c1665ac9ba4';
