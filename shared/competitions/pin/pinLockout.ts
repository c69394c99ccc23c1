/**
 * Wrong PINs on a judge laptop: the first few cost nothing (typing slips), then each one makes the next try wait
 * twice as long, and after PIN_LOCKOUT_POLICY.lockAfter wrong PINs the judge is locked until the chief judge
 * lifts it with the chief's own PIN on that laptop. This slows guessing at the sign-in screen; it cannot slow an
 * offline search of the hash copied out of a package (docs/reliability.md).
 */

export interface PinLockoutPolicy {
  /** Wrong PINs allowed with no wait. */
  readonly freeTries: number;
  /** Wait after the first wrong PIN past the free ones; doubles with each further one. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** Wrong PINs in a row that lock the judge. */
  readonly lockAfter: number;
}

export const PIN_LOCKOUT_POLICY: PinLockoutPolicy = { freeTries: 2, firstDelayMs: 5_000, maxDelayMs: 5 * 60_000, lockAfter: 8 };

export interface PinAttemptState {
  /** Wrong PINs in a row. */
  readonly failures: number;
  /** Epoch milliseconds of the last wrong PIN. */
  readonly lastFailureAt?: number;
  readonly locked: boolean;
}

export const NO_PIN_FAILURES: PinAttemptState = { failures: 0, locked: false };

export type PinAttemptCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'pin_wait'; readonly params: { readonly seconds: number } }
  | { readonly ok: false; readonly code: 'pin_locked'; readonly params: { readonly failures: number } };

/** How long to wait after `failures` wrong PINs in a row. */
export function pinRetryDelayMs(failures: number, policy: PinLockoutPolicy = PIN_LOCKOUT_POLICY): number {
  if (failures <= policy.freeTries) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (failures - policy.freeTries - 1));
}

/** May a PIN be tried now? */
export function checkPinAttempt(state: PinAttemptState, now: number, policy: PinLockoutPolicy = PIN_LOCKOUT_POLICY): PinAttemptCheck {
  if (state.locked) return { ok: false, code: 'pin_locked', params: { failures: state.failures } };
  const waitUntil = (state.lastFailureAt ?? 0) + pinRetryDelayMs(state.failures, policy);
  if (now < waitUntil) return { ok: false, code: 'pin_wait', params: { seconds: Math.ceil((waitUntil - now) / 1000) } };
  return { ok: true };
}

/** The state after a wrong PIN. */
export function afterWrongPin(state: PinAttemptState, now: number, policy: PinLockoutPolicy = PIN_LOCKOUT_POLICY): PinAttemptState {
  const failures = state.failures + 1;
  return { failures, lastFailureAt: now, locked: failures >= policy.lockAfter };
}
