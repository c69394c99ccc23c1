/**
 * The review scorecard at the 评审 gate: template criteria with weights, several reviewers, an aggregate and a
 * pass rule. Arithmetic is exact (DESIGN §3.1): points are whole numbers, the aggregate is a fraction of
 * BigInts rounded half-up to hundredths once, at the end.
 *
 * total = Σ_c weight_c × mean_c / max_c × 100 / Σ weight, where mean_c is the mean of the reviewers' points.
 * A scorecard passes when at least `minReviewers` reviewers scored every criterion and total ≥ passMark.
 * The rounding is the scoring engine's (shared/scoring: divideHalfUpBig), so a scorecard rounds exactly as a
 * competition's scores do.
 */
import type { ReviewScorecard } from '../domain';
import { divideHalfUpBig } from '../scoring/hundredths';

export type ReviewOutcome =
  | { readonly code: 'passed' }
  | { readonly code: 'no_scorecard' }
  | { readonly code: 'weights_not_100'; readonly params: { readonly sum: number } }
  | { readonly code: 'too_few_reviewers'; readonly params: { readonly have: number; readonly need: number } }
  | { readonly code: 'incomplete'; readonly params: { readonly reviewer: string; readonly criterion: string } }
  | { readonly code: 'above_max'; readonly params: { readonly reviewer: string; readonly criterion: string; readonly max: number } }
  | { readonly code: 'below_pass_mark'; readonly params: { readonly totalHundredths: number; readonly passMark: number } };

export interface ReviewScore {
  /** Aggregate 0..100 in hundredths (8,125 = 81.25), over the reviewers who scored every criterion. */
  readonly totalHundredths: number | undefined;
  /** Each criterion's mean points in hundredths, in template order. */
  readonly criterionMeans: readonly { readonly criterionId: string; readonly meanHundredths: number | undefined }[];
  /** Each complete reviewer's own weighted total in hundredths. */
  readonly reviewerTotals: readonly { readonly reviewerId: string; readonly totalHundredths: number | undefined }[];
  readonly outcome: ReviewOutcome;
}

/** n / d rounded half-up, as the scoring engine rounds. */
function roundHalfUp(n: bigint, d: bigint): number {
  return Number(divideHalfUpBig(n, d));
}

/** Weighted total in hundredths of one set of per-criterion point sums, each over `count` reviewers. */
function weightedTotal(scorecard: ReviewScorecard, sums: readonly number[], count: number): number {
  const weightSum = BigInt(scorecard.criteria.reduce((s, c) => s + c.weight, 0));
  let num = 0n;
  let den = 1n;
  scorecard.criteria.forEach((c, i) => {
    const termDen = BigInt(count * c.max);
    num = num * termDen + BigInt(c.weight * (sums[i] ?? 0)) * den;
    den *= termDen;
  });
  return roundHalfUp(10_000n * num, den * weightSum);
}

export function scoreReview(scorecard: ReviewScorecard): ReviewScore {
  const { criteria, reviewers } = scorecard;
  const complete = reviewers.filter((r) => criteria.every((c) => Number.isInteger(r.scores[c.id])));
  const sums = criteria.map((c) => complete.reduce((s, r) => s + (r.scores[c.id] ?? 0), 0));
  const totalHundredths = complete.length > 0 ? weightedTotal(scorecard, sums, complete.length) : undefined;
  const criterionMeans = criteria.map((c, i) => ({
    criterionId: c.id,
    meanHundredths: complete.length > 0 ? roundHalfUp(100n * BigInt(sums[i]!), BigInt(complete.length)) : undefined,
  }));
  const reviewerTotals = reviewers.map((r) => ({
    reviewerId: r.id,
    totalHundredths: complete.includes(r) ? weightedTotal(scorecard, criteria.map((c) => r.scores[c.id] ?? 0), 1) : undefined,
  }));
  return { totalHundredths, criterionMeans, reviewerTotals, outcome: outcomeOf(scorecard, complete.length, totalHundredths) };
}

function outcomeOf(scorecard: ReviewScorecard, completeCount: number, total: number | undefined): ReviewOutcome {
  const sum = scorecard.criteria.reduce((s, c) => s + c.weight, 0);
  if (sum !== 100) return { code: 'weights_not_100', params: { sum } };
  for (const r of scorecard.reviewers) {
    for (const c of scorecard.criteria) {
      const points = r.scores[c.id];
      if (points !== undefined && points > c.max) return { code: 'above_max', params: { reviewer: r.name, criterion: c.label, max: c.max } };
    }
  }
  if (completeCount < scorecard.minReviewers) {
    const partial = scorecard.reviewers.find((r) => scorecard.criteria.some((c) => r.scores[c.id] === undefined));
    const missing = partial && scorecard.criteria.find((c) => partial.scores[c.id] === undefined);
    if (partial && missing) return { code: 'incomplete', params: { reviewer: partial.name, criterion: missing.label } };
    return { code: 'too_few_reviewers', params: { have: completeCount, need: scorecard.minReviewers } };
  }
  if ((total ?? 0) < scorecard.passMark * 100) return { code: 'below_pass_mark', params: { totalHundredths: total ?? 0, passMark: scorecard.passMark } };
  return { code: 'passed' };
}

/** A starting template: four criteria summing to 100, pass mark 60, three reviewers. */
export function defaultReviewTemplate(labels: { innovation: string; feasibility: string; benefit: string; team: string }): ReviewScorecard {
  return {
    criteria: [
      { id: 'innovation', label: labels.innovation, weight: 30, max: 10 },
      { id: 'feasibility', label: labels.feasibility, weight: 25, max: 10 },
      { id: 'benefit', label: labels.benefit, weight: 30, max: 10 },
      { id: 'team', label: labels.team, weight: 15, max: 10 },
    ],
    passMark: 60,
    minReviewers: 3,
    reviewers: [],
  };
}
