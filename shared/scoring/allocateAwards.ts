/**
 * Awards (DESIGN §3.7): by ratio of ranked entrants (counts rounded down by default), by fixed counts, or by
 * thresholds on the total; an optional minimum total for any award. Counts are cumulative — award k goes to
 * every entrant whose rank ≤ n1 + … + nk and who has no better award — so entrants tied at a boundary all get
 * the better award and later awards are not enlarged. Only ranked entrants are passed in.
 */
import { AWARD_KEYS, type AwardKey, type AwardRule } from '../domain';
import { divideHalfUp, type Hundredths, percentToBasisPoints, pointsToHundredths } from './hundredths';
import type { AwardEvidence } from './types';

/** Entrants per award for a ratio rule, in integer arithmetic: n × percent / 100, rounded as the rule says. */
export function ratioCounts(rankedCount: number, percents: readonly number[], rounding: 'down' | 'nearest' | 'up'): [number, number, number] {
  const count = (percent: number): number => {
    const numerator = rankedCount * percentToBasisPoints(percent);
    if (rounding === 'down') return Math.floor(numerator / 10000);
    if (rounding === 'up') return Math.ceil(numerator / 10000);
    return divideHalfUp(numerator, 10000);
  };
  return [count(percents[0] ?? 0), count(percents[1] ?? 0), count(percents[2] ?? 0)];
}

export interface AwardAllocation {
  readonly awards: ReadonlyMap<string, AwardKey>;
  readonly evidence: AwardEvidence;
}

export function allocateAwards(
  ranked: readonly { readonly key: string; readonly rank: number; readonly total: Hundredths }[],
  rule: AwardRule,
): AwardAllocation {
  const n = ranked.length;
  const minTotal = rule.minTotal === undefined ? undefined : pointsToHundredths(rule.minTotal);
  const counts: [number, number, number] | undefined =
    rule.mode === 'ratio' ? ratioCounts(n, rule.percents, rule.rounding ?? 'down') : rule.mode === 'count' ? [...rule.counts] : undefined;
  const limits: [number, number, number] | undefined = counts && [counts[0], counts[0] + counts[1], counts[0] + counts[1] + counts[2]];
  const thresholds =
    rule.mode === 'threshold'
      ? (rule.thresholds.map(pointsToHundredths) as [Hundredths, Hundredths, Hundredths])
      : undefined;
  const awards = new Map<string, AwardKey>();
  const given: Record<AwardKey, number> = { first: 0, second: 0, third: 0 };
  for (const entrant of ranked) {
    if (minTotal !== undefined && entrant.total < minTotal) continue;
    const k = limits
      ? limits.findIndex((limit) => entrant.rank <= limit)
      : (thresholds as [Hundredths, Hundredths, Hundredths]).findIndex((t) => entrant.total >= t);
    const award = AWARD_KEYS[k];
    if (k < 0 || !award) continue;
    awards.set(entrant.key, award);
    given[award]++;
  }
  return { awards, evidence: { rule, rankedCount: n, counts, limits, thresholds, minTotal, given } };
}
