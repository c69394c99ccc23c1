/**
 * Multi-round competitions (preliminary → final): who advances. Each round is scored on its own with
 * computeResults; a round's ranked entrants advance by rank (top N, everyone tied at the boundary included) or by
 * a minimum total.
 */
import { type Hundredths, pointsToHundredths } from './hundredths';
import type { ResultRow } from './types';

export type AdvanceRule =
  | { readonly mode: 'top'; readonly count: number }
  /** Totals at or above `minTotal` points advance. */
  | { readonly mode: 'threshold'; readonly minTotal: number };

/** Keys of the entrants who advance, in ranking order. Unranked entrants never advance. */
export function advanceToNextRound(rows: readonly Pick<ResultRow, 'key' | 'rank' | 'total'>[], rule: AdvanceRule): string[] {
  const minTotal: Hundredths | undefined = rule.mode === 'threshold' ? pointsToHundredths(rule.minTotal) : undefined;
  return rows
    .filter((r) => r.rank !== undefined && (rule.mode === 'top' ? r.rank <= rule.count : r.total >= (minTotal as Hundredths)))
    .sort((a, b) => (a.rank as number) - (b.rank as number))
    .map((r) => r.key);
}
