/**
 * Results of a competition (or of one round) from its rubric, entrants and marks: scores, ranks, awards and the
 * evidence behind each (DESIGN §3). Absent, withdrawn and disqualified entrants, and those disqualified by a
 * safety veto, are scored for the record but never ranked or awarded.
 */
import type { Rubric } from '../domain';
import { allocateAwards } from './allocateAwards';
import { type CompiledRubric, compileRubric } from './compileRubric';
import { rankEntrants, tieBreakChainOf, tieBreakValues } from './rankEntrants';
import { scoreEntrants } from './scoreEntrants';
import type { EntrantScore, ResultRow, Results, ScoringEntrant, ScoringMark, UnrankedReason } from './types';

/** Why an entrant is not ranked, or undefined when it is. */
export function unrankedReason(score: Pick<EntrantScore, 'status' | 'disqualifiedByVeto'>): UnrankedReason | undefined {
  if (score.status === 'absent' || score.status === 'withdrawn' || score.status === 'disqualified') return score.status;
  return score.disqualifiedByVeto ? 'safety_veto' : undefined;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function computeResults(
  rubric: Pick<Rubric, 'parts' | 'tieBreak' | 'awardRule'>,
  entrants: readonly ScoringEntrant[],
  marks: readonly ScoringMark[],
): Results {
  const compiled = compileRubric(rubric);
  const scores = scoreEntrants(compiled, entrants, marks);
  return resultsOfScores(rubric, compiled, scores.entrants, scores.ignoredMarks);
}

/**
 * Ranks, awards and evidence from entrant scores already computed (by `scoreEntrants`, all at once or one entrant
 * at a time as liveResults.ts does): the second half of `computeResults`, so both give the same results.
 * `compiled` is `compileRubric(rubric)`; `ignoredMarks` counts the marks no entrant could use.
 */
export function resultsOfScores(
  rubric: Pick<Rubric, 'parts' | 'tieBreak' | 'awardRule'>,
  compiled: CompiledRubric,
  entrantScores: readonly EntrantScore[],
  ignoredMarks: number,
): Results {
  const chain = tieBreakChainOf(rubric);
  const rows = entrantScores.map((score) => ({
    key: score.key,
    total: score.total,
    score,
    reason: unrankedReason(score),
    tieBreakValues: tieBreakValues(score, chain, compiled),
  }));
  const { ranked, tieDecisions } = rankEntrants(
    rows.filter((r) => r.reason === undefined),
    chain,
  );
  const { awards, evidence } = allocateAwards(ranked, rubric.awardRule);
  const toRow = (r: (typeof rows)[number], rank: number | undefined): ResultRow => ({
    key: r.key,
    status: r.score.status,
    rank,
    unrankedReason: r.reason,
    award: rank === undefined ? undefined : awards.get(r.key),
    total: r.total,
    score: r.score,
    tieBreakValues: r.tieBreakValues,
  });
  const unranked = rows.filter((r) => r.reason !== undefined).sort((a, b) => compareKeys(a.key, b.key));
  return {
    rubric: compiled,
    rows: [...ranked.map((r) => toRow(r, r.rank)), ...unranked.map((r) => toRow(r, undefined))],
    tieBreakChain: chain,
    tieDecisions,
    awards: evidence,
    ignoredMarks,
  };
}
