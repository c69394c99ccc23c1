/**
 * Review (复核): the top N of the provisional ranking are rechecked in full, plus a random sample of at least
 * 15 % of the rest drawn from a recorded seed (so anyone can re-draw it); an error rate above 5 % among the
 * rechecked entrants means everything is rechecked.
 */
import { createSeededRandom, shuffled } from '../competitions/draw/seededRandom';

export const REVIEW_SAMPLE_MIN_PERCENT = 15;
export const REVIEW_ERROR_RATE_LIMIT_PERCENT = 5;

export interface ReviewSample {
  readonly seed: string;
  /** The top N, rechecked in full. */
  readonly top: readonly string[];
  /** The seeded sample of the rest, in ranking order. */
  readonly sampled: readonly string[];
}

/** `ranked`: subject refs best first. */
export function drawReviewSample(ranked: readonly string[], topN: number, seed: string, percent = REVIEW_SAMPLE_MIN_PERCENT): ReviewSample {
  const top = ranked.slice(0, Math.max(0, topN));
  const rest = ranked.slice(top.length);
  const count = Math.ceil((rest.length * Math.max(percent, REVIEW_SAMPLE_MIN_PERCENT)) / 100);
  const picked = new Set(shuffled(rest, createSeededRandom(`review:${seed}`)).slice(0, count));
  return { seed, top, sampled: rest.filter((ref) => picked.has(ref)) };
}

export type ReviewVerdict = { readonly code: 'passed' | 'full_review_needed'; readonly params: { readonly checked: number; readonly errors: number } };

export function reviewVerdict(checked: number, errors: number): ReviewVerdict {
  const code = errors * 100 > REVIEW_ERROR_RATE_LIMIT_PERCENT * checked ? 'full_review_needed' : 'passed';
  return { code, params: { checked, errors } };
}
