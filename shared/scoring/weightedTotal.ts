/**
 * The weighted total out of 100 (DESIGN §3.5): Σ over parts of weight × 100 × part score / part maximum, with
 * weights in whole percent summing to 100 (a single part is scaled to 100 whatever its weight). The sum is
 * taken over one common denominator and rounded half-up once (§3.1), never per part.
 */
import { divideHalfUp, divideHalfUpBig, type Hundredths } from './hundredths';

export interface WeightedTotal {
  /** total in hundredths from the part scores (hundredths, in part order). */
  (partScores: ArrayLike<number>): Hundredths;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Precomputes the common denominator of a rubric's parts; the returned function is called per entrant. */
export function weightedTotal(parts: readonly { readonly max: number; readonly weightPercent: number }[]): WeightedTotal {
  const weights = parts.length === 1 ? [100] : parts.map((p) => p.weightPercent);
  const maxima = parts.map((p) => p.max);
  // In points: Σ (w_p / 100) × 100 × s_p / max_p = Σ w_p × s_p / max_p (w in percent); in hundredths, × 100.
  let denominator = 1;
  for (const m of maxima) if (m > 0) denominator = (denominator / gcd(denominator, m)) * m;
  const multipliers = maxima.map((m, i) => (m > 0 ? (weights[i] as number) * 100 * (denominator / m) : 0));
  const safe = Number.isSafeInteger(denominator) && multipliers.every((k, i) => Number.isSafeInteger(k * (maxima[i] as number) * multipliers.length));
  if (safe) {
    return (scores) => {
      let numerator = 0;
      for (let i = 0; i < multipliers.length; i++) numerator += (multipliers[i] as number) * (scores[i] as number);
      return divideHalfUp(numerator, denominator) as Hundredths;
    };
  }
  const bigDenominator = maxima.reduce((d, m) => (m > 0 ? d * BigInt(m) : d), 1n);
  const bigMultipliers = maxima.map((m, i) => (m > 0 ? BigInt(weights[i] as number) * 100n * (bigDenominator / BigInt(m)) : 0n));
  return (scores) => {
    let numerator = 0n;
    for (let i = 0; i < bigMultipliers.length; i++) numerator += (bigMultipliers[i] as bigint) * BigInt(scores[i] as number);
    return Number(divideHalfUpBig(numerator, bigDenominator)) as Hundredths;
  };
}
