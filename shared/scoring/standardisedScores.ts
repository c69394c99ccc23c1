/**
 * An optional standardised score for comparing entrants of competitions with different rubrics: the T-score
 * 50 + 10 × (total − mean) / standard deviation (population), in hundredths. Computed exactly on big integers
 * (an integer square root, rounded half-up), so it is the same on every machine. Not a §3 score: it never
 * decides a rank or an award.
 */
import type { Hundredths } from './hundredths';

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** T-scores in hundredths, in the order of `totals`; all 50.00 when every total is equal. */
export function standardisedScores(totals: readonly Hundredths[]): Hundredths[] {
  const n = BigInt(totals.length);
  let sum = 0n;
  let sumSquares = 0n;
  for (const t of totals) {
    sum += BigInt(t);
    sumSquares += BigInt(t) * BigInt(t);
  }
  // z = (n·x − S) / √(n·Σx² − S²); T (hundredths) = 5000 + round(1000 · z)
  const q = n * sumSquares - sum * sum;
  return totals.map((t) => {
    if (q <= 0n) return 5000 as Hundredths;
    const a = 1000n * (n * BigInt(t) - sum);
    const abs = a < 0n ? -a : a;
    // round(|a| / √q) = ⌊(⌊2|a|/√q⌋ + 1) / 2⌋ and ⌊2|a|/√q⌋ = ⌊√(⌊4a²/q⌋)⌋
    const k = (isqrt((4n * abs * abs) / q) + 1n) / 2n;
    return Number(5000n + (a < 0n ? -k : k)) as Hundredths;
  });
}
