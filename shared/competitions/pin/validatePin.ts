/**
 * Rules for a new judge's PIN: 6–8 digits, not one repeated digit and not a straight run such as 123456.
 * Six digits by default: a PIN hash can be searched offline by whoever holds a package, and every extra digit
 * makes that search ten times longer (docs/reliability.md). PINs set earlier with 4 or 5 digits still sign in.
 */

export const PIN_MIN_LENGTH = 6;
/** The shortest PIN that may still sign in (set before six digits were required). */
export const PIN_MIN_LENGTH_LEGACY = 4;
export const PIN_MAX_LENGTH = 8;

export const PIN_ISSUE_CODES = [
  /** Something other than the digits 0–9. */
  'pin_not_digits',
  /** params: { min } */
  'pin_too_short',
  /** params: { max } */
  'pin_too_long',
  /** One digit repeated (0000) or a run up or down (1234, 8765): the first PINs anyone tries. */
  'pin_too_simple',
] as const;
export type PinIssueCode = (typeof PIN_ISSUE_CODES)[number];

export type PinValidation =
  | { ok: true }
  | { ok: false; code: PinIssueCode; params?: Readonly<Record<string, number>> };

export function validatePin(pin: string): PinValidation {
  if (!/^[0-9]*$/.test(pin)) return { ok: false, code: 'pin_not_digits' };
  if (pin.length < PIN_MIN_LENGTH) return { ok: false, code: 'pin_too_short', params: { min: PIN_MIN_LENGTH } };
  if (pin.length > PIN_MAX_LENGTH) return { ok: false, code: 'pin_too_long', params: { max: PIN_MAX_LENGTH } };
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - digits[i]!));
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0]!)) return { ok: false, code: 'pin_too_simple' };
  return { ok: true };
}
