/**
 * Exact score numbers (DESIGN §3.1): every score is an integer number of hundredths of a point, branded so that
 * a plain number (a count, a float from a form) cannot be used as a score by mistake. Arithmetic that divides
 * is done on integers and rounded half-up once; nothing here multiplies or divides a score as a binary float.
 */

declare const hundredthsBrand: unique symbol;
/** A score in integer hundredths of a point: 12.5 points is 1250. */
export type Hundredths = number & { readonly [hundredthsBrand]: true };

/** Brands an integer as hundredths; throws on anything that is not a safe integer. */
export function asHundredths(value: number): Hundredths {
  if (!Number.isSafeInteger(value)) throw new RangeError(`hundredths must be a safe integer, got ${value}`);
  return value as Hundredths;
}

export const ZERO = 0 as Hundredths;

/**
 * A rubric number (stored with at most two decimals, e.g. 12.5) as hundredths. The stored double is the nearest
 * one to the decimal the user typed, so rounding ×100 to the nearest integer recovers that decimal exactly.
 */
export function pointsToHundredths(points: number): Hundredths {
  if (!Number.isFinite(points)) throw new RangeError(`points must be finite, got ${points}`);
  return Math.round(points * 100) as Hundredths;
}

/** Hundredths as a plain number of points for display or schema fields (1250 → 12.5); never compute with it. */
export function hundredthsToPoints(value: Hundredths): number {
  return value / 100;
}

const DECIMAL = /^\s*([+-]?)(\d+)(?:\.(\d*))?\s*$/;

/**
 * Parses decimal text ("85", "85.5", "85.50", "-3.25") into hundredths without going through a float. More than
 * two decimals are rounded half-up (away from zero on the digit after the second). Returns undefined for
 * anything that is not a plain decimal.
 */
export function parseHundredths(text: string): Hundredths | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign, whole = '0', fraction = ''] = match;
  const digits = `${fraction}000`;
  let value = Number(whole) * 100 + Number(digits.slice(0, 2));
  if (Number(digits[2]) >= 5) value += 1;
  if (!Number.isSafeInteger(value)) return undefined;
  return (sign === '-' ? -value : value) as Hundredths;
}

/** Formats hundredths with exactly two decimals and a dot: 1250 → "12.50", -5 → "-0.05". */
export function formatHundredths(value: Hundredths): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100);
  const cents = abs - whole * 100;
  return `${negative ? '-' : ''}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * Integer division rounded half-up (ties away from zero): round(numerator / denominator). Both must be safe
 * integers and the denominator positive.
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  if (numerator < 0) return -divideHalfUp(-numerator, denominator);
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return 2 * r >= denominator ? q + 1 : q;
}

/** The same as divideHalfUp on big integers, for sums whose common denominator would overflow a double. */
export function divideHalfUpBig(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  if (numerator < 0n) return -divideHalfUpBig(-numerator, denominator);
  const q = numerator / denominator;
  const r = numerator - q * denominator;
  return 2n * r >= denominator ? q + 1n : q;
}

/**
 * value × numerator / denominator, rounded half-up once: e.g. a share of a score, or a level's points
 * (max × level / 3). Exact for any safe-integer inputs (falls back to big integers when the product is large).
 */
export function multiplyDivideHalfUp(value: Hundredths, numerator: number, denominator: number): Hundredths {
  const product = value * numerator;
  if (Number.isSafeInteger(product)) return divideHalfUp(product, denominator) as Hundredths;
  return Number(divideHalfUpBig(BigInt(value) * BigInt(numerator), BigInt(denominator))) as Hundredths;
}

/** Sum of hundredths (integers, so exact). */
export function sumHundredths(values: Iterable<Hundredths>): Hundredths {
  let sum = 0;
  for (const v of values) sum += v;
  return sum as Hundredths;
}

/**
 * A percentage (e.g. 12.5 or 30) as an integer number of basis points (1 % = 100 bp), the exact form in which
 * award shares and disagreement shares are compared.
 */
export function percentToBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}
