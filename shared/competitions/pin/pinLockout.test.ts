import { describe, expect, it } from 'vitest';
import { afterWrongPin, checkPinAttempt, NO_PIN_FAILURES, PIN_LOCKOUT_POLICY, pinRetryDelayMs, type PinAttemptState } from './pinLockout';

describe('PIN lockout', () => {
  it('lets the first wrong PINs pass, then doubles the wait, capped', () => {
    const delays = Array.from({ length: 10 }, (_, i) => pinRetryDelayMs(i + 1));
    expect(delays).toEqual([0, 0, 5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
  });

  it('makes the judge wait after a wrong PIN, and says how long', () => {
    let state: PinAttemptState = NO_PIN_FAILURES;
    const t0 = 1_700_000_000_000;
    state = afterWrongPin(state, t0);
    state = afterWrongPin(state, t0 + 1000);
    expect(checkPinAttempt(state, t0 + 1000)).toEqual({ ok: true });
    state = afterWrongPin(state, t0 + 2000);
    expect(checkPinAttempt(state, t0 + 2000)).toEqual({ ok: false, code: 'pin_wait', params: { seconds: 5 } });
    expect(checkPinAttempt(state, t0 + 6500)).toEqual({ ok: false, code: 'pin_wait', params: { seconds: 1 } });
    expect(checkPinAttempt(state, t0 + 7000)).toEqual({ ok: true });
  });

  it(`locks after ${PIN_LOCKOUT_POLICY.lockAfter} wrong PINs in a row, however long one waits`, () => {
    let state: PinAttemptState = NO_PIN_FAILURES;
    let now = 0;
    for (let i = 0; i < PIN_LOCKOUT_POLICY.lockAfter; i++) {
      expect(state.locked).toBe(false);
      now += 10 * 60_000;
      state = afterWrongPin(state, now);
    }
    expect(state.locked).toBe(true);
    expect(checkPinAttempt(state, now + 24 * 3600_000)).toEqual({ ok: false, code: 'pin_locked', params: { failures: PIN_LOCKOUT_POLICY.lockAfter } });
  });

  it('spends minutes of waiting on the tries before the lock', () => {
    const total = Array.from({ length: PIN_LOCKOUT_POLICY.lockAfter - 1 }, (_, i) => pinRetryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(2 * 60_000);
  });
});
