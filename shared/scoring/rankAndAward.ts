/**
 * Ranking and awards for entrants known only by their totals (and optionally tie-break values): team totals,
 * or records that keep no marks (the demo). The same rules as computeResults (DESIGN §3.6–3.7).
 */
import type { AwardKey, AwardRule, TieBreakRule } from '../domain';
import { allocateAwards } from './allocateAwards';
import type { Hundredths } from './hundredths';
import { rankEntrants } from './rankEntrants';
import type { AwardEvidence, TieBreakValue, TieDecision } from './types';

export interface TotalToRank {
  readonly key: string;
  readonly total: Hundredths;
  readonly tieBreakValues?: readonly TieBreakValue[];
}

export interface RankedTotal {
  readonly key: string;
  readonly total: Hundredths;
  readonly rank: number;
  readonly award: AwardKey | undefined;
}

export function rankAndAward(
  entrants: readonly TotalToRank[],
  rule: AwardRule,
  chain: readonly TieBreakRule[] = [],
): { rows: RankedTotal[]; tieDecisions: readonly TieDecision[]; awards: AwardEvidence } {
  const { ranked, tieDecisions } = rankEntrants(
    entrants.map((e) => ({ key: e.key, total: e.total, tieBreakValues: e.tieBreakValues ?? [] })),
    chain,
  );
  const { awards, evidence } = allocateAwards(ranked, rule);
  return {
    rows: ranked.map((r) => ({ key: r.key, total: r.total, rank: r.rank, award: awards.get(r.key) })),
    tieDecisions,
    awards: evidence,
  };
}
