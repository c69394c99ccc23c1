/**
 * Combining several judges' points on one item (DESIGN §3.3) and rounding the aggregate half-up to hundredths
 * (§3.1), once. Values are per-judge points in units of 1/300 point (judgeItemPoints.ts), all ≥ 0.
 */
import type { Aggregation } from '../domain';
import { UNITS_PER_HUNDREDTH } from './judgeItemPoints';

/** Default for `minJudgesToTrim` (§3.3). */
export const DEFAULT_MIN_JUDGES_TO_TRIM = 5;

/**
 * The item aggregate in hundredths. `values` is read from `start` to `end` (exclusive) and may be reordered in
 * that range (median sorts it). No values → 0.
 *
 * - mean: Σ / n
 * - median: the middle value, or the mean of the two middle values for an even count
 * - trimmed: drop one highest and one lowest, then mean — only when n ≥ minJudgesToTrim, otherwise mean
 */
export function aggregateItemUnits(
  values: Float64Array | number[],
  start: number,
  end: number,
  method: Aggregation,
  minJudgesToTrim: number = DEFAULT_MIN_JUDGES_TO_TRIM,
): number {
  const n = end - start;
  if (n <= 0) return 0;
  if (n === 1) return roundUnits(values[start] as number, 1);
  if (method === 'median') {
    sortRange(values, start, end);
    const mid = start + (n >> 1);
    return n % 2 === 1
      ? roundUnits(values[mid] as number, 1)
      : roundUnits((values[mid - 1] as number) + (values[mid] as number), 2);
  }
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i < end; i++) {
    const v = values[i] as number;
    sum += v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (method === 'trimmed' && n >= minJudgesToTrim && n > 2) return roundUnits(sum - lo - hi, n - 2);
  return roundUnits(sum, n);
}

/** (units / count) in hundredths, half-up: units are ≥ 0 integers, so ⌊(2u + d) / 2d⌋ with d = 3·count. */
function roundUnits(units: number, count: number): number {
  const d = UNITS_PER_HUNDREDTH * count;
  return Math.floor((2 * units + d) / (2 * d));
}

/** Insertion sort: an item has a handful of judges. */
function sortRange(values: Float64Array | number[], start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= start && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
}
