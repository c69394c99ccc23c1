/**
 * The scoring engine (DESIGN §3, normative): exact numbers, per-judge points, item aggregates, module cap and
 * safety veto, weighted totals, ranking with the tie-break chain, awards, flags, rounds, teams and publication.
 *
 * Entrants are identified by any string key: a subjectRef (anonymous code or `order:n`) before unsealing, an
 * entry id after it. Every score is integer hundredths (`Hundredths`); nothing here does float arithmetic on a
 * score. Start with `computeResults(rubric, entrants, marks)`.
 */

/** Exact numbers: branded integer hundredths, parse / format with two decimals, half-up division. */
export {
  type Hundredths,
  ZERO,
  asHundredths,
  divideHalfUp,
  divideHalfUpBig,
  formatHundredths,
  hundredthsToPoints,
  multiplyDivideHalfUp,
  parseHundredths,
  percentToBasisPoints,
  pointsToHundredths,
  sumHundredths,
} from './hundredths';
/** Engine inputs and results. */
export type * from './types';
/** A judge's points on an item in 1/300 point (exact); the display-only rounded points of a 0–3 level. */
export { UNITS_PER_HUNDREDTH, judgeItemUnits, levelPointsHundredths, timePointsHundredths } from './judgeItemPoints';
/** Combining judges on one item: mean, median, trimmed (with minJudgesToTrim), rounded half-up once. */
export { DEFAULT_MIN_JUDGES_TO_TRIM, aggregateItemUnits } from './aggregateItem';
/** The rubric flattened for scoring (ids → indexes, maxima in hundredths). */
export { type CompiledRubric, compileRubric } from './compileRubric';
/** The weighted total out of 100 from part scores, rounded once. */
export { weightedTotal } from './weightedTotal';
/** Scores of every entrant: items, modules (cap, veto), parts, total, time. */
export { scoreEntrants } from './scoreEntrants';
/** Ranking with the tie-break chain and shared ranks (1, 1, 3), with what decided each tie. */
export { type RankInput, defaultTieBreakChain, rankEntrants, tieBreakChainOf, tieBreakValues } from './rankEntrants';
/** Awards by ratio, count or threshold, cumulative, with an optional minimum total. */
export { type AwardAllocation, allocateAwards, ratioCounts } from './allocateAwards';
/** Everything at once: scores, ranks, awards and their evidence. */
export { computeResults, resultsOfScores, unrankedReason } from './computeResults';
/** Provisional results kept up to date mark by mark, rescoring only the entrants whose marks changed. */
export { type LiveResults, createLiveResults } from './liveResults';
/** Ranking and awards from totals alone (team totals, records without marks). */
export { type RankedTotal, type TotalToRank, rankAndAward } from './rankAndAward';
/** Measurement conflicts and judge disagreements (§3.3, §3.8) as codes. */
export { type MarkFlag, type MarkFlagCode, findMarkFlags } from './findMarkFlags';
/** Multi-round competitions: who advances. */
export { type AdvanceRule, advanceToNextRound } from './rounds';
/** Team events: sum or mean of members' totals. */
export { type TeamScoring, type TeamTotal, teamTotals } from './teamTotals';
/** T-scores for comparing competitions (never used for ranks or awards). */
export { standardisedScores } from './standardisedScores';
/** Publication snapshots in exact form and their hash. */
export { hashPublishedResults, publishedResultsOf, publishedTotal } from './publication';
