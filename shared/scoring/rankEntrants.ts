/**
 * Ranking (DESIGN §3.6): by total, highest first; ties broken by the competition's chain (default: the practical
 * part's score higher, then total time shorter); entrants still tied share a rank and the next rank skips
 * (1, 1, 3). Every pair of neighbours with the same total records what separated them, or that nothing did.
 */
import type { Rubric, TieBreakRule } from '../domain';
import type { CompiledRubric } from './compileRubric';
import type { Hundredths } from './hundredths';
import type { EntrantScore, TieBreakValue, TieDecision } from './types';

/** The chain used when the rubric names none: practical part score higher, then total time shorter. */
export function defaultTieBreakChain(rubric: Pick<Rubric, 'parts'>): TieBreakRule[] {
  const practical = rubric.parts.find((p) => p.practical);
  return [...(practical ? [{ kind: 'part_score' as const, partId: practical.id }] : []), { kind: 'total_time' }];
}

/** The chain a rubric ranks by: its own, or the default. */
export function tieBreakChainOf(rubric: Pick<Rubric, 'parts' | 'tieBreak'>): TieBreakRule[] {
  return rubric.tieBreak && rubric.tieBreak.length > 0 ? [...rubric.tieBreak] : defaultTieBreakChain(rubric);
}

/** An entrant's value for each rule of the chain (score rules in hundredths, time in hundredths of a second). */
export function tieBreakValues(score: EntrantScore, chain: readonly TieBreakRule[], rubric: CompiledRubric): TieBreakValue[] {
  return chain.map((rule) => {
    switch (rule.kind) {
      case 'part_score': {
        const i = rubric.partIndexById.get(rule.partId);
        return { rule, value: i === undefined ? undefined : score.parts[i] };
      }
      case 'module_score': {
        const i = rubric.moduleIndexById.get(rule.moduleId);
        return { rule, value: i === undefined ? undefined : score.modules[i] };
      }
      case 'total_time':
        return { rule, value: score.timeHundredthsOfSecond };
    }
  });
}

/** < 0 when `a` is better than `b` under the rule; a missing value is worse than any value. */
function compareRule(rule: TieBreakRule, a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return rule.kind === 'total_time' ? a - b : b - a;
}

export interface RankInput {
  readonly key: string;
  readonly total: Hundredths;
  readonly tieBreakValues: readonly TieBreakValue[];
}

export interface Ranked<T extends RankInput> {
  /** In ranking order; entrants tied on everything are in key order (so input order never matters). */
  readonly ranked: readonly (T & { readonly rank: number })[];
  readonly tieDecisions: readonly TieDecision[];
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ranks entrants that are to be ranked (the caller leaves out absent, withdrawn and disqualified ones). */
export function rankEntrants<T extends RankInput>(entrants: readonly T[], chain: readonly TieBreakRule[]): Ranked<T> {
  const decide = (a: T, b: T): number => {
    for (let r = 0; r < chain.length; r++) {
      const c = compareRule(chain[r] as TieBreakRule, a.tieBreakValues[r]?.value, b.tieBreakValues[r]?.value);
      if (c !== 0) return c;
    }
    return 0;
  };
  const sorted = [...entrants].sort((a, b) => b.total - a.total || decide(a, b) || compareKeys(a.key, b.key));
  const ranked: (T & { rank: number })[] = [];
  const tieDecisions: TieDecision[] = [];
  let rank = 0;
  sorted.forEach((entrant, i) => {
    const previous = sorted[i - 1];
    if (!previous || previous.total !== entrant.total) {
      rank = i + 1;
    } else {
      let decidedBy: number | undefined;
      for (let r = 0; r < chain.length && decidedBy === undefined; r++) {
        if (compareRule(chain[r] as TieBreakRule, previous.tieBreakValues[r]?.value, entrant.tieBreakValues[r]?.value) !== 0) decidedBy = r;
      }
      if (decidedBy !== undefined) rank = i + 1;
      tieDecisions.push({
        above: previous.key,
        below: entrant.key,
        total: entrant.total,
        decidedBy,
        rule: decidedBy === undefined ? undefined : chain[decidedBy],
        aboveValue: decidedBy === undefined ? undefined : previous.tieBreakValues[decidedBy]?.value,
        belowValue: decidedBy === undefined ? undefined : entrant.tieBreakValues[decidedBy]?.value,
      });
    }
    ranked.push({ ...entrant, rank });
  });
  return { ranked, tieDecisions };
}
